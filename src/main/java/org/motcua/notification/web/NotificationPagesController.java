package org.motcua.notification.web;

import java.time.ZoneId;

import org.motcua.notification.Inbox;
import org.motcua.notification.MessageId;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The official's notifications page and the bell of the header (an htmx fragment with the unread count). */
@Controller
class NotificationPagesController {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final Inbox inbox;

	NotificationPagesController(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/notifications")
	String list(@RequestParam(defaultValue = "false") boolean unread, Authentication auth, Model model) {
		model.addAttribute("messages", inbox.messages(auth.getName(), unread, 200));
		model.addAttribute("unread", inbox.unread(auth.getName()));
		model.addAttribute("unreadOnly", unread);
		model.addAttribute("zone", VIETNAM);
		return "notification/list";
	}

	@GetMapping("/notifications/bell")
	String bell(Authentication auth, Model model) {
		model.addAttribute("unread", inbox.unread(auth.getName()));
		return "notification/list :: bell";
	}

	/** Marks the message read and opens what it is about (a path the server stored), or returns to the list. */
	@PostMapping("/notifications/{id}/read")
	String read(@PathVariable long id, Authentication auth) {
		return inbox.markRead(auth.getName(), new MessageId(id))
			.filter(link -> link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\"))
			.map(link -> "redirect:" + link)
			.orElse("redirect:/notifications");
	}

	@PostMapping("/notifications/read-all")
	String readAll(Authentication auth) {
		inbox.markAllRead(auth.getName());
		return "redirect:/notifications";
	}
}
