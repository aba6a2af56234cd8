package org.motcua.calendar;

/**
 * A date of the Vietnamese lunar calendar (âm lịch).
 *
 * @param year the lunar year, numbered as the Gregorian year in which its first day falls
 * @param month the month, 1–12
 * @param day the day of the month, 1–30
 * @param leapMonth whether the month is the leap (intercalary) month that repeats {@code month}
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

	public LunarDate {
		if (month < 1 || month > 12) {
			throw new IllegalArgumentException("Lunar month must be 1–12, was " + month);
		}
		if (day < 1 || day > 30) {
			throw new IllegalArgumentException("Lunar day must be 1–30, was " + day);
		}
	}

	/** The sexagenary (can chi) name of the year, e.g. {@code "Bính Ngọ"} for 2026. */
	public String canChi() {
		return VietnameseLunarCalendar.canChi(year);
	}
}
