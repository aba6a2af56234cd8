package org.motcua.catalog.web;

import org.jspecify.annotations.Nullable;
import org.motcua.catalog.CatalogRoles;
import org.motcua.catalog.ReviewFlags;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.shared.ConflictException;
import org.motcua.shared.ForbiddenException;
import org.motcua.shared.InvalidInputException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page of procedures flagged for review because their legal basis expired, with the form to clear a flag. */
@Controller
class ReviewFlagPagesController {

	private final ReviewFlags flags;
	private final Organization organization;

	ReviewFlagPagesController(ReviewFlags flags, Organization organization) {
		this.flags = flags;
		this.organization = organization;
	}

	@GetMapping("/catalog/review-flags")
	String page(@RequestParam(defaultValue = "OPEN") ReviewFlags.Filter status, Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		model.addAttribute("flags", flags.list(caller, status));
		model.addAttribute("status", status);
		model.addAttribute("filters", ReviewFlags.Filter.values());
		model.addAttribute("canClear", CatalogRoles.any(caller, CatalogRoles.EDITORS));
		model.addAttribute("zone", CatalogPagesController.ZONE);
		return "catalog/review-flags";
	}

	@PostMapping("/catalog/review-flags/{id}/clear")
	String clear(@PathVariable long id, @RequestParam(required = false) @Nullable String note, @RequestParam int version,
			Authentication auth, RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		try {
			flags.clear(caller, id, note, version);
			redirect.addFlashAttribute("flash", "catalog.flag.cleared");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("flash", "catalog.flag.note-required");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flash", "catalog.flag.stale");
		}
		catch (ForbiddenException ex) {
			redirect.addFlashAttribute("flash", "catalog.flag.not-allowed");
		}
		return "redirect:/catalog/review-flags";
	}
}
