package org.motcua.catalog.web;

import org.jspecify.annotations.Nullable;
import org.motcua.catalog.CatalogRoles;
import org.motcua.catalog.ProposalKind;
import org.motcua.catalog.ProposalStatus;
import org.motcua.catalog.SimplificationCommands;
import org.motcua.catalog.SimplificationProposal;
import org.motcua.catalog.Simplifications;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.shared.ConflictException;
import org.motcua.shared.ForbiddenException;
import org.motcua.shared.FormErrors;
import org.motcua.shared.InvalidInputException;
import org.motcua.shared.NotFoundException;
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

/**
 * The simplification page: a unit's proposals with their status and cost of compliance, the form to propose one
 * (the cost is recalculated on request before saving), and the decisions leaders and reform officers take.
 */
@Controller
class SimplificationPagesController {

	private final Simplifications simplifications;
	private final Organization organization;

	SimplificationPagesController(Simplifications simplifications, Organization organization) {
		this.simplifications = simplifications;
		this.organization = organization;
	}

	@GetMapping("/catalog/simplification")
	String page(@RequestParam(required = false) @Nullable String unitCode, @RequestParam(required = false) @Nullable String procedure,
			@RequestParam(required = false) @Nullable ProposalStatus status, Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		if (!model.containsAttribute("form")) {
			ProposalForm form = new ProposalForm();
			form.setProcedureCode(procedure);
			form.setUnitCode(caller.official().unitCode());
			model.addAttribute("form", form);
		}
		return render(caller, unitCode, procedure, status, model);
	}

	@PostMapping("/catalog/simplification")
	String propose(@ModelAttribute("form") ProposalForm form, BindingResult result, @RequestParam(defaultValue = "save") String action,
			Authentication auth, Model model, RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		if (!CatalogRoles.any(caller, CatalogRoles.PROPOSERS)) {
			throw new ForbiddenException("error.forbidden");
		}
		if (action.equals("save") && !result.hasErrors()) {
			try {
				SimplificationProposal p = simplifications.propose(caller, form.toCommand());
				redirect.addFlashAttribute("flash", "catalog.proposal.created");
				return "redirect:/catalog/simplification?procedure=" + p.procedureCode();
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ProposalForm.formFields(ex), result);
			}
			catch (NotFoundException ex) {
				result.rejectValue("procedureCode", ex.messageKey(), ex.args(), ex.messageKey());
			}
		}
		model.addAttribute("preview", result.hasFieldErrors("beforeHours") || result.hasFieldErrors("afterHours") ? null : form.cost());
		return render(caller, null, CatalogPagesController.blankToNull(form.getProcedureCode()), null, model);
	}

	@PostMapping("/catalog/simplification/{id}/decision")
	String decide(@PathVariable long id, @RequestParam(required = false) @Nullable ProposalStatus status,
			@RequestParam(required = false) @Nullable String note, @RequestParam int version, Authentication auth,
			RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		SimplificationProposal p = simplifications.proposal(id);
		try {
			simplifications.decide(caller, id, new SimplificationCommands.Decision(status, note, version));
			redirect.addFlashAttribute("flash", "flash.saved");
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("flash", ex instanceof ConflictException ? "catalog.proposal.stale" : "catalog.proposal.not-allowed");
		}
		return "redirect:/catalog/simplification?procedure=" + p.procedureCode();
	}

	private String render(Caller caller, @Nullable String unitCode, @Nullable String procedure, @Nullable ProposalStatus status, Model model) {
		String unit = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
		model.addAttribute("proposals", simplifications.proposals(unit, procedure, status));
		model.addAttribute("summary", simplifications.summary(unit));
		model.addAttribute("unitCode", unit == null ? "" : unit);
		model.addAttribute("procedure", procedure == null ? "" : procedure);
		model.addAttribute("status", status);
		model.addAttribute("statuses", ProposalStatus.values());
		model.addAttribute("kinds", ProposalKind.values());
		model.addAttribute("units", organization.allUnits(caller));
		model.addAttribute("canPropose", CatalogRoles.any(caller, CatalogRoles.PROPOSERS));
		model.addAttribute("canDecide", CatalogRoles.any(caller, CatalogRoles.DECIDERS));
		model.addAttribute("zone", CatalogPagesController.ZONE);
		return "catalog/simplification";
	}
}
