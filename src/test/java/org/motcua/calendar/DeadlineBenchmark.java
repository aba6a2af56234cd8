package org.motcua.calendar;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of the deadline arithmetic on a warm calendar. Run with
 * {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench=DeadlineBenchmark}; the run settings are
 * fixed here (about a minute in all) because the bench profile passes only the benchmark pattern.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DeadlineBenchmark {

	private WorkingCalendar calendar;

	private Instant received;

	private Instant finished;

	private BigDecimal twentyDays;

	private BigDecimal sixteenHours;

	@Setup
	public void setUp() {
		calendar = WorkingCalendar.standard();
		received = OffsetDateTime.parse("2026-02-10T10:00+07:00").toInstant();
		finished = received.plus(Duration.ofDays(30));
		twentyDays = BigDecimal.valueOf(20);
		sixteenHours = BigDecimal.valueOf(16);
		calendar.due(received, twentyDays, DurationUnit.WORKING_DAYS);
	}

	/** 20 working days from 10 February 2026, across the Tết break. */
	@Benchmark
	public Deadline twentyWorkingDaysAcrossTet() {
		return calendar.due(received, twentyDays, DurationUnit.WORKING_DAYS);
	}

	@Benchmark
	public Deadline sixteenWorkingHours() {
		return calendar.due(received, sixteenHours, DurationUnit.WORKING_HOURS);
	}

	@Benchmark
	public Duration workingTimeOverAMonth() {
		return calendar.workingTimeBetween(received, finished);
	}
}
