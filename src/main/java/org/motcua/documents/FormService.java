package org.motcua.documents;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.motcua.audit.AuditTrail;
import org.motcua.calendar.Timeliness;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.documents.pdf.HtmlPdf;
import org.motcua.documents.pdf.QrCodes;
import org.motcua.dossier.Dossier;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierService;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierView;
import org.motcua.organization.AdministrativeUnit;
import org.motcua.organization.Agency;
import org.motcua.organization.Caller;
import org.motcua.organization.Official;
import org.motcua.organization.Organization;
import org.motcua.shared.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the standard forms of a dossier as signed PDF (Circular 01/2018/TT-VPCP Art. 9–10: forms are generated
 * by the electronic system, printable and digitally signed; now Circular 03/2025/TT-VPCP). Procedure and applicant
 * data come from the dossier; the form text is Vietnamese whatever the reader's language, because it is a legal
 * document. Each issue is recorded in the audit trail.
 */
@Service
public class FormService {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút, ngày' dd/MM/yyyy");
	static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private final DossierService dossiers;
	private final Organization organization;
	private final HtmlPdf pdf;
	private final Signing signing;
	private final AuditTrail audit;
	private final DocumentsSettings settings;

	FormService(DossierService dossiers, Organization organization, HtmlPdf pdf, Signing signing, AuditTrail audit,
			DocumentsSettings settings) {
		this.dossiers = dossiers;
		this.organization = organization;
		this.pdf = pdf;
		this.signing = signing;
		this.audit = audit;
		this.settings = settings;
	}

	/** A generated document: its file name, its bytes and whether it carries the unit's signature. */
	public record IssuedDocument(String fileName, byte[] content, boolean signed) {
	}

	/**
	 * Generates {@code form} for the dossier, signed with the receiving unit's certificate when the unit has one.
	 * A form that the dossier's history does not support (a refusal of a dossier never refused) is a conflict.
	 */
	@Transactional
	public IssuedDocument issue(Caller caller, String code, StandardForm form) {
		DossierView d = dossiers.get(caller, code);
		List<Dossier.HistoryEntry> history = dossiers.history(caller, code);
		if (!applies(form, d)) {
			throw new ConflictException(null, "error.documents.form-not-applicable", form.slug(), d.code());
		}
		Map<String, Object> vars = variables(caller, d, history, form);
		String province = provinceOf(d.receivingUnitCode());
		byte[] unsigned = pdf.pdf(province, form.slug(), vars);
		AdministrativeUnit unit = organization.findUnit(d.receivingUnitCode()).orElseThrow();
		Signing.Signed signed = signing.sign(unsigned, unit.code(), unit.name(), reason(form), unit.name());
		audit.record("FORM_ISSUED", "Dossier", d.code(), form.slug() + (signed.signed() ? " (signed)" : " (unsigned)"));
		return new IssuedDocument(d.code() + "-" + form.slug() + ".pdf", signed.content(), signed.signed());
	}

	/**
	 * Issues a document of another module with the same machinery as the standard forms: the XHTML template
	 * {@code forms/<template>.xhtml} (overridable per province under {@code MOTCUA_DOCUMENTS_DIR/forms/<province>/},
	 * like the forms) rendered with the embedded Vietnamese font, then signed with the certificate of {@code unitCode}
	 * (PAdES, Circular 01/2018/TT-VPCP Art. 10 for what a unit issues electronically; unsigned, and said so, when the
	 * unit has no key store). The caller decides who may issue it and records it in the audit trail.
	 *
	 * @param template a template name of lower-case letters, digits and hyphens
	 * @param reason the signature's reason, e.g. the document's title
	 */
	public IssuedDocument issueDocument(String template, Map<String, Object> variables, String unitCode, String reason,
			String fileName) {
		if (!template.matches("[a-z0-9][a-z0-9-]*")) {
			throw new IllegalArgumentException("Not a template name: " + template);
		}
		AdministrativeUnit unit = organization.findUnit(unitCode)
			.orElseThrow(() -> new IllegalArgumentException("Unknown unit " + unitCode));
		Map<String, Object> vars = new LinkedHashMap<>(variables);
		vars.putIfAbsent("unitHeading", "ỦY BAN NHÂN DÂN " + unit.name().toUpperCase(java.util.Locale.forLanguageTag("vi")));
		vars.putIfAbsent("place", placeName(unit.name()));
		vars.putIfAbsent("today", "ngày " + now().getDayOfMonth() + " tháng " + now().getMonthValue() + " năm " + now().getYear());
		byte[] unsigned = pdf.pdf(provinceOf(unit.code()), template, vars);
		Signing.Signed signed = signing.sign(unsigned, unit.code(), unit.name(), reason, unit.name());
		return new IssuedDocument(fileName, signed.content(), signed.signed());
	}

	/** The forms the dossier has reached, in the order of the lifecycle. */
	@Transactional(readOnly = true)
	public List<StandardForm> available(Caller caller, String code) {
		DossierView d = dossiers.get(caller, code);
		return java.util.Arrays.stream(StandardForm.values()).filter(f -> applies(f, d)).toList();
	}

	/** Whether the dossier has reached the point where the form exists. */
	static boolean applies(StandardForm form, DossierView d) {
		return switch (form) {
			case RECEIPT, TRACKING_SHEET -> d.receivedAt() != null;
			case COMPLETION_REQUEST -> d.completionRequestedAt() != null;
			case REFUSAL -> d.status() == DossierStatus.REFUSED;
			case APOLOGY -> d.apologisedAt() != null;
			case STOP_NOTICE -> d.stoppedAt() != null && d.status() == DossierStatus.STOPPED;
		};
	}

	static String provinceOf(String unitCode) {
		int dot = unitCode.indexOf('.');
		return dot < 0 ? unitCode : unitCode.substring(0, dot);
	}

	private static String reason(StandardForm form) {
		return form.number().map(n -> "Mẫu " + n).orElse("Thông báo dừng giải quyết hồ sơ");
	}

	/** The public lookup address printed as a QR code on the receipt (served by the portal). */
	String lookupUrl(String code) {
		return settings.publicUrl().replaceAll("/+$", "") + "/tra-cuu/" + code;
	}

	private Map<String, Object> variables(Caller caller, DossierView d, List<Dossier.HistoryEntry> history, StandardForm form) {
		Map<String, Object> v = new LinkedHashMap<>();
		AdministrativeUnit unit = organization.findUnit(d.receivingUnitCode()).orElseThrow();
		Optional<Agency> agency = organization.findAgency(d.receivingAgencyCode());
		v.put("form", form.slug());
		v.put("formNumber", form.number().orElse(""));
		v.put("d", d);
		v.put("unitName", unit.name());
		v.put("unitHeading", "ỦY BAN NHÂN DÂN " + unit.name().toUpperCase(java.util.Locale.forLanguageTag("vi")));
		v.put("agencyName", agency.map(Agency::name).orElse("Bộ phận Một cửa"));
		v.put("place", placeName(unit.name()));
		v.put("today", "ngày " + now().getDayOfMonth() + " tháng " + now().getMonthValue() + " năm " + now().getYear());
		v.put("applicant", d.applicant());
		v.put("procedure", d.procedureName());
		v.put("timeLimit", d.processingTime().amount().stripTrailingZeros().toPlainString() + " " + unitName(d.processingTime().unit().name()));
		v.put("receivedAt", format(d.receivedAt(), DATE_TIME));
		v.put("dueAt", format(d.dueAt(), DATE_TIME));
		v.put("originalDueAt", format(d.originalDueAt() != null ? d.originalDueAt() : d.dueAt(), DATE_TIME));
		v.put("components", d.components().stream().filter(c -> c.provided()).toList());
		v.put("receiver", officialName(actorOf(history, DossierAction.ACCEPT).orElse(caller.username())));
		v.put("issuer", caller.official().fullName());
		v.put("issuerPosition", caller.official().position() == null ? "" : caller.official().position());
		v.put("channel", switch (d.channel()) { case COUNTER -> "trực tiếp"; case POST -> "dịch vụ bưu chính"; case ONLINE -> "trực tuyến"; });
		switch (form) {
			case RECEIPT -> {
				v.put("lookupUrl", lookupUrl(d.code()));
				v.put("qr", QrCodes.pngDataUri(lookupUrl(d.code()), 240));
				v.put("pin", dossiers.publicPin(caller, d.code()));
			}
			case COMPLETION_REQUEST -> {
				Dossier.HistoryEntry e = last(history, DossierAction.REQUEST_COMPLETION);
				v.put("missingItems", e == null ? List.of() : List.of(e.note().split(";\\s*")));
				v.put("requestedAt", format(d.completionRequestedAt(), DATE_TIME));
				v.put("issuer", officialName(e == null ? caller.username() : e.actor()));
			}
			case REFUSAL -> {
				Dossier.HistoryEntry e = last(history, DossierAction.REFUSE);
				v.put("reasons", e == null ? "" : e.note());
				v.put("refusedAt", e == null ? "" : format(e.at(), DATE_TIME));
				v.put("atIntake", e != null && e.from() == DossierStatus.SUBMITTED);
				v.put("issuer", officialName(e == null ? caller.username() : e.actor()));
			}
			case APOLOGY -> {
				Dossier.HistoryEntry e = last(history, DossierAction.APOLOGISE);
				v.put("reasons", e == null ? "" : e.note());
				v.put("newDueAt", format(d.dueAt(), DATE_TIME));
				v.put("issuer", officialName(e == null ? caller.username() : e.actor()));
			}
			case STOP_NOTICE -> {
				Dossier.HistoryEntry e = last(history, DossierAction.STOP_REQUESTED);
				v.put("reasons", e == null ? "" : e.note());
				v.put("stoppedAt", format(d.stoppedAt(), DATE_TIME));
				v.put("issuer", officialName(e == null ? caller.username() : e.actor()));
			}
			case TRACKING_SHEET -> v.put("handovers", handovers(d, history));
		}
		return v;
	}

	/** One line of Mẫu 05: who handed the dossier over to whom, when, and how the step finished. */
	public record Handover(String step, String from, String to, String at, String finishedAt, String grading, String note) {
	}

	private List<Handover> handovers(DossierView d, List<Dossier.HistoryEntry> history) {
		List<Handover> rows = new ArrayList<>();
		String clerk = officialName(actorOf(history, DossierAction.ACCEPT).orElse(""));
		String previous = d.applicant().fullName();
		for (Dossier.StepProgress p : d.progress()) {
			String stepName = p.step() < d.steps().size() ? d.steps().get(p.step()).name() : String.valueOf(p.step());
			String receiver = p.lead() != null ? officialName(p.lead()) : p.step() == 0 ? clerk : roleHolder(d, p.step());
			rows.add(new Handover(stepName, previous, receiver, format(p.startedAt(), SHORT),
					p.finishedAt() == null ? "" : format(p.finishedAt(), SHORT), grading(p.timeliness()), "hạn " + format(p.dueAt(), SHORT)));
			previous = receiver;
		}
		for (Dossier.HistoryEntry e : history) {
			if (e.action() == DossierAction.RETURN_RESULT) {
				rows.add(new Handover("Trả kết quả", previous, d.applicant().fullName(), format(e.at(), SHORT), format(e.at(), SHORT),
						grading(d.timeliness()), ""));
			}
		}
		return rows;
	}

	private String roleHolder(DossierView d, int step) {
		var s = d.steps().get(step);
		return s.agencyCode() != null ? organization.findAgency(s.agencyCode()).map(Agency::name).orElse(s.agencyCode()) : "";
	}

	static String grading(@Nullable Timeliness t) {
		if (t == null) {
			return "";
		}
		return switch (t) {
			case EARLY -> "Trước hạn";
			case ON_TIME -> "Đúng hạn";
			case LATE -> "Quá hạn";
		};
	}

	static String unitName(String unit) {
		return switch (unit) {
			case "WORKING_DAYS" -> "ngày làm việc";
			case "WORKING_HOURS" -> "giờ làm việc";
			case "CALENDAR_DAYS" -> "ngày";
			case "MONTHS" -> "tháng";
			default -> unit;
		};
	}

	private static String placeName(String unitName) {
		return unitName.replaceFirst("^(Xã|Phường|Thị trấn|Tỉnh|Thành phố|Huyện|Thị xã|Quận|Đặc khu)\\s+", "");
	}

	private static Optional<String> actorOf(List<Dossier.HistoryEntry> history, DossierAction action) {
		return history.stream().filter(h -> h.action() == action).map(Dossier.HistoryEntry::actor).findFirst();
	}

	private static Dossier.@Nullable HistoryEntry last(List<Dossier.HistoryEntry> history, DossierAction action) {
		Dossier.HistoryEntry found = null;
		for (Dossier.HistoryEntry h : history) {
			if (h.action() == action) {
				found = h;
			}
		}
		return found;
	}

	String officialName(String username) {
		return organization.officialByUsername(username).map(Official::fullName).orElse(username);
	}

	static String format(@Nullable Instant at, DateTimeFormatter f) {
		return at == null ? "" : at.atZone(WorkingCalendar.ZONE).format(f);
	}

	private static ZonedDateTime now() {
		return ZonedDateTime.now(WorkingCalendar.ZONE);
	}
}
