package org.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The days of one year that differ from an ordinary Monday–Friday week (Decision 188/1999/QĐ-TTg
 * Art. 1). Weekdays not listed are working days; weekend days not listed are days off. Weekend
 * days inside a holiday break need not be listed.
 *
 * @param year the Gregorian year
 * @param status whether the list is the official one or generated from the rules
 * @param days the special days, sorted by date, at most one per date
 */
public record YearSchedule(int year, CalendarStatus status, List<SpecialDay> days) {

	public YearSchedule {
		Objects.requireNonNull(status, "status");
		days = days.stream().sorted(Comparator.comparing(SpecialDay::date)).toList();
		Set<LocalDate> seen = new HashSet<>();
		for (SpecialDay day : days) {
			LocalDate date = day.date();
			if (date.getYear() != year) {
				throw new IllegalArgumentException("Special day " + date + " is not in " + year);
			}
			if (!seen.add(date)) {
				throw new IllegalArgumentException("More than one special day on " + date);
			}
			boolean weekend = isWeekend(date);
			if (day.kind() == DayKind.WORKING_SATURDAY && !weekend) {
				throw new IllegalArgumentException("A working Saturday must fall on a weekend: " + date);
			}
			if ((day.kind() == DayKind.COMPENSATORY || day.kind() == DayKind.SWAPPED_OFF) && weekend) {
				throw new IllegalArgumentException(day.kind() + " must fall on a weekday: " + date);
			}
		}
	}

	/** The special day on {@code date}, if any. */
	public Optional<SpecialDay> day(LocalDate date) {
		return days.stream().filter(day -> day.date().equals(date)).findFirst();
	}

	/** Whether {@code date}, which must lie in this year, is a working day. */
	public boolean isWorkingDay(LocalDate date) {
		if (date.getYear() != year) {
			throw new IllegalArgumentException(date + " is not in " + year);
		}
		Optional<SpecialDay> special = day(date);
		if (special.isPresent()) {
			return !special.get().kind().isDayOff();
		}
		return !isWeekend(date);
	}

	static boolean isWeekend(LocalDate date) {
		DayOfWeek dayOfWeek = date.getDayOfWeek();
		return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
	}
}
