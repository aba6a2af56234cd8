package org.motcua.notification.web;

import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.motcua.notification.MessageId;
import org.motcua.notification.MessageStatus;
import org.motcua.notification.NotificationEvent;
import org.motcua.notification.Outbox;
import org.motcua.notification.Templates;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.shared.ConflictException;
import org.motcua.shared.FormErrors;
import org.motcua.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
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

/** The template editor and the outbox view, for system administrators. */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class NotificationAdminPagesController {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final Templates templates;
	private final Outbox outbox;
	private final Organization organization;

	NotificationAdminPagesController(Templates templates, Outbox outbox, Organization organization) {
		this.templates = templates;
		this.outbox = outbox;
		this.organization = organization;
	}

	@GetMapping("/notifications/templates")
	String templates(Model model) {
		model.addAttribute("templates", templates.list());
		model.addAttribute("zone", VIETNAM);
		return "notification/templates";
	}

	@GetMapping("/notifications/templates/{event}/{language}")
	String edit(@PathVariable NotificationEvent event, @PathVariable String language, Model model) {
		Templates.Template t = templates.get(event, language);
		model.addAttribute("template", t);
		model.addAttribute("form", TemplateForm.of(t));
		return "notification/template";
	}

	@PostMapping("/notifications/templates/{event}/{language}")
	String save(@PathVariable NotificationEvent event, @PathVariable String language, @ModelAttribute("form") TemplateForm form,
			BindingResult result, Authentication auth, Model model, RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		try {
			templates.update(caller, event, language, form.toCommand());
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(ex, result);
			model.addAttribute("template", templates.get(event, language));
			return "notification/template";
		}
		catch (ConflictException ex) {
			Templates.Template latest = templates.get(event, language);
			model.addAttribute("template", latest);
			FormErrors.showLatest(model, "form", TemplateForm.of(latest), latest.version());
			return "notification/template";
		}
		redirect.addFlashAttribute("flash", "notification.templates.saved");
		return "redirect:/notifications/templates";
	}

	@GetMapping("/notifications/outbox")
	String outbox(@RequestParam(required = false) @Nullable MessageStatus status, Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		model.addAttribute("counts", outbox.counts(caller));
		model.addAttribute("messages", outbox.messages(caller, status, 200));
		model.addAttribute("status", status);
		model.addAttribute("statuses", MessageStatus.values());
		model.addAttribute("zone", VIETNAM);
		return "notification/outbox";
	}

	@PostMapping("/notifications/outbox/{id}/retry")
	String retry(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
		outbox.retry(organization.caller(auth.getName()), new MessageId(id));
		redirect.addFlashAttribute("flash", "notification.outbox.retried");
		return "redirect:/notifications/outbox?status=FAILED";
	}
}
