package org.motcua.governance.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.motcua.governance.commitments.Commitment;
import org.motcua.governance.commitments.Commitments;
import org.motcua.governance.commitments.Consequence;
import org.motcua.governance.commitments.TargetKind;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.organization.Role;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Commitments of a year with their targets' live status, the form to record a signed commitment, and the year-end
 * evaluation form. The rules (who signs with whom, thresholds, what the evaluator may decide) are the service's.
 */
@Controller
class CommitmentPagesController {

	private final Commitments commitments;
	private final Organization organization;

	CommitmentPagesController(Commitments commitments, Organization organization) {
		this.commitments = commitments;
		this.organization = organization;
	}

	@GetMapping("/governance/commitments")
	String list(@RequestParam(required = false) @Nullable Integer year, Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		List<Commitment> items = commitments.list(caller, null, year);
		model.addAttribute("commitments", items);
		model.addAttribute("year", year);
		model.addAttribute("me", caller.username());
		model.addAttribute("leader", caller.isSystemAdmin() || caller.hasRole(Role.LEADER));
		model.addAttribute("canRecord", Commitments.mayRecord(caller));
		return "governance/commitments";
	}

	@GetMapping("/governance/commitments/new")
	String newCommitment(Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		if (!Commitments.mayRecord(caller)) {
			throw new ForbiddenException("error.governance.commitment.forbidden");
		}
		CommitmentForm form = new CommitmentForm();
		form.setYear(java.time.Year.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getValue());
		model.addAttribute("form", form);
		return commitmentForm(model);
	}

	@PostMapping("/governance/commitments/new")
	String create(@ModelAttribute("form") CommitmentForm form, BindingResult result, Authentication auth, Model model,
			RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		if (!result.hasErrors()) {
			try {
				Commitment c = commitments.create(caller, form.toCommand());
				redirect.addFlashAttribute("flash", "governance.commitment.recorded");
				return "redirect:/governance/commitments?year=" + c.year() + "#commitment-" + c.id();
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ex, result);
			}
		}
		form.pad();
		return commitmentForm(model);
	}

	private String commitmentForm(Model model) {
		model.addAttribute("kinds", TargetKind.values());
		return "governance/commitment-new";
	}

	@GetMapping("/governance/commitments/{id}/evaluation")
	String evaluation(@PathVariable long id, Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		Commitment c = commitments.get(caller, id);
		model.addAttribute("form", EvaluationForm.of(c));
		return evaluationForm(c, model);
	}

	@PostMapping("/governance/commitments/{id}/evaluation")
	String evaluate(@PathVariable long id, @ModelAttribute("form") EvaluationForm form, BindingResult result, Authentication auth,
			Model model, RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		if (!result.hasErrors()) {
			try {
				Commitment c = commitments.evaluate(caller, id, form.toCommand());
				redirect.addFlashAttribute("flash", "governance.commitment.evaluated");
				return "redirect:/governance/commitments?year=" + c.year() + "#commitment-" + id;
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ex, result);
			}
			catch (ConflictException ex) {
				Commitment latest = commitments.get(caller, id);
				// keep what the user chose, on the latest version, and say that someone else saved first
				form.setVersion(latest.version());
				result.reject(ex.messageKey(), ex.args(), ex.messageKey());
				return evaluationForm(latest, model);
			}
		}
		return evaluationForm(commitments.get(caller, id), model);
	}

	private String evaluationForm(Commitment c, Model model) {
		model.addAttribute("commitment", c);
		model.addAttribute("consequences", Consequence.values());
		return "governance/commitment-evaluation";
	}
}
