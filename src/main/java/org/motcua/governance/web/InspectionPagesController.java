package org.motcua.governance.web;

import org.jspecify.annotations.Nullable;
import org.motcua.governance.inspections.FindingCategory;
import org.motcua.governance.inspections.FindingKind;
import org.motcua.governance.inspections.Inspection;
import org.motcua.governance.inspections.InspectionCommands;
import org.motcua.governance.inspections.Inspections;
import org.motcua.organization.Caller;
import org.motcua.organization.Official;
import org.motcua.organization.Organization;
import org.motcua.shared.ConflictException;
import org.motcua.shared.FormErrors;
import org.motcua.shared.InvalidInputException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inspections list and one inspection: team, checklist, findings with their recommendations' follow-up, and the forms. */
@Controller
class InspectionPagesController {

	private final Inspections inspections;
	private final Organization organization;
	private final org.motcua.governance.inspections.InspectionReports reports;

	InspectionPagesController(Inspections inspections, Organization organization,
			org.motcua.governance.inspections.InspectionReports reports) {
		this.inspections = inspections;
		this.organization = organization;
		this.reports = reports;
	}

	@GetMapping("/governance/inspections/{id}/report.pdf")
	org.springframework.http.ResponseEntity<byte[]> report(@PathVariable long id, Authentication auth) {
		return InspectionApiController.pdf(reports.report(organization.caller(auth.getName()), id));
	}

	@GetMapping("/governance/inspections")
	String list(@RequestParam(required = false) @Nullable Integer year, Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		model.addAttribute("inspections", inspections.list(caller, year));
		model.addAttribute("canPlan", Inspections.mayPlan(caller));
		return "governance/inspections";
	}

	@GetMapping("/governance/inspections/{id}")
	String inspection(@PathVariable long id, Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new FindingForm());
		}
		return render(caller, id, model);
	}

	private String render(Caller caller, long id, Model model) {
		Inspection inspection = inspections.get(caller, id);
		model.addAttribute("inspection", inspection);
		model.addAttribute("canReplan", Inspections.mayPlan(caller) && inspection.status() == org.motcua.governance.inspections.Inspection.Status.PLANNED
				&& inspection.findings().isEmpty() && inspection.checklist().stream().allMatch(c -> c.results().isEmpty()));
		model.addAttribute("kinds", FindingKind.values());
		model.addAttribute("categories", FindingCategory.values());
		model.addAttribute("officials", inspection.units().stream()
			.flatMap(u -> organization.officials(Caller.system(), u.unitCode(), null).stream()).filter(Official::active).toList());
		return "governance/inspection";
	}

	@PostMapping("/governance/inspections/{id}/findings")
	String finding(@PathVariable long id, @ModelAttribute("form") FindingForm form, BindingResult result, Authentication auth, Model model,
			RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		if (!result.hasErrors()) {
			try {
				inspections.recordFinding(caller, id, form.toCommand());
				redirect.addFlashAttribute("flash", "governance.inspection.finding-recorded");
				return "redirect:/governance/inspections/" + id + "#findings";
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(new InvalidInputException(ex.problems().stream()
					.map(p -> new InvalidInputException.FieldProblem(FindingForm.field(p.field()), p.messageKey(), p.args())).toList()), result);
			}
		}
		return render(caller, id, model);
	}

	@PostMapping("/governance/inspections/{id}/recommendations/{recommendationId}/close")
	String close(@PathVariable long id, @PathVariable long recommendationId, @RequestParam(required = false) @Nullable String note,
			@RequestParam int version, Authentication auth, RedirectAttributes redirect) {
		try {
			inspections.closeRecommendation(organization.caller(auth.getName()), recommendationId, new InspectionCommands.Closure(note, version));
			redirect.addFlashAttribute("flash", "governance.inspection.closed");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("flash", "governance.inspection.closing-note");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flash", "governance.stale");
		}
		return "redirect:/governance/inspections/" + id + "#rec-" + recommendationId;
	}
}
