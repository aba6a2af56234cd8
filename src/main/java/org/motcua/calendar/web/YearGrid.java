package org.motcua.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.motcua.calendar.DayKind;
import org.motcua.calendar.LunarDate;
import org.motcua.calendar.SpecialDay;
import org.motcua.calendar.VietnameseLunarCalendar;
import org.motcua.calendar.YearSchedule;

/**
 * The twelve month grids of a year for the year view, weeks from Monday to Sunday as Vietnamese calendars
 * print them, each day with its lunar date and why it differs from an ordinary week.
 */
final class YearGrid {

	private YearGrid() {
	}

	/** One month: its weeks, each of seven cells (empty cells pad the first and last week). */
	record Month(int month, List<List<Cell>> weeks) {
	}

	/**
	 * One day of the grid.
	 *
	 * @param date the date, or {@code null} for a padding cell
	 * @param lunarDay the lunar day of the month
	 * @param lunarMonth the lunar month, shown on the first lunar day and on the first of the solar month
	 * @param leapMonth whether the lunar month is a leap month
	 * @param showLunarMonth whether to show the lunar month with the day
	 * @param classes CSS classes: weekend, the special day's kind, provisional, today
	 * @param special the special day, if any
	 */
	record Cell(@Nullable LocalDate date, int lunarDay, int lunarMonth, boolean leapMonth, boolean showLunarMonth, String classes,
			@Nullable SpecialDay special) {

		static final Cell EMPTY = new Cell(null, 0, 0, false, false, "pad", null);

		public int day() {
			return date == null ? 0 : date.getDayOfMonth();
		}

		public String iso() {
			return date == null ? "" : date.toString();
		}
	}

	static List<Month> of(YearSchedule schedule, LocalDate today) {
		Map<LocalDate, SpecialDay> special = new HashMap<>();
		schedule.days().forEach(day -> special.put(day.date(), day));
		List<Month> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			YearMonth month = YearMonth.of(schedule.year(), m);
			List<List<Cell>> weeks = new ArrayList<>();
			List<Cell> week = new ArrayList<>();
			for (int pad = 1; pad < month.atDay(1).getDayOfWeek().getValue(); pad++) {
				week.add(Cell.EMPTY);
			}
			for (int d = 1; d <= month.lengthOfMonth(); d++) {
				LocalDate date = month.atDay(d);
				week.add(cell(date, special.get(date), today));
				if (week.size() == 7) {
					weeks.add(week);
					week = new ArrayList<>();
				}
			}
			if (!week.isEmpty()) {
				while (week.size() < 7) {
					week.add(Cell.EMPTY);
				}
				weeks.add(week);
			}
			months.add(new Month(m, weeks));
		}
		return months;
	}

	private static Cell cell(LocalDate date, @Nullable SpecialDay special, LocalDate today) {
		LunarDate lunar = lunar(date);
		StringBuilder classes = new StringBuilder("day");
		DayOfWeek dow = date.getDayOfWeek();
		if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
			classes.append(" weekend");
		}
		if (special != null) {
			classes.append(' ').append(cssClass(special.kind()));
			if (special.provisional()) {
				classes.append(" provisional");
			}
		}
		if (date.equals(today)) {
			classes.append(" today");
		}
		int lunarDay = lunar == null ? 0 : lunar.day();
		return new Cell(date, lunarDay, lunar == null ? 0 : lunar.month(), lunar != null && lunar.leapMonth(),
				lunar != null && (lunarDay == 1 || date.getDayOfMonth() == 1), classes.toString(), special);
	}

	static String cssClass(DayKind kind) {
		return switch (kind) {
			case HOLIDAY -> "holiday";
			case COMPENSATORY -> "compensatory";
			case SWAPPED_OFF -> "swapped-off";
			case WORKING_SATURDAY -> "working-saturday";
		};
	}

	/** The lunar date, or {@code null} before Tết 1900 where the lunar calendar does not reach. */
	private static @Nullable LunarDate lunar(LocalDate date) {
		try {
			return VietnameseLunarCalendar.toLunar(date);
		}
		catch (IllegalArgumentException beforeTet1900) {
			return null;
		}
	}
}
