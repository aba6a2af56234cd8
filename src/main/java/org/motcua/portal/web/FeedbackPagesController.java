package org.motcua.portal.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.portal.FeedbackAction;
import org.motcua.portal.FeedbackCommand;
import org.motcua.portal.FeedbackHandling;
import org.motcua.portal.FeedbackStatus;
import org.motcua.portal.FeedbackSubmission;
import org.motcua.shared.ConflictException;
import org.motcua.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The officials' feedback pages: the inbox of their jurisdiction, overdue first, and one feedback with the forms of
 * the actions their roles allow now.
 */
@Controller
class FeedbackPagesController {

	private final FeedbackHandling handling;
	private final Organization organization;
	private final MessageSource messages;

	FeedbackPagesController(FeedbackHandling handling, Organization organization, MessageSource messages) {
		this.handling = handling;
		this.organization = organization;
		this.messages = messages;
	}

	@GetMapping("/feedback")
	String inbox(@RequestParam(required = false) @Nullable FeedbackStatus status,
			@RequestParam(required = false) FeedbackSubmission.@Nullable Topic kind,
			@RequestParam(required = false) @Nullable Boolean overdue, @RequestParam(defaultValue = "0") int page,
			Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		model.addAttribute("result", handling.inbox(caller, new FeedbackHandling.Query(status, kind, null, overdue, Math.max(0, page), 50)));
		model.addAttribute("status", status);
		model.addAttribute("kind", kind);
		model.addAttribute("overdue", overdue);
		model.addAttribute("statuses", FeedbackStatus.values());
		model.addAttribute("topics", FeedbackSubmission.Topic.values());
		model.addAttribute("zone", WorkingCalendar.ZONE);
		return "portal/feedback-inbox";
	}

	@GetMapping("/feedback/{id}")
	String detail(@PathVariable long id, Authentication auth, Model model) {
		return show(organization.caller(auth.getName()), id, model);
	}

	/** A file the sender attached, for an official who may see the feedback; otherwise 404. */
	@GetMapping("/feedback/{id}/files/{fileId}")
	org.springframework.http.ResponseEntity<org.springframework.core.io.InputStreamResource> file(@PathVariable long id,
			@PathVariable java.util.UUID fileId, Authentication auth) {
		return FeedbackDownloads.download(handling.attachment(organization.caller(auth.getName()), id, fileId));
	}

	@PostMapping("/feedback/{id}/actions")
	String act(@PathVariable long id, @RequestParam FeedbackAction action, @RequestParam int version,
			@RequestParam(required = false) @Nullable String note, @RequestParam(required = false) @Nullable String answer,
			Authentication auth, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		Locale locale = RequestContextUtils.getLocale(request);
		Caller caller = organization.caller(auth.getName());
		try {
			handling.act(caller, id, new FeedbackCommand(action, note, answer, version));
			redirect.addFlashAttribute("flash", "portal.feedback.flash.done");
			return "redirect:/feedback/" + id;
		}
		catch (ConflictException ex) {
			response.setStatus(409);
			model.addAttribute("actionError", messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), locale));
			return show(caller, id, model);
		}
		catch (InvalidInputException ex) {
			response.setStatus(400);
			InvalidInputException.FieldProblem p = ex.problems().get(0);
			model.addAttribute("actionError", messages.getMessage("portal.feedback.action." + action, null, locale) + ": "
					+ messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale));
			return show(caller, id, model);
		}
	}

	private String show(Caller caller, long id, Model model) {
		model.addAttribute("f", handling.get(caller, id));
		model.addAttribute("zone", WorkingCalendar.ZONE);
		return "portal/feedback-detail";
	}
}
