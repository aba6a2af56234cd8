package org.motcua.governance.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.motcua.governance.legal.Conclusion;
import org.motcua.governance.legal.DocumentKind;
import org.motcua.governance.legal.DocumentStatus;
import org.motcua.governance.legal.Issuer;
import org.motcua.governance.legal.LegalCommands;
import org.motcua.governance.legal.LegalDocuments;
import org.motcua.governance.legal.LegalReview;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.shared.ConflictException;
import org.motcua.shared.FormErrors;
import org.motcua.shared.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
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

/** The legal document registry with its summary, a review with its counts and conclusions, and the forms to add to them. */
@Controller
class LegalPagesController {

	private final LegalDocuments legal;
	private final Organization organization;

	LegalPagesController(LegalDocuments legal, Organization organization) {
		this.legal = legal;
		this.organization = organization;
	}

	@GetMapping("/governance/legal")
	String registry(@RequestParam(required = false) @Nullable String unitCode, @RequestParam(required = false) @Nullable DocumentStatus status,
			Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		if (!model.containsAttribute("form")) {
			DocumentForm form = new DocumentForm();
			form.setUnitCode(unitCode == null ? caller.official().unitCode() : unitCode);
			model.addAttribute("form", form);
		}
		return registry(caller, unitCode, status, model);
	}

	private String registry(Caller caller, @Nullable String unitCode, @Nullable DocumentStatus status, Model model) {
		String unit = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
		model.addAttribute("documents", legal.documents(unit, status));
		model.addAttribute("reviews", legal.reviews(unit));
		model.addAttribute("unitCode", unit == null ? "" : unit);
		model.addAttribute("status", status);
		model.addAttribute("statuses", DocumentStatus.values());
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("issuers", Issuer.values());
		model.addAttribute("units", organization.allUnits(Caller.system()));
		model.addAttribute("canEdit", LegalDocuments.mayEdit(caller));
		return "governance/legal";
	}

	@PostMapping("/governance/legal/documents")
	String create(@ModelAttribute("form") DocumentForm form, BindingResult result, Authentication auth, Model model, RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		if (!result.hasErrors()) {
			try {
				legal.create(caller, form.toData());
				redirect.addFlashAttribute("flash", "flash.saved");
				return "redirect:/governance/legal?unitCode=" + form.getUnitCode();
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ex, result);
			}
		}
		return registry(caller, form.getUnitCode(), null, model);
	}

	@PostMapping("/governance/legal/reviews")
	String startReview(@RequestParam(required = false) @Nullable String unitCode, @RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String decisionRef,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate cutOff,
			Authentication auth, RedirectAttributes redirect) {
		try {
			LegalReview r = legal.startReview(organization.caller(auth.getName()), new LegalCommands.NewReview(unitCode, title, decisionRef, cutOff, null));
			return "redirect:/governance/legal/reviews/" + r.id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("flash", "governance.legal.review.invalid");
			return "redirect:/governance/legal";
		}
	}

	@GetMapping("/governance/legal/reviews/{id}")
	String review(@PathVariable long id, Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		LegalReview review = legal.review(id);
		model.addAttribute("review", review);
		model.addAttribute("conclusions", Conclusion.values());
		model.addAttribute("canEdit", LegalDocuments.mayEdit(caller) && caller.jurisdiction().covers(review.unitCode())
				&& review.status() == LegalReview.ReviewStatus.OPEN);
		return "governance/legal-review";
	}

	@PostMapping("/governance/legal/reviews/{id}/conclusions/{documentId}")
	String conclude(@PathVariable long id, @PathVariable long documentId, @RequestParam(required = false) @Nullable Conclusion conclusion,
			@RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate expiredOn,
			Authentication auth, RedirectAttributes redirect) {
		try {
			legal.conclude(organization.caller(auth.getName()), id, documentId, new LegalCommands.ConclusionData(conclusion, note, expiredOn));
			redirect.addFlashAttribute("flash", "flash.saved");
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("flash", "governance.legal.conclusion.invalid");
		}
		return "redirect:/governance/legal/reviews/" + id + "#doc-" + documentId;
	}

	@PostMapping("/governance/legal/reviews/{id}/conclude")
	String concludeReview(@PathVariable long id, @RequestParam int version, Authentication auth, RedirectAttributes redirect) {
		try {
			legal.changeReview(organization.caller(auth.getName()), id, new LegalCommands.ReviewChange(null, null, true, null, version));
			redirect.addFlashAttribute("flash", "flash.saved");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flash", "governance.stale");
		}
		return "redirect:/governance/legal/reviews/" + id;
	}
}
