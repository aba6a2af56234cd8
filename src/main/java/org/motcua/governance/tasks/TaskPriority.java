package org.motcua.governance.tasks;

/** How urgent a task is, as the assigning leader sets it. */
public enum TaskPriority {
	LOW, NORMAL, HIGH, URGENT
}
