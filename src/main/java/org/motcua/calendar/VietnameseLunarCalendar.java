package org.motcua.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The Vietnamese lunar calendar (âm lịch): the Chinese lunisolar rules computed for the UTC+7
 * meridian. It differs from the Chinese calendar (UTC+8) in some years, e.g. Tết 1985 fell on
 * 21 January in Viet Nam and 20 February in China, and Tết 2007 on 17 and 18 February.
 *
 * <p>Supports lunar years {@value #MIN_YEAR}–{@value #MAX_YEAR}, i.e. solar dates from Tết 1900
 * (31 January 1900) to 31 December 2199. Every year is computed with UTC+7; before 1968 the
 * calendars printed in Viet Nam followed UTC+8, so a few earlier dates differ from them.
 * Thread-safe: years are computed once and cached.
 */
public final class VietnameseLunarCalendar {

	/** The first supported lunar year. */
	public static final int MIN_YEAR = 1900;

	/** The last supported lunar year. */
	public static final int MAX_YEAR = 2199;

	private static final String[] STEMS = { "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý" };

	private static final String[] BRANCHES = { "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu",
			"Tuất", "Hợi" };

	private static final ConcurrentMap<Integer, LunarYear> YEARS = new ConcurrentHashMap<>();

	private VietnameseLunarCalendar() {
	}

	/** The lunar date of a solar (Gregorian) date. */
	public static LunarDate toLunar(LocalDate date) {
		Objects.requireNonNull(date, "date");
		long epochDay = date.toEpochDay();
		int year = date.getYear();
		if (year > MAX_YEAR || year < MIN_YEAR) {
			throw outOfRange(date.toString());
		}
		if (year == MIN_YEAR && epochDay < year(MIN_YEAR).firstDay()) {
			throw outOfRange(date.toString());
		}
		LunarYear lunarYear = year(year);
		if (epochDay < lunarYear.firstDay()) {
			lunarYear = year(year - 1);
		}
		return lunarYear.toLunar(epochDay);
	}

	/**
	 * The solar date of a lunar date.
	 *
	 * @throws IllegalArgumentException when the year has no such month (e.g. no leap month with that
	 *         number) or the month has no such day (a 29-day month has no day 30)
	 */
	public static LocalDate toSolar(int lunarYear, int month, int day, boolean leapMonth) {
		return LocalDate.ofEpochDay(year(lunarYear).toEpochDay(month, day, leapMonth));
	}

	/** The solar date of a lunar date. */
	public static LocalDate toSolar(LunarDate date) {
		return toSolar(date.year(), date.month(), date.day(), date.leapMonth());
	}

	/** The first day of the lunar year (mùng 1 Tết). */
	public static LocalDate newYear(int lunarYear) {
		return LocalDate.ofEpochDay(year(lunarYear).firstDay());
	}

	/** The number of the leap month of the lunar year, if it has one. */
	public static OptionalInt leapMonth(int lunarYear) {
		int month = year(lunarYear).leapMonth();
		return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
	}

	/**
	 * The sexagenary name (can chi) of a lunar year in Vietnamese, e.g. {@code "Giáp Thìn"} for
	 * 2024, {@code "Ất Tỵ"} for 2025, {@code "Bính Ngọ"} for 2026. Defined for every year.
	 */
	public static String canChi(int lunarYear) {
		return STEMS[Math.floorMod(lunarYear + 6, 10)] + " " + BRANCHES[Math.floorMod(lunarYear + 8, 12)];
	}

	static LunarYear year(int lunarYear) {
		if (lunarYear < MIN_YEAR || lunarYear > MAX_YEAR) {
			throw outOfRange("lunar year " + lunarYear);
		}
		LunarYear cached = YEARS.get(lunarYear);
		if (cached != null) {
			return cached;
		}
		LunarYear computed = LunarYear.compute(lunarYear);
		LunarYear raced = YEARS.putIfAbsent(lunarYear, computed);
		return raced != null ? raced : computed;
	}

	private static IllegalArgumentException outOfRange(String what) {
		return new IllegalArgumentException(
				"The lunar calendar supports lunar years " + MIN_YEAR + "–" + MAX_YEAR + ", not " + what);
	}
}
