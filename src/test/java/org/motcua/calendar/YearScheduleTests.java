package org.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearScheduleTests {

	@Test
	void sortsItsDaysByDate() {
		YearSchedule year = new YearSchedule(2027, CalendarStatus.OFFICIAL,
				List.of(day("2027-09-02", DayKind.HOLIDAY), day("2027-01-01", DayKind.HOLIDAY)));

		assertThat(year.days()).extracting(SpecialDay::date)
			.containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 9, 2));
	}

	@Test
	void treatsUnlistedWeekdaysAsWorkingAndUnlistedWeekendsAsDaysOff() {
		YearSchedule year = new YearSchedule(2027, CalendarStatus.OFFICIAL,
				List.of(day("2027-01-01", DayKind.HOLIDAY), day("2027-01-09", DayKind.WORKING_SATURDAY)));

		assertThat(year.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
		assertThat(year.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
		assertThat(year.isWorkingDay(LocalDate.of(2027, 1, 9))).isTrue();
		assertThat(year.isWorkingDay(LocalDate.of(2027, 1, 10))).isFalse();
	}

	@Test
	void rejectsADayOutsideItsYear() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new YearSchedule(2027, CalendarStatus.OFFICIAL, List.of(day("2028-01-03", DayKind.HOLIDAY))))
			.withMessageContaining("not in 2027");
	}

	@Test
	void rejectsTwoDaysOnOneDate() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new YearSchedule(2027, CalendarStatus.OFFICIAL,
					List.of(day("2027-01-01", DayKind.HOLIDAY), day("2027-01-01", DayKind.SWAPPED_OFF))))
			.withMessageContaining("More than one");
	}

	@Test
	void rejectsAWorkingSaturdayOnAWeekday() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new YearSchedule(2027, CalendarStatus.OFFICIAL, List.of(day("2027-01-08", DayKind.WORKING_SATURDAY))));
	}

	@Test
	void rejectsACompensatoryOrSwappedDayOnAWeekend() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new YearSchedule(2027, CalendarStatus.OFFICIAL, List.of(day("2027-01-09", DayKind.COMPENSATORY))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new YearSchedule(2027, CalendarStatus.OFFICIAL, List.of(day("2027-01-10", DayKind.SWAPPED_OFF))));
	}

	@Test
	void requiresANameForEveryDay() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SpecialDay(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, " "));
	}

	private static SpecialDay day(String date, DayKind kind) {
		return new SpecialDay(LocalDate.parse(date), kind, "Ngày thử");
	}
}
