package org.motcua.governance.tasks;

import java.util.EnumSet;
import java.util.Set;

/** Where a task stands. Overdue is not a status: it is derived from the deadline and today (see {@link TaskRules}). */
public enum TaskStatus {
	NOT_STARTED, IN_PROGRESS, DONE, CANCELLED;

	public boolean open() {
		return this == NOT_STARTED || this == IN_PROGRESS;
	}

	/** The statuses a task may move to from this one; done and cancelled are final. */
	public Set<TaskStatus> next() {
		return switch (this) {
			case NOT_STARTED -> EnumSet.of(IN_PROGRESS, DONE, CANCELLED);
			case IN_PROGRESS -> EnumSet.of(DONE, CANCELLED);
			case DONE, CANCELLED -> EnumSet.noneOf(TaskStatus.class);
		};
	}
}
