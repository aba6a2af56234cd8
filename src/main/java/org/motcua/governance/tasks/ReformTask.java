package org.motcua.governance.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A task as a caller sees it: the owning unit (and office, when an office owns it), the one responsible official,
 * the deadline on the working calendar, status with {@code overdue} derived for today, progress, and what the
 * reminder job did. {@code allowedActions} are the moves this caller may make now.
 */
public record ReformTask(long id, @Nullable Long planId, @Nullable String planTitle, @Nullable Long milestoneId, String title,
		@Nullable String description, String unitCode, @Nullable String agencyCode, String assignee, String assigneeName,
		List<String> coUnits, LocalDate deadline, TaskPriority priority, TaskStatus status, boolean overdue,
		@Nullable Boolean doneOnTime, int percent, @Nullable String source, String createdBy, Instant createdAt,
		@Nullable LocalDate completedOn, @Nullable LocalDate remindedOn, @Nullable LocalDate escalatedOn,
		@Nullable String escalatedTo, List<Report> reports, List<Event> events, List<String> allowedActions, int version) {

	/** A progress report by the responsible official, with its evidence files. */
	public record Report(long id, String reportedBy, Instant reportedAt, int percent, String note, List<Evidence> evidence) {
	}

	public record Evidence(long id, String fileName, String contentType, long size) {
	}

	/** Created, status changed, reassigned, reminded, escalated: who, when, to whom. */
	public record Event(Instant at, String kind, String actor, @Nullable String recipient, @Nullable String note) {
	}
}
