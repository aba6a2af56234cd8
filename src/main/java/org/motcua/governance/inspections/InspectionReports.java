package org.motcua.governance.inspections;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.motcua.audit.AuditTrail;
import org.motcua.documents.FormService;
import org.motcua.organization.Caller;
import org.motcua.organization.Official;
import org.motcua.organization.Organization;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspection report (báo cáo kết quả kiểm tra) as a signed PDF: team, inspected units, checklist, findings and
 * recommendations with the follow-up of their tasks, and the conclusion. Inspections of administrative reform are
 * conducted under the state administrative reform master programme (Resolution 76/NQ-CP of 15/7/2021); the report
 * is generated and signed through the documents module (Circular 01/2018/TT-VPCP Art. 10 for electronically issued
 * papers), in Vietnamese whatever the reader's language, with the certificate of the head of the team's unit.
 * A reader sees what {@link Inspections#get} shows them: officials of an inspected unit get only their units' findings.
 */
@Service
public class InspectionReports {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	private static final Locale VI = Locale.forLanguageTag("vi");

	private final Inspections inspections;
	private final FormService documents;
	private final Organization organization;
	private final MessageSource messages;
	private final AuditTrail audit;

	InspectionReports(Inspections inspections, FormService documents, Organization organization, MessageSource messages,
			AuditTrail audit) {
		this.inspections = inspections;
		this.documents = documents;
		this.organization = organization;
		this.messages = messages;
		this.audit = audit;
	}

	@Transactional
	public FormService.IssuedDocument report(Caller caller, long id) {
		Inspection inspection = inspections.get(caller, id);
		String issuer = issuer(inspection);
		FormService.IssuedDocument doc = documents.issueDocument("inspection-report", variables(inspection), organization
			.officialByUsername(issuer).map(Official::unitCode).orElseThrow(), "Báo cáo kết quả kiểm tra: " + inspection.title(),
				"bao-cao-kiem-tra-" + inspection.id() + ".pdf");
		audit.record("INSPECTION_REPORT_ISSUED", "Inspection", String.valueOf(id),
				"Report issued to %s%s".formatted(caller.username(), doc.signed() ? " (signed)" : " (unsigned)"));
		return doc;
	}

	/** The head of the team signs; without one, whoever planned the inspection. */
	private String issuer(Inspection inspection) {
		return inspection.members().stream().filter(m -> m.role() == Inspection.MemberRole.LEAD).map(Inspection.Member::username)
			.filter(u -> organization.officialByUsername(u).isPresent()).findFirst().orElse(inspection.createdBy());
	}

	record Line(String name, String role) {
	}

	record Check(String text, String results) {
	}

	record FindingLine(String category, String text) {
	}

	record UnitFindings(String unitCode, String unitName, List<FindingLine> strengths, List<FindingLine> shortcomings) {
	}

	record RecommendationLine(String unitCode, String text, String assignee, String deadline, String progress) {
	}

	private Map<String, Object> variables(Inspection r) {
		Map<String, Object> v = new LinkedHashMap<>();
		v.put("r", r);
		v.put("startsOn", DATE.format(r.startsOn()));
		v.put("endsOn", DATE.format(r.endsOn()));
		v.put("status", text("governance.inspection.status." + r.status()).toLowerCase(VI));
		v.put("members", r.members().stream().map(m -> new Line(m.fullName(), text("governance.inspection.role." + m.role()))).toList());
		v.put("units", r.units());
		v.put("lead", r.members().stream().filter(m -> m.role() == Inspection.MemberRole.LEAD).map(Inspection.Member::fullName)
			.findFirst().orElse(""));
		Map<String, String> unitNames = r.units().stream()
			.collect(Collectors.toMap(Inspection.InspectedUnit::unitCode, Inspection.InspectedUnit::unitName, (a, b) -> a));
		v.put("checklist", r.checklist().stream().map(c -> new Check(c.text(), c.results().isEmpty() ? "Chưa đánh giá"
				: c.results().stream().map(x -> x.unitCode() + ": " + (x.met() ? "Đạt" : "Chưa đạt")
						+ (x.note() == null || x.note().isBlank() ? "" : " (" + x.note() + ")")).collect(Collectors.joining("; "))))
			.toList());
		List<UnitFindings> byUnit = new ArrayList<>();
		List<RecommendationLine> recommendations = new ArrayList<>();
		for (Inspection.InspectedUnit u : r.units()) {
			List<Inspection.Finding> of = r.findings().stream().filter(f -> f.unitCode().equals(u.unitCode())).toList();
			if (!of.isEmpty()) {
				byUnit.add(new UnitFindings(u.unitCode(), u.unitName(), lines(of, FindingKind.STRENGTH), lines(of, FindingKind.SHORTCOMING)));
			}
		}
		for (Inspection.Finding f : r.findings()) {
			for (Inspection.Recommendation k : f.recommendations()) {
				String assignee = organization.officialByUsername(k.assignee()).map(Official::fullName).orElse(k.assignee());
				String progress = text("governance.task.status." + k.taskStatus()) + " (" + k.taskPercent() + "%)"
						+ (k.taskOverdue() ? ", quá hạn" : "")
						+ (k.status() == Inspection.RecommendationStatus.CLOSED
								? "; đoàn kiểm tra đã đóng kiến nghị" + (k.closingNote() == null ? "" : ": " + k.closingNote()) : "");
				recommendations.add(new RecommendationLine(unitNames.getOrDefault(f.unitCode(), f.unitCode()), k.text(), assignee,
						DATE.format(k.deadline()), progress));
			}
		}
		v.put("findingsByUnit", byUnit);
		v.put("recommendations", recommendations);
		return v;
	}

	private List<FindingLine> lines(List<Inspection.Finding> findings, FindingKind kind) {
		return findings.stream().filter(f -> f.kind() == kind)
			.map(f -> new FindingLine(text("governance.inspection.category." + f.category()), f.text())).toList();
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, VI);
	}
}
