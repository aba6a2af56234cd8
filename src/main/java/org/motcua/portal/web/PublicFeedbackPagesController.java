package org.motcua.portal.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.portal.FeedbackReplies;
import org.motcua.portal.FeedbackService;
import org.motcua.portal.FeedbackSubmission;
import org.motcua.portal.LookupRateLimiter;
import org.motcua.portal.PublicFeedback;
import org.motcua.portal.TooManyLookupsException;
import org.motcua.shared.ConflictException;
import org.motcua.shared.FormErrors;
import org.motcua.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public feedback pages, without sign-in: the form to send feedback ({@code /phan-anh}; a conduct report may be
 * anonymous), the published answers ({@code /phan-anh/tra-loi}) and one answer with its "helpful" buttons.
 */
@Controller
class PublicFeedbackPagesController {

	private final FeedbackService feedback;
	private final PublicFeedback published;
	private final LookupRateLimiter limiter;
	private final Organization organization;
	private final FeedbackReplies replies;
	private final MessageSource messages;

	PublicFeedbackPagesController(FeedbackService feedback, PublicFeedback published, LookupRateLimiter limiter,
			Organization organization, FeedbackReplies replies, MessageSource messages) {
		this.replies = replies;
		this.messages = messages;
		this.feedback = feedback;
		this.published = published;
		this.limiter = limiter;
		this.organization = organization;
	}

	@GetMapping("/phan-anh")
	String form(@RequestParam(required = false) @Nullable String unitCode, Model model) {
		FeedbackForm form = new FeedbackForm();
		form.setUnitCode(unitCode);
		model.addAttribute("form", form);
		return formPage(model);
	}

	@PostMapping("/phan-anh")
	String submit(@ModelAttribute("form") FeedbackForm form, BindingResult result, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(400);
			return formPage(model);
		}
		try {
			limiter.acquire(request.getRemoteAddr());
			FeedbackService.Received received = feedback.submit(form.toSubmission()
				.inLanguage(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage()),
					FeedbackDownloads.files(form.getFiles()));
			model.addAttribute("received", received);
			model.addAttribute("zone", WorkingCalendar.ZONE);
			return "portal/feedback-received";
		}
		catch (InvalidInputException ex) {
			response.setStatus(400);
			FormErrors.bind(ex, result);
			return formPage(model);
		}
		catch (TooManyLookupsException ex) {
			response.setStatus(429);
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
			result.reject("error.portal.lookup.too-many", new Object[] { ex.retryAfterSeconds() }, "error.portal.lookup.too-many");
			return formPage(model);
		}
	}

	/** The page of the secret link a sender gets when officials ask for more information. */
	@GetMapping("/phan-anh/bo-sung/{token}")
	String replyForm(@PathVariable String token, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("pending", replies.pending(token));
			model.addAttribute("text", "");
		}
		catch (ConflictException ex) {
			response.setStatus(409);
			model.addAttribute("unavailable", ex);
		}
		model.addAttribute("token", token);
		return "portal/feedback-reply";
	}

	@PostMapping("/phan-anh/bo-sung/{token}")
	String reply(@PathVariable String token, @RequestParam(required = false) @Nullable String text,
			@RequestParam(name = "files", required = false) java.util.@Nullable List<MultipartFile> files, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("token", token);
		try {
			limiter.acquire(request.getRemoteAddr());
			model.addAttribute("replied", replies.reply(token, text, FeedbackDownloads.files(files)));
			return "portal/feedback-reply";
		}
		catch (InvalidInputException ex) {
			response.setStatus(400);
			model.addAttribute("pending", replies.pending(token));
			model.addAttribute("text", text == null ? "" : text);
			model.addAttribute("fieldErrors", FeedbackDownloads.messages(ex, messages));
			return "portal/feedback-reply";
		}
		catch (ConflictException ex) {
			response.setStatus(409);
			model.addAttribute("unavailable", ex);
			return "portal/feedback-reply";
		}
		catch (TooManyLookupsException ex) {
			response.setStatus(429);
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
			model.addAttribute("pending", replies.pending(token));
			model.addAttribute("text", text == null ? "" : text);
			model.addAttribute("fieldErrors", java.util.Map.of("text", messages.getMessage("error.portal.lookup.too-many",
					new Object[] { ex.retryAfterSeconds() }, org.springframework.context.i18n.LocaleContextHolder.getLocale())));
			return "portal/feedback-reply";
		}
	}

	@GetMapping("/phan-anh/tra-loi")
	String answers(@RequestParam(required = false) @Nullable String unitCode, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("result", published.published(unitCode, Math.max(0, page), 20));
		model.addAttribute("unitCode", unitCode == null ? "" : unitCode);
		model.addAttribute("units", units());
		model.addAttribute("zone", WorkingCalendar.ZONE);
		return "portal/feedback-answers";
	}

	@GetMapping("/phan-anh/tra-loi/{ref}")
	String answer(@PathVariable String ref, Model model) {
		model.addAttribute("f", published.published(ref));
		model.addAttribute("zone", WorkingCalendar.ZONE);
		return "portal/feedback-answer";
	}

	@PostMapping("/phan-anh/tra-loi/{ref}/huu-ich")
	String helpful(@PathVariable String ref, @RequestParam boolean helpful, HttpServletRequest request,
			RedirectAttributes redirect) {
		var f = published.markHelpful(ref, helpful, request.getRemoteAddr());
		redirect.addFlashAttribute("flash", "portal.feedback.helpful.thanks");
		return "redirect:/phan-anh/tra-loi/" + f.trackingCode();
	}

	private String formPage(Model model) {
		model.addAttribute("topics", FeedbackSubmission.Topic.values());
		model.addAttribute("units", units());
		return "portal/feedback-form";
	}

	private java.util.List<org.motcua.organization.AdministrativeUnit> units() {
		LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
		return organization.allUnits(Caller.system()).stream().filter(u -> u.isValidOn(today)).toList();
	}
}
