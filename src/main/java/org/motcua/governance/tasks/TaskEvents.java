package org.motcua.governance.tasks;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Events the task area publishes through the Modulith event publication registry (a transactional outbox: a listener
 * that fails, or a crash before it ran, gets the event again), so that other modules can tell the people concerned.
 * Governance does not know who listens; the notification module turns them into in-app notices and e-mails.
 */
public final class TaskEvents {

	private TaskEvents() {
	}

	/**
	 * A task was given to its one responsible official: on creation (also for a recommendation of an inspection, whose
	 * {@code source} then names it) and on reassignment. {@code at} tells two assignments of one task apart.
	 */
	public record TaskAssigned(long taskId, String title, String unitCode, @Nullable String agencyCode, String assignee,
			LocalDate deadline, String assignedBy, @Nullable String source, boolean reassigned, java.time.Instant at) {
	}

	/**
	 * The daily run reminded the responsible official of an open task in the last working days before its deadline
	 * (once per task and day the run records on the task).
	 */
	public record TaskReminderDue(long taskId, String title, String unitCode, @Nullable String agencyCode, String assignee,
			LocalDate deadline, LocalDate on) {
	}

	/**
	 * The daily run escalated an overdue task, once, to the head of the owning office or unit: the head answers for the
	 * unit's reform work (Resolution 76/NQ-CP of 2021). Published only when a head was found.
	 */
	public record TaskEscalated(long taskId, String title, String unitCode, @Nullable String agencyCode, String assignee,
			String head, LocalDate deadline, LocalDate on) {
	}
}
