package org.motcua.governance.tasks;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.motcua.calendar.WorkingCalendar;

/**
 * The rules of a task's timeline, without Spring: when it is overdue, whether it was done on time, when a deadline
 * set on a day off really falls, and when a reminder is due.
 */
public final class TaskRules {

	/** Working days before the deadline on which the responsible official is reminded. */
	public static final int REMIND_WORKING_DAYS_BEFORE = 3;

	private TaskRules() {
	}

	/** An open task whose deadline has passed: the deadline day itself still counts as in time. */
	public static boolean overdue(TaskStatus status, LocalDate deadline, LocalDate today) {
		return status.open() && today.isAfter(deadline);
	}

	/** Done on or before the deadline; null while the task is not done (cancelled tasks are not judged). */
	public static @Nullable Boolean doneOnTime(TaskStatus status, LocalDate deadline, @Nullable LocalDate completedOn) {
		if (status != TaskStatus.DONE || completedOn == null) {
			return null;
		}
		return !completedOn.isAfter(deadline);
	}

	/**
	 * A deadline that falls on a weekly rest day or a holiday moves to the next working day, as a period does under
	 * Civil Code 91/2015/QH13 Art. 148(5).
	 */
	public static LocalDate onWorkingDay(WorkingCalendar calendar, LocalDate deadline) {
		LocalDate d = deadline;
		while (!calendar.isWorkingDay(d)) {
			d = d.plusDays(1);
		}
		return d;
	}

	/** The deadline {@code workingDays} working days after {@code from} (the day of assignment does not count). */
	public static LocalDate afterWorkingDays(WorkingCalendar calendar, LocalDate from, int workingDays) {
		LocalDate d = from;
		int left = workingDays;
		while (left > 0) {
			d = d.plusDays(1);
			if (calendar.isWorkingDay(d)) {
				left--;
			}
		}
		return onWorkingDay(calendar, d);
	}

	/** Whether an open task not yet reminded should be reminded today: within the last working days before its deadline. */
	public static boolean remindToday(TaskStatus status, LocalDate deadline, LocalDate today, @Nullable LocalDate remindedOn,
			WorkingCalendar calendar) {
		if (!status.open() || remindedOn != null || today.isAfter(deadline)) {
			return false;
		}
		return !afterWorkingDays(calendar, today, REMIND_WORKING_DAYS_BEFORE).isBefore(deadline);
	}
}
