package org.motcua.calendar;

import java.time.LocalDate;
import java.util.function.LongFunction;

/**
 * One year of a {@link WorkingCalendar} precomputed for fast deadline arithmetic: per day of the
 * year whether it is a working day and its sessions, plus prefix counts of working days and of
 * working time so that moving N working days or hours is a lookup, not a walk.
 */
final class YearData {

	final int year;

	final long firstEpochDay;

	final YearSchedule schedule;

	private final int length;

	private final boolean[] working;

	private final DaySessions[] sessions;

	/** {@code workingBefore[d]}: working days among days {@code 0..d-1} of the year. */
	private final int[] workingBefore;

	/** Day-of-year index (0-based) of each working day, in order. */
	private final int[] workingDays;

	/** {@code nanosBefore[d]}: working time in days {@code 0..d-1} of the year. */
	private final long[] nanosBefore;

	YearData(YearSchedule schedule, LongFunction<DaySessions> sessionsOnEpochDay) {
		this.year = schedule.year();
		this.schedule = schedule;
		LocalDate first = LocalDate.of(year, 1, 1);
		this.firstEpochDay = first.toEpochDay();
		this.length = first.lengthOfYear();
		this.working = new boolean[length];
		for (int d = 0; d < length; d++) {
			working[d] = !YearSchedule.isWeekend(first.plusDays(d));
		}
		for (SpecialDay day : schedule.days()) {
			working[day.date().getDayOfYear() - 1] = !day.kind().isDayOff();
		}
		this.sessions = new DaySessions[length];
		this.workingBefore = new int[length + 1];
		this.nanosBefore = new long[length + 1];
		int count = 0;
		for (int d = 0; d < length; d++) {
			sessions[d] = sessionsOnEpochDay.apply(firstEpochDay + d);
			workingBefore[d + 1] = workingBefore[d] + (working[d] ? 1 : 0);
			nanosBefore[d + 1] = nanosBefore[d] + (working[d] ? sessions[d].total : 0);
			if (working[d]) {
				count++;
			}
		}
		this.workingDays = new int[count];
		for (int d = 0, i = 0; d < length; d++) {
			if (working[d]) {
				workingDays[i++] = d;
			}
		}
	}

	int length() {
		return length;
	}

	boolean isWorking(int dayOfYear) {
		return working[dayOfYear];
	}

	DaySessions sessions(int dayOfYear) {
		return sessions[dayOfYear];
	}

	int workingCount() {
		return workingDays.length;
	}

	/** Index among this year's working days of the first working day on or after {@code dayOfYear}. */
	int workingIndexFrom(int dayOfYear) {
		return workingBefore[dayOfYear];
	}

	int workingDay(int index) {
		return workingDays[index];
	}

	long totalNanos() {
		return nanosBefore[length];
	}

	long nanosBefore(int dayOfYear) {
		return nanosBefore[dayOfYear];
	}

	/**
	 * The working day on which a cumulative working time in {@code (0, totalNanos()]} from the start of
	 * the year is reached: the smallest day {@code d} with {@code nanosBefore[d + 1] >= cumulative}.
	 */
	int dayReaching(long cumulative) {
		int low = 0;
		int high = length - 1;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (nanosBefore[mid + 1] >= cumulative) {
				high = mid;
			}
			else {
				low = mid + 1;
			}
		}
		return low;
	}
}
