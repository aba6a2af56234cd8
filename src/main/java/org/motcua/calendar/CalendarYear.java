package org.motcua.calendar;

import java.util.Objects;

/**
 * A year of the calendar as stored: its schedule (official, or generated from the rules) and the version an
 * administrator must send back to change it (optimistic locking; 0 while the year was never edited).
 */
public record CalendarYear(YearSchedule schedule, int version) {

	public CalendarYear {
		Objects.requireNonNull(schedule, "schedule");
	}

	public int year() {
		return schedule.year();
	}

	public CalendarStatus status() {
		return schedule.status();
	}
}
