package org.motcua.calendar;

import static org.motcua.calendar.DayKind.COMPENSATORY;
import static org.motcua.calendar.DayKind.HOLIDAY;
import static org.motcua.calendar.DayKind.SWAPPED_OFF;
import static org.motcua.calendar.DayKind.WORKING_SATURDAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The official days off for civil servants announced for 2024–2026, shipped so that a new
 * installation starts with them (the database is seeded from {@link #shipped()}).
 *
 * <p>Only days that differ from an ordinary Monday–Friday week are listed: weekdays off and
 * Saturdays worked. Weekend days inside a break are ordinary weekend days and are left out,
 * except a statutory holiday falling on a weekend that gave rise to a compensatory day.
 *
 * <p>Sources (see the domain brief §5.3):
 * <ul>
 * <li>2024: Tết per the 2024 notice (sucsongtre.vn); 30/4–1/5 swap per VPCP note 2450/VPCP-KGVX
 * of 12/4/2024; National Day per btv.org.vn;</li>
 * <li>2025: Tết per VPCP 8726/VPCP-KGVX of 26/11/2024; 30/4–1/5 swap and National Day per
 * pld.net.vn;</li>
 * <li>2026: New Year swap per VPCP 12729/VPCP-KGVX of 25/12/2025; Tết per BNV notice
 * 9441/TB-BNV of 16/10/2025; Hùng Kings and 30/4–1/5 per thanhnien.vn of 23/2/2026. The National
 * Day days are the Ministry of Home Affairs' proposal (thanhnien.vn, 2/10/2025) and are not
 * confirmed: they are marked {@linkplain SpecialDay#provisional() provisional}.</li>
 * </ul>
 */
public final class OfficialSchedules {

	private static final List<YearSchedule> SHIPPED = List.of(year2024(), year2025(), year2026());

	private OfficialSchedules() {
	}

	/** The shipped official schedules, one per year, in year order. */
	public static List<YearSchedule> shipped() {
		return SHIPPED;
	}

	/** The shipped official schedule of {@code year}, if there is one. */
	public static Optional<YearSchedule> forYear(int year) {
		return SHIPPED.stream().filter(schedule -> schedule.year() == year).findFirst();
	}

	private static YearSchedule year2024() {
		Days days = new Days(2024);
		days.add(1, 1, HOLIDAY, HolidayRules.NEW_YEAR);
		days.range(2, 8, 2, 9, HOLIDAY, HolidayRules.TET + " Giáp Thìn");
		days.range(2, 12, 2, 14, HOLIDAY, HolidayRules.TET + " Giáp Thìn");
		days.add(4, 18, HOLIDAY, HolidayRules.HUNG_KINGS);
		days.add(4, 29, SWAPPED_OFF, "Nghỉ hoán đổi dịp 30/4 – 1/5 (làm bù thứ Bảy 4/5/2024)");
		days.add(4, 30, HOLIDAY, HolidayRules.REUNIFICATION);
		days.add(5, 1, HOLIDAY, HolidayRules.LABOUR_DAY);
		days.add(5, 4, WORKING_SATURDAY, "Làm bù cho ngày nghỉ 29/4/2024");
		days.add(9, 2, HOLIDAY, HolidayRules.NATIONAL_DAY);
		days.add(9, 3, HOLIDAY, HolidayRules.NATIONAL_DAY_ADJACENT);
		return days.official();
	}

	private static YearSchedule year2025() {
		Days days = new Days(2025);
		days.add(1, 1, HOLIDAY, HolidayRules.NEW_YEAR);
		days.range(1, 27, 1, 31, HOLIDAY, HolidayRules.TET + " Ất Tỵ");
		days.add(4, 7, HOLIDAY, HolidayRules.HUNG_KINGS);
		days.add(4, 26, WORKING_SATURDAY, "Làm bù cho ngày nghỉ 2/5/2025");
		days.add(4, 30, HOLIDAY, HolidayRules.REUNIFICATION);
		days.add(5, 1, HOLIDAY, HolidayRules.LABOUR_DAY);
		days.add(5, 2, SWAPPED_OFF, "Nghỉ hoán đổi dịp 30/4 – 1/5 (làm bù thứ Bảy 26/4/2025)");
		days.add(9, 1, HOLIDAY, HolidayRules.NATIONAL_DAY_ADJACENT);
		days.add(9, 2, HOLIDAY, HolidayRules.NATIONAL_DAY);
		return days.official();
	}

	private static YearSchedule year2026() {
		Days days = new Days(2026);
		days.add(1, 1, HOLIDAY, HolidayRules.NEW_YEAR);
		days.add(1, 2, SWAPPED_OFF, "Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/1/2026)");
		days.add(1, 10, WORKING_SATURDAY, "Làm bù cho ngày nghỉ 2/1/2026");
		days.range(2, 16, 2, 20, HOLIDAY, HolidayRules.TET + " Bính Ngọ");
		days.add(4, 26, HOLIDAY, HolidayRules.HUNG_KINGS);
		days.add(4, 27, COMPENSATORY, HolidayRules.COMPENSATORY_PREFIX + HolidayRules.HUNG_KINGS);
		days.add(4, 30, HOLIDAY, HolidayRules.REUNIFICATION);
		days.add(5, 1, HOLIDAY, HolidayRules.LABOUR_DAY);
		days.provisional();
		days.add(8, 22, WORKING_SATURDAY, "Làm bù cho ngày nghỉ 31/8/2026");
		days.add(8, 31, SWAPPED_OFF, "Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/8/2026)");
		days.add(9, 1, HOLIDAY, HolidayRules.NATIONAL_DAY_ADJACENT);
		days.add(9, 2, HOLIDAY, HolidayRules.NATIONAL_DAY);
		return days.official();
	}

	private static final class Days {

		private final int year;

		private final List<SpecialDay> days = new ArrayList<>();

		private boolean provisional;

		Days(int year) {
			this.year = year;
		}

		/** Days added from now on are not yet confirmed. */
		void provisional() {
			provisional = true;
		}

		void add(int month, int day, DayKind kind, String name) {
			days.add(new SpecialDay(LocalDate.of(year, month, day), kind, name, provisional));
		}

		void range(int fromMonth, int fromDay, int toMonth, int toDay, DayKind kind, String name) {
			LocalDate to = LocalDate.of(year, toMonth, toDay);
			for (LocalDate date = LocalDate.of(year, fromMonth, fromDay); !date.isAfter(to); date = date.plusDays(1)) {
				days.add(new SpecialDay(date, kind, name, provisional));
			}
		}

		YearSchedule official() {
			return new YearSchedule(year, CalendarStatus.OFFICIAL, days);
		}
	}
}
