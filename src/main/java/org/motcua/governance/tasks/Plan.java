package org.motcua.governance.tasks;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A yearly reform plan or a remediation plan, with its roadmap and how far its tasks have got. */
public record Plan(long id, PlanKind kind, int year, String unitCode, String title, @Nullable String description,
		@Nullable String decisionRef, String createdBy, List<Milestone> milestones, int tasks, int tasksDone, int tasksOverdue,
		int version) {

	/** A step of the roadmap (lộ trình) with its date and the state of the tasks attached to it. */
	public record Milestone(long id, int position, String title, LocalDate dueOn, int tasks, int tasksDone, boolean reached,
			boolean late) {
	}
}
