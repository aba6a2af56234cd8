package org.motcua.governance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.motcua.governance.commitments.Commitment;
import org.motcua.governance.commitments.CommitmentCommands;
import org.motcua.governance.commitments.Commitments;
import org.motcua.governance.commitments.Consequence;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.shared.ConflictException;
import org.motcua.shared.InvalidInputException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Commitments of a year with their targets' live status, and the year-end evaluation form for evaluators. */
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
		model.addAttribute("consequences", Consequence.values());
		model.addAttribute("me", caller.username());
		model.addAttribute("leader", caller.isSystemAdmin() || caller.hasRole(org.motcua.organization.Role.LEADER));
		return "governance/commitments";
	}

	@PostMapping("/governance/commitments/{id}/evaluation")
	String evaluate(@PathVariable long id, @RequestParam Map<String, String> form, @RequestParam int version,
			@RequestParam(required = false) @Nullable Consequence consequence, Authentication auth, RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		List<CommitmentCommands.TargetAssessment> assessments = new ArrayList<>();
		for (Commitment.Target t : commitments.get(caller, id).targets()) {
			String value = form.get("achieved-" + t.id());
			if (value != null && !value.isBlank()) {
				assessments.add(new CommitmentCommands.TargetAssessment(t.id(), Boolean.parseBoolean(value), form.get("assessment-" + t.id())));
			}
		}
		try {
			commitments.evaluate(caller, id, new CommitmentCommands.Evaluation(assessments, consequence, form.get("decisionRef"), form.get("note"),
					null, version));
			redirect.addFlashAttribute("flash", "governance.commitment.evaluated");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("flash", "governance.commitment.evaluation-invalid");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flash", "governance.stale");
		}
		Commitment c = commitments.get(caller, id);
		return "redirect:/governance/commitments?year=" + c.year() + "#commitment-" + id;
	}
}
