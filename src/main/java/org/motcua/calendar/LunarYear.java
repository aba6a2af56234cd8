package org.motcua.calendar;

import com.ibm.icu.util.Calendar;
import java.time.LocalDate;

/**
 * The months of one Vietnamese lunar year: for each month its number, whether it is the leap
 * month, and its first day; plus the first day of the next year.
 *
 * <p>ICU (at UTC+7) decides how the months are numbered and which is the leap month; each first
 * day is then checked against {@link NewMoon} and moved to the local date of the true new moon
 * when ICU's coarser astronomy put it on the neighbouring day.
 */
final class LunarYear {

	private static final double VIETNAM_UTC_OFFSET_HOURS = 7;

	private static final long MILLIS_PER_DAY = 86_400_000L;

	final int year;

	/** First day of each month as an epoch day; the last entry is the first day of the next year. */
	private final long[] starts;

	private final int[] months;

	private final boolean[] leap;

	private LunarYear(int year, long[] starts, int[] months, boolean[] leap) {
		this.year = year;
		this.starts = starts;
		this.months = months;
		this.leap = leap;
	}

	static LunarYear compute(int year) {
		IcuVietnameseCalendar calendar = new IcuVietnameseCalendar();
		// 1 March always lies in the lunar year that began that winter (Tết falls 21 Jan – 20 Feb).
		calendar.setTimeInMillis(LocalDate.of(year, 3, 1).toEpochDay() * MILLIS_PER_DAY);
		int extendedYear = calendar.get(Calendar.EXTENDED_YEAR);
		calendar.clear();
		calendar.set(Calendar.EXTENDED_YEAR, extendedYear);
		calendar.set(Calendar.MONTH, 0);
		calendar.set(Calendar.IS_LEAP_MONTH, 0);
		calendar.set(Calendar.DAY_OF_MONTH, 1);
		long[] starts = new long[14];
		int[] months = new int[13];
		boolean[] leap = new boolean[13];
		int count = 0;
		while (true) {
			long start = corrected(Math.floorDiv(calendar.getTimeInMillis(), MILLIS_PER_DAY));
			if (calendar.get(Calendar.EXTENDED_YEAR) != extendedYear) {
				starts[count] = start;
				break;
			}
			starts[count] = start;
			months[count] = calendar.get(Calendar.MONTH) + 1;
			leap[count] = calendar.get(Calendar.IS_LEAP_MONTH) == 1;
			count++;
			calendar.add(Calendar.MONTH, 1);
		}
		if (count != 12 && count != 13) {
			throw new IllegalStateException("Lunar year " + year + " has " + count + " months");
		}
		long[] trimmedStarts = new long[count + 1];
		System.arraycopy(starts, 0, trimmedStarts, 0, count + 1);
		int[] trimmedMonths = new int[count];
		System.arraycopy(months, 0, trimmedMonths, 0, count);
		boolean[] trimmedLeap = new boolean[count];
		System.arraycopy(leap, 0, trimmedLeap, 0, count);
		return new LunarYear(year, trimmedStarts, trimmedMonths, trimmedLeap);
	}

	private static long corrected(long icuStart) {
		long astronomical = NewMoon.localEpochDayNear(icuStart, VIETNAM_UTC_OFFSET_HOURS);
		if (Math.abs(astronomical - icuStart) > 1) {
			throw new IllegalStateException("New moon near " + LocalDate.ofEpochDay(icuStart) + " computed on "
					+ LocalDate.ofEpochDay(astronomical));
		}
		return astronomical;
	}

	long firstDay() {
		return starts[0];
	}

	long nextYearFirstDay() {
		return starts[starts.length - 1];
	}

	/** The leap month's number, or 0 when the year has none. */
	int leapMonth() {
		for (int i = 0; i < months.length; i++) {
			if (leap[i]) {
				return months[i];
			}
		}
		return 0;
	}

	LunarDate toLunar(long epochDay) {
		if (epochDay < starts[0] || epochDay >= nextYearFirstDay()) {
			throw new IllegalArgumentException(LocalDate.ofEpochDay(epochDay) + " is not in lunar year " + year);
		}
		int i = months.length - 1;
		while (starts[i] > epochDay) {
			i--;
		}
		return new LunarDate(year, months[i], (int) (epochDay - starts[i]) + 1, leap[i]);
	}

	long toEpochDay(int month, int day, boolean leapMonth) {
		for (int i = 0; i < months.length; i++) {
			if (months[i] == month && leap[i] == leapMonth) {
				long length = starts[i + 1] - starts[i];
				if (day < 1 || day > length) {
					throw new IllegalArgumentException(
							"Lunar month " + month + (leapMonth ? " (leap)" : "") + " of " + year + " has " + length
									+ " days, not " + day);
				}
				return starts[i] + day - 1;
			}
		}
		throw new IllegalArgumentException(
				"Lunar year " + year + " has no " + (leapMonth ? "leap month " : "month ") + month);
	}
}
