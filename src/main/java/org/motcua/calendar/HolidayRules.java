package org.motcua.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Generates a year's days off from the statutory rules, used as a {@link CalendarStatus#PROVISIONAL}
 * year until the official notice for that year is loaded.
 *
 * <p>Labour Code 45/2019/QH14 Art. 112(1) grants eleven holidays. The Prime Minister fixes the
 * exact Tết days and the day next to National Day each year, so the rules below are this
 * module's own choices (see docs/calendar.md):
 * <ul>
 * <li>1 January (Tết Dương lịch);</li>
 * <li>Tết: the last day of the old lunar year and the first four days of the new one, the pattern
 * used in most recent years (2026: 29 Tết to mùng 4);</li>
 * <li>Hùng Kings' Commemoration: the 10th day of the 3rd lunar month (the ordinary month when the
 * 3rd month is repeated);</li>
 * <li>30 April and 1 May;</li>
 * <li>2 September and one adjacent day: whichever neighbour (1 or 3 September) falls on a weekday;
 * when both do, the one that joins the weekend (Tuesday → Monday 1/9, Thursday → Friday 3/9);
 * for a Wednesday, 1 September, as proposed for 2026;</li>
 * <li>a holiday falling on Saturday or Sunday gives a compensatory day on the next day that is
 * neither a weekend day, a holiday nor already a compensatory day (Art. 111(3)).</li>
 * </ul>
 * When two holidays fall on the same date the date is listed once with both names; the Labour Code
 * grants compensatory days only for weekly rest days, so no extra day is added.
 *
 * <p>The rules of the 2019 Labour Code are applied to every year, including years before it took
 * effect (1 January 2021); load official schedules for past years when they matter.
 */
public final class HolidayRules {

	static final String NEW_YEAR = "Tết Dương lịch";

	static final String TET = "Tết Nguyên đán";

	static final String HUNG_KINGS = "Giỗ Tổ Hùng Vương";

	static final String REUNIFICATION = "Ngày Giải phóng miền Nam, thống nhất đất nước";

	static final String LABOUR_DAY = "Ngày Quốc tế Lao động";

	static final String NATIONAL_DAY = "Quốc khánh";

	static final String NATIONAL_DAY_ADJACENT = "Quốc khánh (ngày liền kề)";

	static final String COMPENSATORY_PREFIX = "Nghỉ bù ";

	private static final ConcurrentMap<Integer, YearSchedule> CACHE = new ConcurrentHashMap<>();

	private HolidayRules() {
	}

	/**
	 * The provisional days off of {@code year}, every day marked provisional.
	 *
	 * @throws IllegalArgumentException outside the lunar calendar's range
	 *         ({@value VietnameseLunarCalendar#MIN_YEAR}–{@value VietnameseLunarCalendar#MAX_YEAR})
	 */
	public static YearSchedule provisional(int year) {
		YearSchedule cached = CACHE.get(year);
		if (cached != null) {
			return cached;
		}
		YearSchedule computed = compute(year);
		YearSchedule raced = CACHE.putIfAbsent(year, computed);
		return raced != null ? raced : computed;
	}

	/** The adjacent National Day holiday chosen by the rule described on this class. */
	static LocalDate nationalDayAdjacent(int year) {
		LocalDate nationalDay = LocalDate.of(year, 9, 2);
		return switch (nationalDay.getDayOfWeek()) {
			case MONDAY, THURSDAY, SUNDAY -> nationalDay.plusDays(1);
			default -> nationalDay.minusDays(1);
		};
	}

	private static YearSchedule compute(int year) {
		Map<LocalDate, String> holidays = new TreeMap<>();
		add(holidays, LocalDate.of(year, 1, 1), NEW_YEAR);

		LocalDate tet = VietnameseLunarCalendar.newYear(year);
		String tetName = TET + " " + VietnameseLunarCalendar.canChi(year);
		LocalDate lastDayOfOldYear = tet.minusDays(1);
		add(holidays, lastDayOfOldYear, tetName + " (" + lastDayLabel(year, lastDayOfOldYear) + ")");
		for (int i = 0; i < 4; i++) {
			add(holidays, tet.plusDays(i), tetName + " (mùng " + (i + 1) + ")");
		}

		add(holidays, VietnameseLunarCalendar.toSolar(year, 3, 10, false), HUNG_KINGS);
		add(holidays, LocalDate.of(year, 4, 30), REUNIFICATION);
		add(holidays, LocalDate.of(year, 5, 1), LABOUR_DAY);
		add(holidays, LocalDate.of(year, 9, 2), NATIONAL_DAY);
		add(holidays, nationalDayAdjacent(year), NATIONAL_DAY_ADJACENT);

		List<SpecialDay> days = new ArrayList<>();
		Map<LocalDate, String> compensatory = new TreeMap<>();
		for (Map.Entry<LocalDate, String> holiday : holidays.entrySet()) {
			days.add(new SpecialDay(holiday.getKey(), DayKind.HOLIDAY, holiday.getValue(), true));
			if (YearSchedule.isWeekend(holiday.getKey())) {
				LocalDate day = holiday.getKey().plusDays(1);
				while (YearSchedule.isWeekend(day) || holidays.containsKey(day) || compensatory.containsKey(day)) {
					day = day.plusDays(1);
				}
				compensatory.put(day, COMPENSATORY_PREFIX + holiday.getValue());
			}
		}
		compensatory.forEach((date, name) -> days.add(new SpecialDay(date, DayKind.COMPENSATORY, name, true)));
		return new YearSchedule(year, CalendarStatus.PROVISIONAL, days);
	}

	private static void add(Map<LocalDate, String> holidays, LocalDate date, String name) {
		holidays.merge(date, name, (existing, added) -> existing + "; " + added);
	}

	/** "29 Tết" or "30 Tết", as the last day of the lunar year is called. */
	private static String lastDayLabel(int year, LocalDate lastDayOfOldYear) {
		if (year == VietnameseLunarCalendar.MIN_YEAR) {
			return "ngày cuối năm âm lịch";
		}
		return VietnameseLunarCalendar.toLunar(lastDayOfOldYear).day() + " Tết";
	}
}
