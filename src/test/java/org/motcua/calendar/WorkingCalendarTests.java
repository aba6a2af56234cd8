package org.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.motcua.calendar.DurationUnit.CALENDAR_DAYS;
import static org.motcua.calendar.DurationUnit.MONTHS;
import static org.motcua.calendar.DurationUnit.WORKING_DAYS;
import static org.motcua.calendar.DurationUnit.WORKING_HOURS;
import static org.motcua.calendar.LocalTimes.at;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTests {

	private final WorkingCalendar calendar = WorkingCalendar.standard();

	private Instant due(String start, String amount, DurationUnit unit) {
		return calendar.due(at(start), new BigDecimal(amount), unit).due();
	}

	@Nested
	class WorkingDays {

		@Test
		void computesDeadlineSkippingTetHoliday() {
			assertThat(due("2026-02-10T10:00", "20", WORKING_DAYS)).isEqualTo(at("2026-03-17T10:00"));
		}

		@Test
		void endsAtTheSameWorkingTimeOnTheNthFollowingWorkingDay() {
			assertThat(due("2026-03-06T10:00", "2", WORKING_DAYS)).isEqualTo(at("2026-03-10T10:00"));
		}

		@Test
		void countsAWorkingSaturday() {
			assertThat(due("2026-01-09T10:00", "1", WORKING_DAYS)).isEqualTo(at("2026-01-10T10:00"));
		}

		@Test
		void skipsHolidaysAndTheSwappedDayOff() {
			assertThat(due("2025-04-29T09:00", "1", WORKING_DAYS)).isEqualTo(at("2025-05-05T09:00"));
		}

		@Test
		void endsAtTheCloseOfTheLastDayWhenStartedAtTheOpening() {
			assertThat(due("2026-03-02T07:30", "1", WORKING_DAYS)).isEqualTo(at("2026-03-02T17:00"));
			assertThat(due("2026-03-06T07:30", "2", WORKING_DAYS)).isEqualTo(at("2026-03-09T17:00"));
		}

		@Test
		void countsFromTheNextSessionWhenReceivedOutsideWorkingHours() {
			Deadline deadline = calendar.due(at("2026-03-07T09:00"), BigDecimal.ONE, WORKING_DAYS);

			assertThat(deadline.from()).isEqualTo(at("2026-03-07T09:00"));
			assertThat(deadline.effectiveStart()).isEqualTo(at("2026-03-09T07:30"));
			assertThat(deadline.due()).isEqualTo(at("2026-03-09T17:00"));
			assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 3, 9));
		}

		@Test
		void walksHalfADayAsHalfTheDaysWorkingTime() {
			assertThat(due("2026-03-02T07:30", "0.5", WORKING_DAYS)).isEqualTo(at("2026-03-02T11:15"));
			assertThat(due("2026-03-02T08:00", "0.5", WORKING_DAYS)).isEqualTo(at("2026-03-02T13:45"));
			assertThat(due("2026-03-02T10:00", "0.5", WORKING_DAYS)).isEqualTo(at("2026-03-02T15:45"));
			assertThat(due("2026-03-06T10:00", "2.5", WORKING_DAYS)).isEqualTo(at("2026-03-10T15:45"));
			assertThat(due("2026-03-02T16:00", "0.5", WORKING_DAYS)).isEqualTo(at("2026-03-03T10:15"));
		}

		@Test
		void acceptsSectoralHalfDayLimits() {
			assertThat(due("2026-03-02T10:00", "17.5", WORKING_DAYS)).isEqualTo(at("2026-03-25T15:45"));
		}

		@ParameterizedTest(name = "{0} working days")
		@CsvSource({ "0.3", "1.25", "0.001" })
		void rejectsFractionsOtherThanHalves(String amount) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> calendar.due(at("2026-03-02T10:00"), new BigDecimal(amount), WORKING_DAYS))
				.withMessageContaining("multiple of 0.5");
		}

		@Test
		void acceptsHalvesWrittenWithTrailingZeros() {
			assertThat(due("2026-03-02T08:00", "0.50", WORKING_DAYS)).isEqualTo(at("2026-03-02T13:45"));
			assertThat(due("2026-03-02T08:00", "1.0", WORKING_DAYS)).isEqualTo(at("2026-03-03T08:00"));
		}

		@Test
		void entersAProvisionalYear() {
			// 2027: Tết on Saturday 6 February; rules give 5, 8, 9 February off plus compensatory 10 and 11.
			assertThat(due("2027-02-04T10:00", "2", WORKING_DAYS)).isEqualTo(at("2027-02-15T10:00"));
		}

		@Test
		void crossesTheYearEnd() {
			// 1 January is a holiday, Friday 2 January swapped off for Saturday 10 January.
			assertThat(due("2025-12-31T10:00", "1", WORKING_DAYS)).isEqualTo(at("2026-01-05T10:00"));
			assertThat(due("2025-12-31T10:00", "2", WORKING_DAYS)).isEqualTo(at("2026-01-06T10:00"));
		}
	}

	@Nested
	class WorkingHours {

		@Test
		void walksThroughTheLunchBreak() {
			assertThat(due("2026-03-02T10:30", "1.5", WORKING_HOURS)).isEqualTo(at("2026-03-02T14:00"));
		}

		@Test
		void endsAtTheSessionEndRatherThanTheNextSessionStart() {
			assertThat(due("2026-03-02T07:30", "4", WORKING_HOURS)).isEqualTo(at("2026-03-02T11:30"));
			assertThat(due("2026-03-02T07:30", "7.5", WORKING_HOURS)).isEqualTo(at("2026-03-02T17:00"));
		}

		@Test
		void continuesOnTheNextWorkingDay() {
			assertThat(due("2026-03-02T10:00", "8", WORKING_HOURS)).isEqualTo(at("2026-03-03T10:30"));
		}

		@Test
		void skipsTet() {
			assertThat(due("2026-02-13T16:00", "2", WORKING_HOURS)).isEqualTo(at("2026-02-23T08:30"));
		}

		@Test
		void acceptsMinutesAsDecimalHours() {
			assertThat(due("2026-03-02T10:00", "0.25", WORKING_HOURS)).isEqualTo(at("2026-03-02T10:15"));
		}
	}

	@Nested
	class CalendarDays {

		@Test
		void startsCountingTheNextDayAndEndsAtMidnightOfTheLastDay() {
			assertThat(due("2026-03-02T10:00", "10", CALENDAR_DAYS)).isEqualTo(at("2026-03-12T23:59:59.999999999"));
		}

		@Test
		void movesToTheEndOfTheNextWorkingDayWhenTheLastDayIsAWeekend() {
			assertThat(due("2026-03-02T10:00", "6", CALENDAR_DAYS)).isEqualTo(at("2026-03-09T23:59:59.999999999"));
		}

		@Test
		void movesPastTheTetBreakWhenTheLastDayFallsInIt() {
			assertThat(due("2026-02-10T10:00", "5", CALENDAR_DAYS)).isEqualTo(at("2026-02-23T23:59:59.999999999"));
		}

		@Test
		void rejectsFractions() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> calendar.due(at("2026-03-02T10:00"), new BigDecimal("1.5"), CALENDAR_DAYS))
				.withMessageContaining("whole number");
		}
	}

	@Nested
	class Months {

		@Test
		void endsOnTheCorrespondingDayOfTheLastMonth() {
			assertThat(due("2026-03-16T10:00", "1", MONTHS)).isEqualTo(at("2026-04-16T23:59:59.999999999"));
		}

		@Test
		void endsOnTheLastDayOfAShorterMonthThenMovesToAWorkingDay() {
			// 30 January + 1 month → 28 February 2026, a Saturday → Monday 2 March.
			assertThat(due("2026-01-30T10:00", "1", MONTHS)).isEqualTo(at("2026-03-02T23:59:59.999999999"));
		}

		@Test
		void movesPastAHolidayAndItsCompensatoryDay() {
			// 26 April 2026 is Hùng Kings' day on a Sunday, 27 April its compensatory day.
			assertThat(due("2026-03-26T10:00", "1", MONTHS)).isEqualTo(at("2026-04-28T23:59:59.999999999"));
		}

		@Test
		void rejectsFractions() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> calendar.due(at("2026-03-02T10:00"), new BigDecimal("0.5"), MONTHS));
		}
	}

	@Nested
	class Amounts {

		@Test
		void dueImmediatelyForAZeroAmount() {
			assertThat(due("2026-03-07T09:00", "0", WORKING_DAYS)).isEqualTo(at("2026-03-09T07:30"));
			assertThat(due("2026-03-02T10:00", "0", WORKING_HOURS)).isEqualTo(at("2026-03-02T10:00"));
		}

		@Test
		void rejectsNegativeAmounts() {
			for (DurationUnit unit : DurationUnit.values()) {
				assertThatIllegalArgumentException()
					.isThrownBy(() -> calendar.due(at("2026-03-02T10:00"), new BigDecimal("-1"), unit))
					.withMessageContaining("negative");
			}
		}

		@Test
		void rejectsADueBeyondTheSupportedYears() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> calendar.due(at("2199-12-01T10:00"), BigDecimal.valueOf(40), WORKING_DAYS))
				.withMessageContaining("2199");
		}
	}

	@Nested
	class EffectiveStart {

		@ParameterizedTest(name = "received {0} → clock starts {1}")
		@CsvSource({ "2026-03-02T10:00, 2026-03-02T10:00", "2026-03-02T06:00, 2026-03-02T07:30",
				"2026-03-02T07:30, 2026-03-02T07:30", "2026-03-02T11:30, 2026-03-02T13:30",
				"2026-03-02T12:15, 2026-03-02T13:30", "2026-03-02T16:59:59, 2026-03-02T16:59:59",
				"2026-03-02T17:00, 2026-03-03T07:30", "2026-03-06T20:00, 2026-03-09T07:30",
				"2026-03-07T10:00, 2026-03-09T07:30", "2026-02-13T17:30, 2026-02-23T07:30",
				"2026-02-17T09:00, 2026-02-23T07:30", "2026-01-10T08:00, 2026-01-10T08:00" })
		void startsTheClockAtTheNextWorkingSession(String received, String expected) {
			assertThat(calendar.effectiveStart(at(received))).isEqualTo(at(expected));
		}
	}

	@Nested
	class CutOff {

		private final WorkingCalendar withCutOff = calendar.toBuilder().cutOff(CutOffRule.AFTER_15_00).build();

		@Test
		void isOffByDefault() {
			assertThat(calendar.cutOff()).isEmpty();
			assertThat(calendar.effectiveStart(at("2026-03-03T15:30"))).isEqualTo(at("2026-03-03T15:30"));
		}

		@Test
		void countsADossierReceivedAfterTheCutOffFromTheNextWorkingDay() {
			assertThat(withCutOff.effectiveStart(at("2026-03-03T15:30"))).isEqualTo(at("2026-03-04T07:30"));
			assertThat(withCutOff.due(at("2026-03-03T15:30"), BigDecimal.valueOf(2), WORKING_DAYS).due())
				.isEqualTo(at("2026-03-05T17:00"));
		}

		@Test
		void keepsADossierReceivedAtTheCutOffOnTheSameDay() {
			assertThat(withCutOff.effectiveStart(at("2026-03-03T15:00"))).isEqualTo(at("2026-03-03T15:00"));
			assertThat(withCutOff.effectiveStart(at("2026-03-03T14:00"))).isEqualTo(at("2026-03-03T14:00"));
		}

		@Test
		void skipsTheTetBreakAfterTheCutOffOnTheLastWorkingDay() {
			assertThat(withCutOff.effectiveStart(at("2026-02-13T15:01"))).isEqualTo(at("2026-02-23T07:30"));
		}
	}

	@Nested
	class WorkingTime {

		@Test
		void measuresOnlyTimeInsideSessions() {
			assertThat(calendar.workingTimeBetween(at("2026-03-02T10:00"), at("2026-03-02T14:00")))
				.isEqualTo(Duration.ofHours(2));
		}

		@Test
		void measuresAcrossTetAndTheYearEnd() {
			assertThat(calendar.workingTimeBetween(at("2026-02-13T16:00"), at("2026-02-23T08:30")))
				.isEqualTo(Duration.ofHours(2));
			assertThat(calendar.workingTimeBetween(at("2025-12-31T16:00"), at("2026-01-05T08:30")))
				.isEqualTo(Duration.ofHours(2));
		}

		@Test
		void isZeroWhenTheEndIsNotAfterTheStart() {
			assertThat(calendar.workingTimeBetween(at("2026-03-02T14:00"), at("2026-03-02T10:00"))).isZero();
		}
	}

	@Nested
	class Pauses {

		private final Instant due = at("2026-03-12T10:00");

		@Test
		void movesTheDueByTheWorkingTimePaused() {
			Pause pause = new Pause(at("2026-03-09T10:00"), at("2026-03-10T10:00"));

			assertThat(calendar.extendByPauses(due, List.of(pause))).isEqualTo(at("2026-03-13T10:00"));
		}

		@Test
		void ignoresAPauseThatStartsAfterTheDue() {
			Pause pause = new Pause(at("2026-03-12T10:30"), at("2026-03-13T10:00"));

			assertThat(calendar.extendByPauses(due, List.of(pause))).isEqualTo(due);
		}

		@Test
		void ignoresAPauseOutsideWorkingHours() {
			Pause weekend = new Pause(at("2026-03-07T08:00"), at("2026-03-08T18:00"));

			assertThat(calendar.extendByPauses(due, List.of(weekend))).isEqualTo(due);
		}

		@Test
		void resumesTheRemainingTimeWhenThePauseRunsPastTheDue() {
			Pause pause = new Pause(at("2026-03-12T09:00"), at("2026-03-16T09:00"));

			assertThat(calendar.extendByPauses(due, List.of(pause))).isEqualTo(at("2026-03-16T10:00"));
		}

		@Test
		void mergesOverlappingPauses() {
			Pause day = new Pause(at("2026-03-09T10:00"), at("2026-03-10T10:00"));
			Pause inside = new Pause(at("2026-03-09T14:00"), at("2026-03-09T16:00"));

			assertThat(calendar.extendByPauses(due, List.of(inside, day))).isEqualTo(at("2026-03-13T10:00"));
		}

		@Test
		void countsALaterPauseThatStartsBeforeTheAlreadyExtendedDue() {
			Pause first = new Pause(at("2026-03-09T10:00"), at("2026-03-10T10:00"));
			Pause second = new Pause(at("2026-03-12T14:00"), at("2026-03-12T16:00"));

			assertThat(calendar.extendByPauses(due, List.of(first, second))).isEqualTo(at("2026-03-13T14:00"));
		}

		@Test
		void doesNotExtendADossierWithNoWorkingTimeLeftWhenPaused() {
			Instant endOfDay = at("2026-03-12T17:00");
			Pause pause = new Pause(at("2026-03-12T17:00"), at("2026-03-13T17:00"));

			assertThat(calendar.extendByPauses(endOfDay, List.of(pause))).isEqualTo(endOfDay);
		}

		@Test
		void rejectsAPauseThatResumesBeforeItStarts() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new Pause(at("2026-03-10T10:00"), at("2026-03-09T10:00")));
		}
	}

	@Nested
	class Grading {

		private final Instant due = at("2026-03-12T10:00");

		@ParameterizedTest(name = "finished {0} → {1}")
		@CsvSource({ "2026-03-11T16:00, EARLY", "2026-03-07T10:00, EARLY", "2026-03-12T08:00, ON_TIME",
				"2026-03-12T10:00, ON_TIME", "2026-03-12T10:00:00.000000001, LATE", "2026-03-13T08:00, LATE" })
		void gradesAgainstTheDueDayAndInstant(String finished, Timeliness expected) {
			assertThat(calendar.grade(at(finished), due)).isEqualTo(expected);
		}

		@Test
		void gradesACalendarDayPeriodOnTimeUntilMidnight() {
			Instant midnightDue = due("2026-03-02T10:00", "10", CALENDAR_DAYS);

			assertThat(calendar.grade(at("2026-03-12T22:00"), midnightDue)).isEqualTo(Timeliness.ON_TIME);
			assertThat(calendar.grade(at("2026-03-13T00:00"), midnightDue)).isEqualTo(Timeliness.LATE);
		}
	}

	@Nested
	class Sessions {

		private static final List<WorkingSession> SUMMER = List.of(
				new WorkingSession(LocalTime.of(7, 0), LocalTime.of(11, 0)),
				new WorkingSession(LocalTime.of(13, 0), LocalTime.of(16, 30)));

		private static final List<WorkingSession> SHORT = List.of(
				new WorkingSession(LocalTime.of(7, 0), LocalTime.of(11, 0)),
				new WorkingSession(LocalTime.of(13, 0), LocalTime.of(16, 0)));

		@Test
		void usesTheSessionsInForceOnEachDay() {
			WorkingCalendar summer = calendar.toBuilder()
				.sessions(SessionSchedule.standard().with(LocalDate.of(2026, 5, 1), SUMMER))
				.build();

			assertThat(summer.effectiveStart(at("2026-04-29T07:00"))).isEqualTo(at("2026-04-29T07:30"));
			assertThat(summer.effectiveStart(at("2026-05-04T07:00"))).isEqualTo(at("2026-05-04T07:00"));
			assertThat(summer.due(at("2026-04-29T09:30"), BigDecimal.ONE, WORKING_DAYS).due()).isEqualTo(at("2026-05-04T09:00"));
			assertThat(summer.sessionsOn(LocalDate.of(2026, 5, 4))).isEqualTo(SUMMER);
		}

		@Test
		void endsAtTheCloseOfAShorterTargetDay() {
			WorkingCalendar shorter = calendar.toBuilder()
				.sessions(SessionSchedule.standard().with(LocalDate.of(2026, 5, 1), SHORT))
				.build();

			assertThat(shorter.due(at("2026-04-29T16:45"), BigDecimal.ONE, WORKING_DAYS).due()).isEqualTo(at("2026-05-04T16:00"));
		}

		@Test
		void keepsDeadlinesOfAnEarlierCalendarWhenTheSessionsChange() {
			WorkingCalendar summer = calendar.toBuilder()
				.sessions(SessionSchedule.standard().with(LocalDate.of(2026, 5, 1), SUMMER))
				.build();

			assertThat(calendar.due(at("2026-04-29T09:30"), BigDecimal.ONE, WORKING_DAYS).due()).isEqualTo(at("2026-05-04T09:30"));
			assertThat(summer.sessions()).isNotEqualTo(calendar.sessions());
		}

		@Test
		void hasNoSessionsOnADayOff() {
			assertThat(calendar.sessionsOn(LocalDate.of(2026, 2, 17))).isEmpty();
			assertThat(calendar.sessionsOn(LocalDate.of(2026, 1, 10))).containsExactly(SessionSchedule.STANDARD_MORNING,
					SessionSchedule.STANDARD_AFTERNOON);
		}

		@Test
		void rejectsOverlappingSessions() {
			assertThatIllegalArgumentException().isThrownBy(() -> SessionSchedule.of(List.of(
					new WorkingSession(LocalTime.of(7, 30), LocalTime.of(12, 0)),
					new WorkingSession(LocalTime.of(11, 30), LocalTime.of(17, 0)))));
		}
	}

	@Nested
	class Changes {

		@Test
		void appliesAChangedYearOnlyToDeadlinesComputedWithTheNewCalendar() {
			YearSchedule extraDayOff = new YearSchedule(2027, CalendarStatus.OFFICIAL,
					List.of(new SpecialDay(LocalDate.of(2027, 3, 2), DayKind.HOLIDAY, "Ngày nghỉ bổ sung")));
			WorkingCalendar changed = calendar.toBuilder().year(extraDayOff).build();

			assertThat(changed.status(2027)).isEqualTo(CalendarStatus.OFFICIAL);
			assertThat(changed.due(at("2027-03-01T10:00"), BigDecimal.ONE, WORKING_DAYS).due()).isEqualTo(at("2027-03-03T10:00"));
			assertThat(calendar.status(2027)).isEqualTo(CalendarStatus.PROVISIONAL);
			assertThat(calendar.due(at("2027-03-01T10:00"), BigDecimal.ONE, WORKING_DAYS).due()).isEqualTo(at("2027-03-02T10:00"));
		}

		@Test
		void rejectsYearsOutsideTheSupportedRange() {
			assertThatIllegalArgumentException().isThrownBy(() -> calendar.status(1899));
			assertThatIllegalArgumentException().isThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2200, 1, 1)));
		}

		@Test
		void computesEachYearOnceWhenManyThreadsAskAtOnce() throws Exception {
			WorkingCalendar fresh = WorkingCalendar.builder().build();
			ExecutorService pool = Executors.newFixedThreadPool(4);
			try {
				List<Future<YearData>> answers = new ArrayList<>();
				for (int i = 0; i < 400; i++) {
					int year = 2030 + i % 20;
					answers.add(pool.submit(() -> fresh.yearData(year)));
				}
				for (int i = 0; i < answers.size(); i++) {
					assertThat(answers.get(i).get()).isSameAs(fresh.yearData(2030 + i % 20));
				}
			}
			finally {
				pool.shutdownNow();
			}
		}
	}
}
