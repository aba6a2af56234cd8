package org.motcua.governance.web;

import java.time.Year;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.motcua.governance.inspections.Inspection;
import org.motcua.governance.inspections.Inspections;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.shared.ConflictException;
import org.motcua.shared.ForbiddenException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Planning an inspection (title, decision, period, team with roles, inspected units, checklist) and changing the plan
 * while it is still planned. Who may plan and what a plan needs are {@link Inspections}'s rules.
 */
@Controller
class InspectionPlanPagesController {

	private final Inspections inspections;
	private final Organization organization;

	InspectionPlanPagesController(Inspections inspections, Organization organization) {
		this.inspections = inspections;
		this.organization = organization;
	}

	@GetMapping("/governance/inspections/new")
	String newPlan(Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		if (!Inspections.mayPlan(caller)) {
			throw new ForbiddenException("error.governance.inspection.forbidden");
		}
		InspectionForm form = new InspectionForm();
		form.setYear(Year.now(ZoneId.of("Asia/Ho_Chi_Minh")).getValue());
		form.getMembers().get(0).setUsername(caller.username());
		form.getMembers().get(0).setRole(Inspection.MemberRole.LEAD);
		model.addAttribute("form", form);
		return page(null, model);
	}

	@PostMapping("/governance/inspections/new")
	String create(@ModelAttribute("form") InspectionForm form, BindingResult result, Authentication auth, Model model,
			RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		if (!result.hasErrors()) {
			try {
				Inspection i = inspections.create(caller, form.toCommand());
				redirect.addFlashAttribute("flash", "governance.inspection.planned");
				return "redirect:/governance/inspections/" + i.id();
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ex, result);
			}
		}
		form.pad();
		return page(null, model);
	}

	@GetMapping("/governance/inspections/{id}/plan")
	String editPlan(@PathVariable long id, Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		Inspection i = inspections.get(caller, id);
		model.addAttribute("form", InspectionForm.of(i));
		return page(i, model);
	}

	@PostMapping("/governance/inspections/{id}/plan")
	String update(@PathVariable long id, @ModelAttribute("form") InspectionForm form, BindingResult result, Authentication auth, Model model,
			RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		if (!result.hasErrors()) {
			try {
				inspections.updatePlan(caller, id, form.toCommand(), form.getVersion());
				redirect.addFlashAttribute("flash", "governance.inspection.replanned");
				return "redirect:/governance/inspections/" + id;
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ex, result);
			}
			catch (ConflictException ex) {
				// someone else saved first, or the team has started: say so; a second try is based on what is stored now
				result.reject(ex.messageKey(), ex.args(), ex.messageKey());
				form.setVersion(inspections.get(caller, id).version());
			}
		}
		form.pad();
		return page(inspections.get(caller, id), model);
	}

	private String page(@Nullable Inspection existing, Model model) {
		model.addAttribute("inspection", existing);
		model.addAttribute("roles", Inspection.MemberRole.values());
		return "governance/inspection-plan";
	}
}
