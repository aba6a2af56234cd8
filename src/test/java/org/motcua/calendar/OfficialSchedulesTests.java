package org.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficialSchedulesTests {

	private final WorkingCalendar calendar = WorkingCalendar.standard();

	@ParameterizedTest(name = "{0}: working {1}, listed as {2}")
	@CsvSource(nullValues = "-", value = {
			// 2024
			"2024-01-01, false, HOLIDAY", "2024-01-02, true, -",
			"2024-02-07, true, -", "2024-02-08, false, HOLIDAY", "2024-02-09, false, HOLIDAY",
			"2024-02-10, false, -", "2024-02-11, false, -", "2024-02-12, false, HOLIDAY",
			"2024-02-13, false, HOLIDAY", "2024-02-14, false, HOLIDAY", "2024-02-15, true, -",
			"2024-04-18, false, HOLIDAY", "2024-04-27, false, -", "2024-04-29, false, SWAPPED_OFF",
			"2024-04-30, false, HOLIDAY", "2024-05-01, false, HOLIDAY", "2024-05-02, true, -",
			"2024-05-04, true, WORKING_SATURDAY", "2024-05-11, false, -",
			"2024-08-30, true, -", "2024-08-31, false, -", "2024-09-02, false, HOLIDAY",
			"2024-09-03, false, HOLIDAY", "2024-09-04, true, -",
			// 2025
			"2025-01-01, false, HOLIDAY", "2025-01-24, true, -", "2025-01-27, false, HOLIDAY",
			"2025-01-29, false, HOLIDAY", "2025-01-31, false, HOLIDAY", "2025-02-03, true, -",
			"2025-04-07, false, HOLIDAY", "2025-04-26, true, WORKING_SATURDAY", "2025-04-29, true, -",
			"2025-04-30, false, HOLIDAY", "2025-05-01, false, HOLIDAY", "2025-05-02, false, SWAPPED_OFF",
			"2025-05-05, true, -", "2025-09-01, false, HOLIDAY", "2025-09-02, false, HOLIDAY",
			"2025-09-03, true, -",
			// 2026
			"2026-01-01, false, HOLIDAY", "2026-01-02, false, SWAPPED_OFF", "2026-01-05, true, -",
			"2026-01-10, true, WORKING_SATURDAY", "2026-01-17, false, -", "2026-02-13, true, -",
			"2026-02-16, false, HOLIDAY", "2026-02-17, false, HOLIDAY", "2026-02-20, false, HOLIDAY",
			"2026-02-23, true, -", "2026-04-26, false, HOLIDAY", "2026-04-27, false, COMPENSATORY",
			"2026-04-28, true, -", "2026-04-30, false, HOLIDAY", "2026-05-01, false, HOLIDAY",
			"2026-05-04, true, -", "2026-08-22, true, WORKING_SATURDAY", "2026-08-31, false, SWAPPED_OFF",
			"2026-09-01, false, HOLIDAY", "2026-09-02, false, HOLIDAY", "2026-09-03, true, -" })
	void followsTheOfficialSchedule(LocalDate date, boolean working, @Nullable DayKind kind) {
		assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
		assertThat(calendar.year(date.getYear()).day(date).map(SpecialDay::kind).orElse(null)).isEqualTo(kind);
	}

	@Test
	void shipsOfficialSchedulesFor2024To2026() {
		assertThat(OfficialSchedules.shipped()).extracting(YearSchedule::year).containsExactly(2024, 2025, 2026);
		assertThat(OfficialSchedules.shipped()).extracting(YearSchedule::status).containsOnly(CalendarStatus.OFFICIAL);
		assertThat(OfficialSchedules.forYear(2027)).isEmpty();
	}

	@Test
	void listsElevenHolidayDaysInEveryOfficialYear() {
		for (YearSchedule year : OfficialSchedules.shipped()) {
			assertThat(year.days().stream().filter(day -> day.kind() == DayKind.HOLIDAY)).as("holidays of %d", year.year())
				.hasSize(11);
		}
	}

	@Test
	void balancesEverySwappedDayOffWithAWorkingSaturday() {
		for (YearSchedule year : OfficialSchedules.shipped()) {
			long off = year.days().stream().filter(day -> day.kind() == DayKind.SWAPPED_OFF).count();
			long worked = year.days().stream().filter(day -> day.kind() == DayKind.WORKING_SATURDAY).count();
			assertThat(off).as("swaps of %d", year.year()).isEqualTo(worked).isPositive();
		}
	}

	@Test
	void marksOnlyThe2026NationalDayDaysAsUnconfirmed() {
		List<LocalDate> unconfirmed = OfficialSchedules.shipped()
			.stream()
			.flatMap(year -> year.days().stream())
			.filter(SpecialDay::provisional)
			.map(SpecialDay::date)
			.toList();

		assertThat(unconfirmed).containsExactly(LocalDate.of(2026, 8, 22), LocalDate.of(2026, 8, 31),
				LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2));
	}

	@Test
	void namesTetAfterTheLunarYear() {
		for (YearSchedule year : OfficialSchedules.shipped()) {
			LocalDate tet = VietnameseLunarCalendar.newYear(year.year());
			LocalDate firstTetDayOff = year.days()
				.stream()
				.filter(day -> day.date().isAfter(tet.minusDays(5)) && day.kind() == DayKind.HOLIDAY)
				.findFirst()
				.orElseThrow()
				.date();
			assertThat(year.day(firstTetDayOff).orElseThrow().name())
				.isEqualTo("Tết Nguyên đán " + VietnameseLunarCalendar.canChi(year.year()));
		}
	}

	@Test
	void makesShippedYearsOfficialAndOthersProvisional() {
		assertThat(calendar.status(2024)).isEqualTo(CalendarStatus.OFFICIAL);
		assertThat(calendar.status(2025)).isEqualTo(CalendarStatus.OFFICIAL);
		assertThat(calendar.status(2026)).isEqualTo(CalendarStatus.OFFICIAL);
		assertThat(calendar.status(2023)).isEqualTo(CalendarStatus.PROVISIONAL);
		assertThat(calendar.status(2027)).isEqualTo(CalendarStatus.PROVISIONAL);
		assertThat(calendar.year(2027)).isEqualTo(HolidayRules.provisional(2027));
	}
}
