package org.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties of the deadline arithmetic checked on seeded random inputs; a failure names its seed
 * and inputs so it can be replayed.
 */
class DeadlinePropertiesTests {

	private static final int SAMPLES = 300;

	private static final Duration WORKING_DAY = Duration.ofMinutes(450);

	private static final LocalDate FIRST = LocalDate.of(2023, 6, 1);

	private static final int SPAN_DAYS = 4 * 365;

	private static final List<LocalTime> BOUNDARIES = List.of(LocalTime.of(7, 30), LocalTime.of(11, 30),
			LocalTime.of(13, 30), LocalTime.of(17, 0), LocalTime.MIDNIGHT, LocalTime.of(15, 0));

	private final WorkingCalendar calendar = WorkingCalendar.standard();

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void aLongerDurationIsNeverEarlier(long seed) {
		Random random = new Random(seed);
		for (int i = 0; i < SAMPLES; i++) {
			Instant start = randomInstant(random);
			DurationUnit unit = DurationUnit.values()[random.nextInt(DurationUnit.values().length)];
			BigDecimal shorter = randomAmount(random, unit);
			BigDecimal longer = shorter.add(randomAmount(random, unit));
			Instant shorterDue = calendar.due(start, shorter, unit).due();
			Instant longerDue = calendar.due(start, longer, unit).due();
			assertThat(longerDue).as("seed %d: %s + %s vs %s %s", seed, start, shorter, longer, unit)
				.isAfterOrEqualTo(shorterDue);
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 11, 12, 13, 14, 15, 16, 17, 18 })
	void aWorkingTimeDueLiesInsideASessionOrAtItsEnd(long seed) {
		Random random = new Random(seed);
		for (int i = 0; i < SAMPLES; i++) {
			Instant start = randomInstant(random);
			DurationUnit unit = random.nextBoolean() ? DurationUnit.WORKING_DAYS : DurationUnit.WORKING_HOURS;
			BigDecimal amount = randomAmount(random, unit);
			if (amount.signum() == 0) {
				continue;
			}
			Instant due = calendar.due(start, amount, unit).due();
			ZonedDateTime local = LocalTimes.local(due);
			LocalTime time = local.toLocalTime();
			assertThat(calendar.sessionsOn(local.toLocalDate()))
				.as("seed %d: %s + %s %s = %s", seed, start, amount, unit, local)
				.anyMatch(session -> time.isAfter(session.start()) && !time.isAfter(session.end()));
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 21, 22, 23, 24, 25, 26, 27, 28 })
	void theEffectiveStartLiesInsideASessionAndIsStable(long seed) {
		Random random = new Random(seed);
		for (int i = 0; i < SAMPLES; i++) {
			Instant received = randomInstant(random);
			Instant start = calendar.effectiveStart(received);
			ZonedDateTime local = LocalTimes.local(start);
			LocalTime time = local.toLocalTime();
			assertThat(start).isAfterOrEqualTo(received);
			assertThat(calendar.sessionsOn(local.toLocalDate())).as("seed %d: %s → %s", seed, received, local)
				.anyMatch(session -> !time.isBefore(session.start()) && time.isBefore(session.end()));
			assertThat(calendar.effectiveStart(start)).isEqualTo(start);
			assertThat(calendar.workingTimeBetween(received, start)).isZero();
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 31, 32, 33, 34, 35, 36, 37, 38 })
	void addingWholeWorkingDaysInTwoStepsEqualsAddingTheSum(long seed) {
		Random random = new Random(seed);
		for (int i = 0; i < SAMPLES; i++) {
			assertTwoStepsEqualTheSum(seed, random, BigDecimal.valueOf(random.nextInt(30)),
					BigDecimal.valueOf(1 + random.nextInt(30)));
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 41, 42, 43, 44, 45, 46, 47, 48 })
	void addingHalfWorkingDaysInTwoStepsEqualsAddingTheSum(long seed) {
		Random random = new Random(seed);
		for (int i = 0; i < SAMPLES; i++) {
			assertTwoStepsEqualTheSum(seed, random, halves(random.nextInt(60)), halves(1 + random.nextInt(60)));
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 51, 52, 53, 54, 55, 56, 57, 58 })
	void workingDaysAddExactlyTheirWorkingTime(long seed) {
		Random random = new Random(seed);
		for (int i = 0; i < SAMPLES; i++) {
			Instant start = randomInstant(random);
			int halfDays = random.nextInt(80);
			Deadline deadline = calendar.due(start, halves(halfDays), DurationUnit.WORKING_DAYS);
			assertThat(calendar.workingTimeBetween(deadline.effectiveStart(), deadline.due()))
				.as("seed %d: %s + %d half days", seed, start, halfDays)
				.isEqualTo(WORKING_DAY.dividedBy(2).multipliedBy(halfDays));
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 61, 62, 63, 64, 65, 66, 67, 68 })
	void workingHoursAddExactlyTheirWorkingTime(long seed) {
		Random random = new Random(seed);
		for (int i = 0; i < SAMPLES; i++) {
			Instant start = randomInstant(random);
			BigDecimal hours = randomAmount(random, DurationUnit.WORKING_HOURS);
			Deadline deadline = calendar.due(start, hours, DurationUnit.WORKING_HOURS);
			long expectedMillis = hours.multiply(BigDecimal.valueOf(3_600_000)).longValueExact();
			assertThat(calendar.workingTimeBetween(deadline.effectiveStart(), deadline.due()))
				.as("seed %d: %s + %s h", seed, start, hours)
				.isEqualTo(Duration.ofMillis(expectedMillis));
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 71, 72, 73, 74, 75, 76, 77, 78 })
	void aCalendarPeriodEndsAtMidnightOfTheFirstWorkingDayOnOrAfterItsLastDay(long seed) {
		Random random = new Random(seed);
		for (int i = 0; i < SAMPLES; i++) {
			Instant start = randomInstant(random);
			boolean months = random.nextBoolean();
			DurationUnit unit = months ? DurationUnit.MONTHS : DurationUnit.CALENDAR_DAYS;
			int amount = 1 + (months ? random.nextInt(24) : random.nextInt(120));
			Deadline deadline = calendar.due(start, BigDecimal.valueOf(amount), unit);
			LocalDate startDay = LocalTimes.local(deadline.effectiveStart()).toLocalDate();
			LocalDate lastDay = months ? startDay.plusMonths(amount) : startDay.plusDays(amount);
			LocalDateTime due = LocalTimes.local(deadline.due()).toLocalDateTime();
			String description = "seed %d: %s + %d %s = %s".formatted(seed, start, amount, unit, due);
			assertThat(due.toLocalTime()).as(description).isEqualTo(LocalTime.MAX);
			assertThat(calendar.isWorkingDay(due.toLocalDate())).as(description).isTrue();
			assertThat(due.toLocalDate()).as(description).isAfterOrEqualTo(lastDay);
			for (LocalDate day = lastDay; day.isBefore(due.toLocalDate()); day = day.plusDays(1)) {
				assertThat(calendar.isWorkingDay(day)).as(description + " skipped %s", day).isFalse();
			}
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 81, 82, 83, 84, 85, 86, 87, 88 })
	void aPauseBeforeTheDueMovesItByTheWorkingTimePaused(long seed) {
		Random random = new Random(seed);
		for (int i = 0; i < SAMPLES; i++) {
			Instant start = randomInstant(random);
			Deadline deadline = calendar.due(start, BigDecimal.valueOf(1 + random.nextInt(20)), DurationUnit.WORKING_DAYS);
			long span = deadline.due().getEpochSecond() - deadline.effectiveStart().getEpochSecond();
			Instant pausedAt = deadline.effectiveStart().plusSeconds((long) (random.nextDouble() * span));
			Instant resumedAt = pausedAt.plusSeconds((long) (random.nextDouble() * (deadline.due().getEpochSecond() - pausedAt.getEpochSecond())));
			Instant extended = calendar.extendByPauses(deadline.due(), List.of(new Pause(pausedAt, resumedAt)));
			assertThat(calendar.workingTimeBetween(deadline.due(), extended))
				.as("seed %d: due %s paused %s–%s", seed, deadline.due(), pausedAt, resumedAt)
				.isEqualTo(calendar.workingTimeBetween(pausedAt, resumedAt));
			assertThat(extended).isAfterOrEqualTo(deadline.due());
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 91, 92, 93, 94 })
	void workingTimeAddsUpOverConsecutiveIntervals(long seed) {
		Random random = new Random(seed);
		for (int i = 0; i < SAMPLES; i++) {
			Instant a = randomInstant(random);
			Instant b = a.plusSeconds(random.nextInt(40 * 86_400));
			Instant c = b.plusSeconds(random.nextInt(40 * 86_400));
			assertThat(calendar.workingTimeBetween(a, b).plus(calendar.workingTimeBetween(b, c)))
				.as("seed %d: %s, %s, %s", seed, a, b, c)
				.isEqualTo(calendar.workingTimeBetween(a, c));
		}
	}

	/**
	 * The second step must be positive: a zero amount is due at the effective start, so a first step
	 * ending at a session's close would move on to the next session's opening.
	 */
	private void assertTwoStepsEqualTheSum(long seed, Random random, BigDecimal first, BigDecimal second) {
		Instant start = randomInstant(random);
		Instant afterFirst = calendar.due(start, first, DurationUnit.WORKING_DAYS).due();
		Instant inTwoSteps = calendar.due(afterFirst, second, DurationUnit.WORKING_DAYS).due();
		Instant atOnce = calendar.due(start, first.add(second), DurationUnit.WORKING_DAYS).due();
		assertThat(inTwoSteps).as("seed %d: %s + %s + %s working days", seed, start, first, second).isEqualTo(atOnce);
	}

	/** An instant in mid-2023 to mid-2027, often exactly on a session boundary. */
	private static Instant randomInstant(Random random) {
		LocalDate date = FIRST.plusDays(random.nextInt(SPAN_DAYS));
		LocalTime time = random.nextInt(3) == 0 ? BOUNDARIES.get(random.nextInt(BOUNDARIES.size()))
				: LocalTime.ofSecondOfDay(random.nextInt(86_400)).withNano(random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 0);
		return date.atTime(time).atZone(WorkingCalendar.ZONE).toInstant();
	}

	private static BigDecimal randomAmount(Random random, DurationUnit unit) {
		return switch (unit) {
			case WORKING_DAYS -> halves(random.nextInt(80));
			case WORKING_HOURS -> BigDecimal.valueOf(random.nextInt(300_000), 3);
			case CALENDAR_DAYS -> BigDecimal.valueOf(random.nextInt(120));
			case MONTHS -> BigDecimal.valueOf(random.nextInt(24));
		};
	}

	private static BigDecimal halves(int halfDays) {
		return BigDecimal.valueOf(halfDays).divide(BigDecimal.valueOf(2));
	}
}
