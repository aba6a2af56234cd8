package org.motcua.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.motcua.governance.tasks.TaskEvents;
import org.motcua.organization.Official;
import org.motcua.organization.Organization;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells officials about their reform tasks: the responsible official when a task is assigned to them and when the
 * daily run reminds them before the deadline, the head of the owning office or unit when an overdue task is escalated
 * to them. Each notice goes in-app and, when the official has an e-mail address, by e-mail. The key of each message
 * comes from the event (task, what happened, and the day or instant), so an event handed over twice, or a second run
 * of the daily job, stores nothing new.
 */
@Component
class GovernanceListeners {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Organization organization;
	private final Notifier notifier;
	private final Outbox outbox;

	GovernanceListeners(Organization organization, Notifier notifier, Outbox outbox) {
		this.organization = organization;
		this.notifier = notifier;
		this.outbox = outbox;
	}

	@ApplicationModuleListener
	void on(TaskEvents.TaskAssigned event) {
		if (event.assignee().equals(event.assignedBy())) {
			return;
		}
		String key = "task:" + event.taskId() + ":ASSIGNED:" + event.assignee() + ":" + event.at().toEpochMilli();
		tell(key, NotificationEvent.TASK_ASSIGNED, event.assignee(),
				values(event.title(), event.unitCode(), event.agencyCode(), event.assignee(), event.deadline(), event.source()), event.taskId());
	}

	@ApplicationModuleListener
	void on(TaskEvents.TaskReminderDue event) {
		String key = "task:" + event.taskId() + ":REMINDER:" + event.on();
		tell(key, NotificationEvent.TASK_REMINDER, event.assignee(),
				values(event.title(), event.unitCode(), event.agencyCode(), event.assignee(), event.deadline(), null), event.taskId());
	}

	@ApplicationModuleListener
	void on(TaskEvents.TaskEscalated event) {
		// a task is escalated once (the run records it on the task); the key does not carry the day, so even a second
		// escalation of the same task to the same head would not tell them twice
		String key = "task:" + event.taskId() + ":ESCALATED";
		tell(key, NotificationEvent.TASK_ESCALATED, event.head(),
				values(event.title(), event.unitCode(), event.agencyCode(), event.assignee(), event.deadline(), null), event.taskId());
	}

	private Map<String, String> values(String title, String unitCode, @org.jspecify.annotations.Nullable String agencyCode,
			String assignee, LocalDate deadline, @org.jspecify.annotations.Nullable String source) {
		Map<String, String> v = new HashMap<>();
		v.put("title", title);
		String unit = notifier.unitName(unitCode);
		if (agencyCode != null) {
			unit = organization.findAgency(agencyCode).map(a -> a.name()).orElse(agencyCode) + " – " + unit;
		}
		v.put("unit", unit);
		v.put("assignee", organization.officialByUsername(assignee).map(o -> o.fullName() + " (" + assignee + ")").orElse(assignee));
		v.put("deadline", DATE.format(deadline));
		v.put("source", source == null ? "" : source);
		return v;
	}

	/** In-app to an active official, and an e-mail when they have an address. */
	private void tell(String key, NotificationEvent event, String username, Map<String, String> values, long taskId) {
		Optional<Official> official = organization.officialByUsername(username).filter(Official::active);
		if (official.isEmpty()) {
			return;
		}
		String link = "/governance/tasks/" + taskId;
		values.put("link", notifier.absolute(link));
		outbox.enqueue(new Outbox.Draft(key, event, NotificationChannel.IN_APP, username, notifier.language(), values, link));
		String email = official.get().email();
		if (email != null && !email.isBlank()) {
			outbox.enqueue(new Outbox.Draft(key, event, NotificationChannel.EMAIL, email, notifier.language(), values, link));
		}
	}
}
