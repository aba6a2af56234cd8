package org.motcua.notification.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.notification.Inbox;
import org.motcua.notification.MessageId;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in official's in-app messages: list, unread count, mark read. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications")
class NotificationApiController {

	private final Inbox inbox;

	NotificationApiController(Inbox inbox) {
		this.inbox = inbox;
	}

	record InboxPage(List<Inbox.InAppMessage> items, long unread) {
	}

	@GetMapping
	@Operation(summary = "My in-app messages, newest first (only the unread ones with unread=true)")
	InboxPage list(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "50") int limit,
			Authentication auth) {
		return new InboxPage(inbox.messages(auth.getName(), unread, limit), inbox.unread(auth.getName()));
	}

	@GetMapping("/unread-count")
	@Operation(summary = "How many of my in-app messages are unread")
	Map<String, Long> unreadCount(Authentication auth) {
		return Map.of("unread", inbox.unread(auth.getName()));
	}

	@PostMapping("/{id}/read")
	@Operation(summary = "Mark one of my messages read")
	ResponseEntity<Void> markRead(@PathVariable long id, Authentication auth) {
		inbox.markRead(auth.getName(), new MessageId(id));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/read-all")
	@Operation(summary = "Mark all my messages read")
	Map<String, Integer> markAllRead(Authentication auth) {
		return Map.of("marked", inbox.markAllRead(auth.getName()));
	}
}
