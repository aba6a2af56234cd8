package org.motcua.portal.web;

import java.time.ZoneId;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.motcua.portal.DossierLookup;
import org.motcua.portal.MaskedDossier;
import org.motcua.portal.Rating;
import org.motcua.portal.TooManyLookupsException;
import org.motcua.shared.ConflictException;
import org.motcua.shared.InvalidInputException;
import org.motcua.shared.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public lookup pages ({@code /tra-cuu}, the address the receipt's QR code opens): a form for the code and
 * second factor, sent by POST so the PIN stays out of addresses and logs; the masked dossier; and the rating
 * form once the result was returned.
 */
@Controller
class LookupPagesController {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final DossierLookup lookup;

	LookupPagesController(DossierLookup lookup) {
		this.lookup = lookup;
	}

	@GetMapping({ "/tra-cuu", "/tra-cuu/{code}" })
	String form(@PathVariable(required = false) @Nullable String code, Model model) {
		model.addAttribute("code", code == null ? "" : code);
		return "portal/lookup";
	}

	@PostMapping("/tra-cuu")
	String find(@RequestParam String code, @RequestParam(required = false) @Nullable String factor, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("code", code.trim());
		try {
			return show(lookup.lookup(code, factor, request.getRemoteAddr()), factor, model);
		}
		catch (NotFoundException ex) {
			response.setStatus(404);
			model.addAttribute("error", "error.portal.lookup.not-found");
			return "portal/lookup";
		}
		catch (TooManyLookupsException ex) {
			response.setStatus(429);
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
			model.addAttribute("error", "error.portal.lookup.too-many");
			model.addAttribute("retryAfter", ex.retryAfterSeconds());
			return "portal/lookup";
		}
	}

	@PostMapping("/tra-cuu/danh-gia")
	String rate(@RequestParam String code, @RequestParam String factor, @RequestParam boolean satisfied,
			@RequestParam int contacts, @RequestParam int agencies, @RequestParam Rating.Attitude attitude,
			@RequestParam(defaultValue = "false") boolean extraCharges, @RequestParam(defaultValue = "false") boolean onTime,
			@RequestParam(defaultValue = "false") boolean informationAccurate, @RequestParam(required = false) @Nullable String comment,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("code", code.trim());
		try {
			MaskedDossier d = lookup.rate(code, factor, request.getRemoteAddr(), new Rating(satisfied, contacts, agencies,
					attitude, extraCharges, onTime, informationAccurate, comment));
			model.addAttribute("thanks", true);
			return show(d, factor, model);
		}
		catch (ConflictException | InvalidInputException ex) {
			response.setStatus(ex instanceof ConflictException ? 409 : 400);
			model.addAttribute("ratingError", ex.messageKey());
			return show(lookup.lookup(code, factor, request.getRemoteAddr()), factor, model);
		}
		catch (NotFoundException ex) {
			response.setStatus(404);
			model.addAttribute("error", "error.portal.lookup.not-found");
			return "portal/lookup";
		}
		catch (TooManyLookupsException ex) {
			response.setStatus(429);
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
			model.addAttribute("error", "error.portal.lookup.too-many");
			model.addAttribute("retryAfter", ex.retryAfterSeconds());
			return "portal/lookup";
		}
	}

	private static String show(MaskedDossier d, @Nullable String factor, Model model) {
		model.addAttribute("d", d);
		model.addAttribute("factor", factor);
		model.addAttribute("zone", ZONE);
		model.addAttribute("attitudes", Rating.Attitude.values());
		return "portal/dossier";
	}
}
