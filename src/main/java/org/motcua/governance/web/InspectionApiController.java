package org.motcua.governance.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.motcua.governance.inspections.Inspection;
import org.motcua.governance.inspections.InspectionCommands;
import org.motcua.governance.inspections.Inspections;
import org.motcua.organization.Organization;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Inspections of administrative reform: plan, checklist, findings, recommendations as tasks, follow-up and closure. */
@RestController
@RequestMapping("/api/v1/governance/inspections")
@Tag(name = "Governance")
class InspectionApiController {

	private final Inspections inspections;
	private final Organization organization;
	private final org.motcua.governance.inspections.InspectionReports reports;

	InspectionApiController(Inspections inspections, Organization organization,
			org.motcua.governance.inspections.InspectionReports reports) {
		this.inspections = inspections;
		this.organization = organization;
		this.reports = reports;
	}

	@GetMapping("/{id}/report.pdf")
	@Operation(summary = "The inspection report as PDF (Vietnamese, A4), signed with the certificate of the head of the team's unit; "
			+ "header Signature-Status: signed|unsigned; officials of an inspected unit get their units' findings only")
	ResponseEntity<byte[]> report(@PathVariable long id, Authentication auth) {
		return pdf(reports.report(organization.caller(auth.getName()), id));
	}

	static ResponseEntity<byte[]> pdf(org.motcua.documents.FormService.IssuedDocument doc) {
		return ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.inline().filename(doc.fileName()).build().toString())
			.header("Signature-Status", doc.signed() ? "signed" : "unsigned")
			.body(doc.content());
	}

	record InspectionList(List<Inspection> items, int total) {
	}

	record ClosureRequest(@Nullable String note, @Nullable Integer version) {
	}

	record ConclusionRequest(@Nullable String conclusion, @Nullable Integer version) {
	}

	record PlanRequest(@Nullable String title, @Nullable String decisionRef, @Nullable Integer year, java.time.@Nullable LocalDate startsOn,
			java.time.@Nullable LocalDate endsOn, @Nullable List<InspectionCommands.NewMember> members, @Nullable List<String> unitCodes,
			@Nullable List<String> checklist, @Nullable Integer version) {
	}

	@GetMapping
	InspectionList list(@RequestParam(required = false) @Nullable Integer year, Authentication auth) {
		List<Inspection> items = inspections.list(organization.caller(auth.getName()), year);
		return new InspectionList(items, items.size());
	}

	@GetMapping("/{id}")
	Inspection get(@PathVariable long id, Authentication auth) {
		return inspections.get(organization.caller(auth.getName()), id);
	}

	@PostMapping
	@Operation(summary = "Plan an inspection (INSPECTOR, REFORM_OFFICER, SYSTEM_ADMIN): title, decisionRef, year, startsOn, endsOn, "
			+ "members[{username, role: LEAD|DEPUTY|MEMBER|SECRETARY}], unitCodes, checklist")
	ResponseEntity<Inspection> create(@RequestBody InspectionCommands.NewInspection body, Authentication auth) {
		Inspection i = inspections.create(organization.caller(auth.getName()), body);
		return ResponseEntity.created(URI.create("/api/v1/governance/inspections/" + i.id())).body(i);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change the plan of an inspection while it is PLANNED and nothing is recorded against it (planners): the same "
			+ "fields as planning, and the version read; 409 when stale or once the inspection has started")
	Inspection replan(@PathVariable long id, @RequestBody PlanRequest body, Authentication auth) {
		return inspections.updatePlan(organization.caller(auth.getName()), id, new InspectionCommands.NewInspection(body.title(),
				body.decisionRef(), body.year(), body.startsOn(), body.endsOn(), body.members(), body.unitCodes(), body.checklist()),
				TaskApiController.version(body.version()));
	}

	@PostMapping("/{id}/findings")
	@Operation(summary = "Record a finding (team members): unitCode, kind STRENGTH|SHORTCOMING, category, text, and optionally "
			+ "recommendation {text, assignee, agencyCode, deadline or workingDays}, which becomes a task of the inspected unit")
	ResponseEntity<Inspection> finding(@PathVariable long id, @RequestBody InspectionCommands.NewFinding body, Authentication auth) {
		return ResponseEntity.status(201).body(inspections.recordFinding(organization.caller(auth.getName()), id, body));
	}

	@PutMapping("/{id}/checklist/{criterionId}")
	Inspection checklist(@PathVariable long id, @PathVariable long criterionId, @RequestBody InspectionCommands.ChecklistResult body,
			Authentication auth) {
		return inspections.recordChecklist(organization.caller(auth.getName()), id, criterionId, body);
	}

	@PostMapping("/recommendations/{recommendationId}/close")
	@Operation(summary = "Close a recommendation after the follow-up (team members): note, version; completes its task")
	Inspection close(@PathVariable long recommendationId, @RequestBody ClosureRequest body, Authentication auth) {
		return inspections.closeRecommendation(organization.caller(auth.getName()), recommendationId,
				new InspectionCommands.Closure(body.note(), TaskApiController.version(body.version())));
	}

	@PostMapping("/{id}/conclusion")
	Inspection conclude(@PathVariable long id, @RequestBody ConclusionRequest body, Authentication auth) {
		return inspections.conclude(organization.caller(auth.getName()), id, body.conclusion(), TaskApiController.version(body.version()));
	}
}
