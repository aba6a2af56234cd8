package org.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayRulesTests {

	@Test
	void generatesTheLastDayOfTheLunarYearAndTheFirstFourDaysOfTetAsProvisionalHolidays() {
		YearSchedule year = HolidayRules.provisional(2026);

		assertThat(year.status()).isEqualTo(CalendarStatus.PROVISIONAL);
		assertThat(holidays(year)).containsSubsequence(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17),
				LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20));
		assertThat(year.day(LocalDate.of(2026, 2, 16)).orElseThrow().name()).isEqualTo("Tết Nguyên đán Bính Ngọ (29 Tết)");
		assertThat(year.day(LocalDate.of(2026, 2, 17)).orElseThrow().name()).isEqualTo("Tết Nguyên đán Bính Ngọ (mùng 1)");
		assertThat(year.days()).allMatch(SpecialDay::provisional);
	}

	@Test
	void givesElevenHolidayDaysAYearAsLabourCodeArticle112Requires() {
		for (int year = 1990; year <= 2100; year++) {
			assertThat(holidays(HolidayRules.provisional(year))).as("holidays of %d", year).hasSize(11);
		}
	}

	@Test
	void listsTwoHolidaysFallingOnTheSameDateOnceWithBothNames() {
		YearSchedule year = HolidayRules.provisional(1947);

		assertThat(holidays(year)).hasSize(10);
		assertThat(year.day(LocalDate.of(1947, 4, 30)).orElseThrow().name())
			.isEqualTo(HolidayRules.HUNG_KINGS + "; " + HolidayRules.REUNIFICATION);
	}

	@ParameterizedTest(name = "2/9/{0} ({1}) comes with {2}")
	@CsvSource({ "2024, MONDAY, 2024-09-03", "2025, TUESDAY, 2025-09-01", "2026, WEDNESDAY, 2026-09-01",
			"2021, THURSDAY, 2021-09-03", "2022, FRIDAY, 2022-09-01", "2023, SATURDAY, 2023-09-01",
			"2029, SUNDAY, 2029-09-03" })
	void choosesTheNationalDayNeighbourThatFallsOnAWeekdayAndJoinsTheWeekend(int year, String dayOfWeek,
			LocalDate adjacent) {
		assertThat(LocalDate.of(year, 9, 2).getDayOfWeek().name()).isEqualTo(dayOfWeek);
		assertThat(HolidayRules.provisional(year).day(adjacent).orElseThrow())
			.isEqualTo(new SpecialDay(adjacent, DayKind.HOLIDAY, HolidayRules.NATIONAL_DAY_ADJACENT, true));
	}

	@ParameterizedTest(name = "{0} ({1}) is compensated on {2}")
	@CsvSource({ "2022-01-01, Tết Dương lịch, 2022-01-03", "2022-04-30, 'Ngày Giải phóng miền Nam, thống nhất đất nước', 2022-05-02",
			"2022-05-01, Ngày Quốc tế Lao động, 2022-05-03", "2023-01-01, Tết Dương lịch, 2023-01-02",
			"2023-09-02, Quốc khánh, 2023-09-04", "2029-09-02, Quốc khánh, 2029-09-04",
			"2026-04-26, Giỗ Tổ Hùng Vương, 2026-04-27" })
	void compensatesAHolidayOnAWeekendOnTheNextWorkingDay(LocalDate holiday, String name, LocalDate compensatory) {
		YearSchedule year = HolidayRules.provisional(holiday.getYear());

		assertThat(year.day(holiday).orElseThrow().kind()).isEqualTo(DayKind.HOLIDAY);
		assertThat(year.day(compensatory).orElseThrow())
			.isEqualTo(new SpecialDay(compensatory, DayKind.COMPENSATORY, "Nghỉ bù " + name, true));
		assertThat(year.isWorkingDay(compensatory)).isFalse();
	}

	@Test
	void compensatesTetDaysOnAWeekendAfterTheBreak() {
		YearSchedule year = HolidayRules.provisional(2024);

		assertThat(holidays(year)).contains(LocalDate.of(2024, 2, 9), LocalDate.of(2024, 2, 13));
		assertThat(compensatory(year)).containsExactly(LocalDate.of(2024, 2, 14), LocalDate.of(2024, 2, 15));
	}

	@Test
	void agreesWithThe2026OfficialScheduleExceptForTheSwappedDays() {
		YearSchedule rules = HolidayRules.provisional(2026);
		YearSchedule official = OfficialSchedules.forYear(2026).orElseThrow();

		Set<LocalDate> officialDaysOff = official.days()
			.stream()
			.filter(day -> day.kind() == DayKind.HOLIDAY || day.kind() == DayKind.COMPENSATORY)
			.map(SpecialDay::date)
			.collect(Collectors.toSet());
		Set<LocalDate> ruleDaysOff = rules.days().stream().map(SpecialDay::date).collect(Collectors.toSet());
		assertThat(ruleDaysOff).isEqualTo(officialDaysOff);
	}

	@Test
	void returnsTheSameScheduleOnEveryCall() {
		assertThat(HolidayRules.provisional(2031)).isSameAs(HolidayRules.provisional(2031));
	}

	private static List<LocalDate> holidays(YearSchedule year) {
		return year.days().stream().filter(day -> day.kind() == DayKind.HOLIDAY).map(SpecialDay::date).toList();
	}

	private static List<LocalDate> compensatory(YearSchedule year) {
		return year.days().stream().filter(day -> day.kind() == DayKind.COMPENSATORY).map(SpecialDay::date).toList();
	}
}
