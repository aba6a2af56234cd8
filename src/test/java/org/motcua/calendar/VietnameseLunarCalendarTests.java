package org.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseLunarCalendarTests {

	@ParameterizedTest(name = "Tết {0} falls on {1}")
	@CsvSource({ "1968, 1968-01-29", "1985, 1985-01-21", "1990, 1990-01-27", "1995, 1995-01-31", "1999, 1999-02-16",
			"2000, 2000-02-05", "2001, 2001-01-24", "2002, 2002-02-12", "2003, 2003-02-01", "2004, 2004-01-22",
			"2005, 2005-02-09", "2006, 2006-01-29", "2007, 2007-02-17", "2008, 2008-02-07", "2009, 2009-01-26",
			"2010, 2010-02-14", "2011, 2011-02-03", "2012, 2012-01-23", "2013, 2013-02-10", "2014, 2014-01-31",
			"2015, 2015-02-19", "2016, 2016-02-08", "2017, 2017-01-28", "2018, 2018-02-16", "2019, 2019-02-05",
			"2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01", "2023, 2023-01-22", "2024, 2024-02-10",
			"2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06", "2028, 2028-01-26", "2029, 2029-02-13" })
	void placesTetOnTheVietnameseDate(int year, LocalDate tet) {
		assertThat(VietnameseLunarCalendar.newYear(year)).isEqualTo(tet);
		assertThat(VietnameseLunarCalendar.toLunar(tet)).isEqualTo(new LunarDate(year, 1, 1, false));
		assertThat(VietnameseLunarCalendar.toLunar(tet.minusDays(1)).year()).isEqualTo(year - 1);
		assertThat(VietnameseLunarCalendar.toSolar(year, 1, 1, false)).isEqualTo(tet);
	}

	@ParameterizedTest(name = "Tết {0}: Viet Nam {1}, China {2}")
	@CsvSource({ "1985, 1985-01-21, 1985-02-20", "2007, 2007-02-17, 2007-02-18" })
	void followsTheUtcPlus7MeridianWhereVietnamAndChinaDiffer(int year, LocalDate vietnam, LocalDate china) {
		assertThat(VietnameseLunarCalendar.newYear(year)).isEqualTo(vietnam);
		assertThat(chineseNewYear(year)).isEqualTo(china);
	}

	@Test
	void putsTheLeapMonthOf1985InTheSecondMonthWhereChinaHadItInTheTenthOf1984() {
		assertThat(VietnameseLunarCalendar.leapMonth(1984)).isEmpty();
		assertThat(VietnameseLunarCalendar.leapMonth(1985)).isEqualTo(OptionalInt.of(2));
		assertThat(VietnameseLunarCalendar.toSolar(1985, 2, 1, true)).isEqualTo(LocalDate.of(1985, 3, 21));
	}

	@ParameterizedTest(name = "lunar year {0} repeats month {1}, from {2}")
	@CsvSource({ "2006, 7, 2006-08-24", "2012, 4, 2012-05-21", "2014, 9, 2014-10-24", "2017, 6, 2017-07-23",
			"2020, 4, 2020-05-23", "2023, 2, 2023-03-22", "2025, 6, 2025-07-25", "2028, 5, 2028-06-23" })
	void findsTheLeapMonth(int year, int month, LocalDate firstDay) {
		assertThat(VietnameseLunarCalendar.leapMonth(year)).isEqualTo(OptionalInt.of(month));
		assertThat(VietnameseLunarCalendar.toLunar(firstDay)).isEqualTo(new LunarDate(year, month, 1, true));
		assertThat(VietnameseLunarCalendar.toLunar(firstDay.minusDays(1)))
			.satisfies(day -> assertThat(day.month()).isEqualTo(month))
			.satisfies(day -> assertThat(day.leapMonth()).isFalse());
		assertThat(VietnameseLunarCalendar.toSolar(year, month, 1, true)).isEqualTo(firstDay);
	}

	@ParameterizedTest(name = "lunar year {0} has no leap month")
	@CsvSource({ "2021", "2022", "2024", "2026", "2027" })
	void knowsYearsWithoutLeapMonth(int year) {
		assertThat(VietnameseLunarCalendar.leapMonth(year)).isEmpty();
	}

	@ParameterizedTest(name = "10/3 of {0} is {1}")
	@CsvSource({ "2023, 2023-04-29", "2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26" })
	void convertsHungKingsDayOutOfALeapSecondMonth(int year, LocalDate date) {
		assertThat(VietnameseLunarCalendar.toSolar(year, 3, 10, false)).isEqualTo(date);
	}

	@Test
	void startsTheLeapEighthMonthOf1995OnTheDayOfTheNewMoonAtUtcPlus7() {
		// New moon at 23:55 on 24 September 1995 (UTC+7); ICU's own astronomy puts it after midnight.
		assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(1995, 9, 24))).isEqualTo(new LunarDate(1995, 8, 1, true));
		assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(1995, 9, 23))).isEqualTo(new LunarDate(1995, 8, 29, false));
	}

	@Test
	void knowsWhetherTheLastDayOfTheYearIsThe29thOr30th() {
		assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2026, 2, 16))).isEqualTo(new LunarDate(2025, 12, 29, false));
		assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2024, 2, 9))).isEqualTo(new LunarDate(2023, 12, 30, false));
	}

	@Test
	void convertsEveryDayOfTheSupportedRangeBothWaysWithMonthsOf29Or30Days() {
		LocalDate first = VietnameseLunarCalendar.newYear(VietnameseLunarCalendar.MIN_YEAR);
		LocalDate last = LocalDate.of(VietnameseLunarCalendar.MAX_YEAR, 12, 31);
		LunarDate previous = VietnameseLunarCalendar.toLunar(first);
		assertThat(previous).isEqualTo(new LunarDate(1900, 1, 1, false));
		int monthLength = 1;
		for (LocalDate date = first.plusDays(1); !date.isAfter(last); date = date.plusDays(1)) {
			LunarDate lunar = VietnameseLunarCalendar.toLunar(date);
			assertThat(VietnameseLunarCalendar.toSolar(lunar)).isEqualTo(date);
			if (lunar.day() == 1) {
				assertThat(monthLength).as("length of the month before %s", date).isBetween(29, 30);
				assertThat(lunar.year() == previous.year() || lunar.year() == previous.year() + 1).isTrue();
				monthLength = 1;
			}
			else {
				assertThat(lunar).isEqualTo(new LunarDate(previous.year(), previous.month(), previous.day() + 1,
						previous.leapMonth()));
				monthLength++;
			}
			previous = lunar;
		}
	}

	@Test
	void rejectsALeapMonthTheYearDoesNotHave() {
		assertThatIllegalArgumentException().isThrownBy(() -> VietnameseLunarCalendar.toSolar(2024, 3, 1, true))
			.withMessageContaining("no leap month 3");
	}

	@Test
	void rejectsTheThirtiethOfA29DayMonth() {
		assertThatIllegalArgumentException().isThrownBy(() -> VietnameseLunarCalendar.toSolar(2025, 12, 30, false))
			.withMessageContaining("29 days");
	}

	@Test
	void rejectsDatesOutsideTheSupportedRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> VietnameseLunarCalendar.toLunar(LocalDate.of(1900, 1, 30)));
		assertThatIllegalArgumentException().isThrownBy(() -> VietnameseLunarCalendar.toLunar(LocalDate.of(2200, 1, 1)));
		assertThatIllegalArgumentException().isThrownBy(() -> VietnameseLunarCalendar.newYear(2200));
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "1945, Ất Dậu", "1968, Mậu Thân", "1975, Ất Mão", "1984, Giáp Tý", "1985, Ất Sửu", "2000, Canh Thìn",
			"2023, Quý Mão", "2024, Giáp Thìn", "2025, Ất Tỵ", "2026, Bính Ngọ", "2027, Đinh Mùi", "2031, Tân Hợi" })
	void namesTheYearInVietnamese(int year, String name) {
		assertThat(VietnameseLunarCalendar.canChi(year)).isEqualTo(Normalizer.normalize(name, Normalizer.Form.NFC));
		assertThat(new LunarDate(year, 1, 1, false).canChi()).isEqualTo(VietnameseLunarCalendar.canChi(year));
	}

	@Test
	void namesRepeatEverySixtyYearsAndAreDistinctWithinACycleInComposedUnicode() {
		Set<String> names = new HashSet<>();
		for (int year = 1984; year < 2044; year++) {
			String name = VietnameseLunarCalendar.canChi(year);
			assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).isTrue();
			assertThat(VietnameseLunarCalendar.canChi(year + 60)).isEqualTo(name);
			names.add(name);
		}
		assertThat(names).hasSize(60);
	}

	private static LocalDate chineseNewYear(int year) {
		ChineseCalendar chinese = new ChineseCalendar(TimeZone.GMT_ZONE);
		chinese.setTimeInMillis(LocalDate.of(year, 3, 1).toEpochDay() * 86_400_000L);
		int extendedYear = chinese.get(Calendar.EXTENDED_YEAR);
		chinese.clear();
		chinese.set(Calendar.EXTENDED_YEAR, extendedYear);
		chinese.set(Calendar.MONTH, 0);
		chinese.set(Calendar.IS_LEAP_MONTH, 0);
		chinese.set(Calendar.DAY_OF_MONTH, 1);
		return LocalDate.ofEpochDay(Math.floorDiv(chinese.getTimeInMillis(), 86_400_000L));
	}
}
