package org.motcua.governance;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.governance.tasks.TaskRules;
import org.motcua.governance.tasks.TaskStatus;

import static org.assertj.core.api.Assertions.assertThat;

class TaskRulesTests {

	static final WorkingCalendar CALENDAR = WorkingCalendar.standard();

	@ParameterizedTest(name = "{0} due {1}, today {2}: overdue {3}")
	@CsvSource({
			"NOT_STARTED, 2026-03-10, 2026-03-10, false",
			"NOT_STARTED, 2026-03-10, 2026-03-11, true",
			"IN_PROGRESS, 2026-03-10, 2026-04-01, true",
			"DONE,        2026-03-10, 2026-04-01, false",
			"CANCELLED,   2026-03-10, 2026-04-01, false" })
	void aTaskIsOverdueOnlyWhileOpenAndAfterItsDeadlineDay(TaskStatus status, LocalDate deadline, LocalDate today, boolean overdue) {
		assertThat(TaskRules.overdue(status, deadline, today)).isEqualTo(overdue);
	}

	@Test
	void doneOnTheDeadlineDayIsOnTimeAndTheDayAfterIsLate() {
		LocalDate due = LocalDate.of(2026, 3, 10);
		assertThat(TaskRules.doneOnTime(TaskStatus.DONE, due, due)).isTrue();
		assertThat(TaskRules.doneOnTime(TaskStatus.DONE, due, due.plusDays(1))).isFalse();
		assertThat(TaskRules.doneOnTime(TaskStatus.IN_PROGRESS, due, null)).isNull();
	}

	@Test
	void aDeadlineOnASaturdayMovesToMonday() {
		assertThat(TaskRules.onWorkingDay(CALENDAR, LocalDate.of(2026, 3, 14))).isEqualTo(LocalDate.of(2026, 3, 16));
	}

	@Test
	void aDeadlineInTetMovesPastTheWholeBreak() {
		// Tết 2026: Monday 16 to Friday 20 February are days off
		assertThat(TaskRules.onWorkingDay(CALENDAR, LocalDate.of(2026, 2, 17))).isEqualTo(LocalDate.of(2026, 2, 23));
	}

	@Test
	void workingDaysFromAssignmentSkipWeekendsAndTet() {
		// assigned Friday 13/2/2026: the next working days are 23, 24 and 25 February
		assertThat(TaskRules.afterWorkingDays(CALENDAR, LocalDate.of(2026, 2, 13), 3)).isEqualTo(LocalDate.of(2026, 2, 25));
	}

	@Test
	void theReminderFallsInTheLastThreeWorkingDaysAndOnlyOnce() {
		LocalDate due = LocalDate.of(2026, 3, 20); // a Friday
		assertThat(TaskRules.remindToday(TaskStatus.IN_PROGRESS, due, LocalDate.of(2026, 3, 16), null, CALENDAR)).isFalse();
		assertThat(TaskRules.remindToday(TaskStatus.IN_PROGRESS, due, LocalDate.of(2026, 3, 17), null, CALENDAR)).isTrue();
		assertThat(TaskRules.remindToday(TaskStatus.IN_PROGRESS, due, LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 17), CALENDAR)).isFalse();
		assertThat(TaskRules.remindToday(TaskStatus.DONE, due, LocalDate.of(2026, 3, 19), null, CALENDAR)).isFalse();
		assertThat(TaskRules.remindToday(TaskStatus.IN_PROGRESS, due, LocalDate.of(2026, 3, 21), null, CALENDAR)).isFalse();
	}
}
