package org.motcua.notification.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.motcua.notification.MessageId;
import org.motcua.notification.MessageStatus;
import org.motcua.notification.NotificationEvent;
import org.motcua.notification.Outbox;
import org.motcua.notification.Templates;
import org.motcua.organization.Organization;
import org.motcua.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** For system administrators: the message templates (read, edit) and the outbox (watch, retry a failed message). */
@RestController
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
@Tag(name = "Notifications")
class NotificationAdminApiController {

	private final Templates templates;
	private final Outbox outbox;
	private final Organization organization;

	NotificationAdminApiController(Templates templates, Outbox outbox, Organization organization) {
		this.templates = templates;
		this.outbox = outbox;
		this.organization = organization;
	}

	@GetMapping("/api/v1/notification-templates")
	@Operation(summary = "Every message template, per event and language (SYSTEM_ADMIN)")
	List<Templates.Template> templates() {
		return templates.list();
	}

	@GetMapping("/api/v1/notification-templates/{event}/{language}")
	@Operation(summary = "One template with the placeholders its event provides (SYSTEM_ADMIN)")
	Templates.Template template(@PathVariable NotificationEvent event, @PathVariable String language) {
		return templates.get(event, language);
	}

	@PutMapping("/api/v1/notification-templates/{event}/{language}")
	@Operation(summary = "Edit a template, giving the version read; unknown placeholders are refused (SYSTEM_ADMIN)")
	Templates.Template update(@PathVariable NotificationEvent event, @PathVariable String language,
			@RequestBody(required = false) Templates.@Nullable TemplateChange body, Authentication auth) {
		if (body == null) {
			throw InvalidInputException.of("body", "error.required");
		}
		return templates.update(organization.caller(auth.getName()), event, language, body);
	}

	record OutboxPage(Map<MessageStatus, Long> counts, List<Outbox.Message> items) {
	}

	@GetMapping("/api/v1/notification-outbox")
	@Operation(summary = "Messages of the outbox, newest first, optionally of one status such as FAILED (SYSTEM_ADMIN)")
	OutboxPage outbox(@RequestParam(required = false) @Nullable MessageStatus status, @RequestParam(defaultValue = "100") int limit,
			Authentication auth) {
		var caller = organization.caller(auth.getName());
		return new OutboxPage(outbox.counts(caller), outbox.messages(caller, status, limit));
	}

	@PostMapping("/api/v1/notification-outbox/{id}/retry")
	@Operation(summary = "Queue a FAILED message again for a fresh series of attempts (SYSTEM_ADMIN)")
	Outbox.Message retry(@PathVariable long id, Authentication auth) {
		return outbox.retry(organization.caller(auth.getName()), new MessageId(id));
	}
}
