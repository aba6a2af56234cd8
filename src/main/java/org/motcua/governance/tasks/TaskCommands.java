package org.motcua.governance.tasks;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What callers send to change tasks and plans. */
public final class TaskCommands {

	private TaskCommands() {
	}

	/**
	 * A new task: either a {@code deadline} date or a number of {@code workingDays} from today, counted on the owning
	 * unit's working calendar. {@code agencyCode} names the owning office when an office (not the whole People's
	 * Committee) owns it.
	 */
	public record NewTask(@Nullable Long planId, @Nullable Long milestoneId, @Nullable String title, @Nullable String description,
			@Nullable String unitCode, @Nullable String agencyCode, @Nullable String assignee, @Nullable List<String> coUnits,
			@Nullable LocalDate deadline, @Nullable Integer workingDays, @Nullable TaskPriority priority, @Nullable String source) {
	}

	/** A file attached to a progress report as evidence. */
	public record EvidenceFile(String fileName, String contentType, byte[] content) {
	}

	public record Progress(@Nullable Integer percent, @Nullable String note, List<EvidenceFile> evidence, int version) {
	}

	public record StatusChange(@Nullable TaskStatus status, @Nullable String note, int version) {
	}

	public record Reassignment(@Nullable String assignee, @Nullable String note, int version) {
	}

	public record NewPlan(@Nullable PlanKind kind, @Nullable Integer year, @Nullable String unitCode, @Nullable String title,
			@Nullable String description, @Nullable String decisionRef, @Nullable List<NewMilestone> milestones) {
	}

	public record NewMilestone(@Nullable String title, @Nullable LocalDate dueOn) {
	}

	/** Filters of the task list; all optional. {@code headOf} lists what the caller heads (their office or unit). */
	public record Query(@Nullable String assignee, @Nullable String unitCode, @Nullable TaskStatus status, @Nullable Boolean overdue,
			@Nullable Long planId, boolean headOf) {
	}
}
