package org.motcua.calendar;

import static org.motcua.calendar.VietnamClock.NANOS_PER_DAY;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * The working calendar of state agencies and the deadline arithmetic used by every module, in the
 * zone Asia/Ho_Chi_Minh.
 *
 * <p>A calendar is built from the official year schedules, the working sessions and an optional
 * cut-off rule, and never changes: to change the calendar, build a new one (see
 * {@link #toBuilder()}); deadlines already computed keep their value. A year without an official
 * schedule falls back to {@link HolidayRules#provisional(int)}. Years are precomputed lazily, once,
 * and safely shared between threads.
 *
 * <p>Working days follow Decision 188/1999/QĐ-TTg Art. 1 (Monday–Friday) and the year schedules
 * (holidays and compensatory days under Labour Code 2019 Art. 111–112, swapped days). Calendar
 * periods follow Civil Code 2015 Art. 147–148. The choices this module makes where the law is
 * silent are documented on each method and in docs/calendar.md.
 */
public final class WorkingCalendar {

	/** The zone of every local date and time of the calendar. */
	public static final ZoneId ZONE = VietnamClock.ZONE;

	/** The first year the calendar covers. */
	public static final int MIN_YEAR = VietnameseLunarCalendar.MIN_YEAR;

	/** The last year the calendar covers. */
	public static final int MAX_YEAR = VietnameseLunarCalendar.MAX_YEAR;

	private static final long NANOS_PER_HOUR = 3_600L * VietnamClock.NANOS_PER_SECOND;

	private static final BigDecimal NANOS_PER_HOUR_DECIMAL = BigDecimal.valueOf(NANOS_PER_HOUR);

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	/** Epoch day of 1 January of each year MIN_YEAR..MAX_YEAR + 1. */
	private static final long[] YEAR_STARTS = new long[MAX_YEAR - MIN_YEAR + 2];

	static {
		for (int i = 0; i < YEAR_STARTS.length; i++) {
			YEAR_STARTS[i] = LocalDate.of(MIN_YEAR + i, 1, 1).toEpochDay();
		}
	}

	private final Map<Integer, YearSchedule> configuredYears;

	private final SessionSchedule sessionSchedule;

	private final @Nullable CutOffRule cutOff;

	/** Nano-of-day of the cut-off, or -1 when there is none. */
	private final long cutOffNanos;

	private final long[] sessionPeriodStarts;

	private final DaySessions[] sessionPeriods;

	private final AtomicReferenceArray<YearData> years = new AtomicReferenceArray<>(MAX_YEAR - MIN_YEAR + 1);

	private WorkingCalendar(Builder builder) {
		this.configuredYears = new TreeMap<>(builder.years);
		this.sessionSchedule = builder.sessions;
		this.cutOff = builder.cutOff;
		this.cutOffNanos = cutOff == null ? -1 : cutOff.after().toNanoOfDay();
		List<SessionPeriod> periods = sessionSchedule.periods();
		this.sessionPeriodStarts = new long[periods.size()];
		this.sessionPeriods = new DaySessions[periods.size()];
		for (int i = 0; i < periods.size(); i++) {
			sessionPeriodStarts[i] = periods.get(i).validFrom().toEpochDay();
			sessionPeriods[i] = new DaySessions(periods.get(i).sessions());
		}
	}

	/** A builder with the standard sessions, no cut-off and no official years. */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The calendar with the {@linkplain OfficialSchedules#shipped() shipped official schedules}, the
	 * {@linkplain SessionSchedule#standard() standard sessions} and no cut-off.
	 */
	public static WorkingCalendar standard() {
		return Standard.INSTANCE;
	}

	/** A builder holding this calendar's configuration, to build a changed calendar. */
	public Builder toBuilder() {
		Builder builder = new Builder().years(configuredYears.values()).sessions(sessionSchedule);
		return builder.cutOff(cutOff);
	}

	/** The schedule in force for {@code year}: the configured one, or the provisional rules. */
	public YearSchedule year(int year) {
		return yearData(year).schedule;
	}

	/** Whether {@code year}'s days off are official or provisional. */
	public CalendarStatus status(int year) {
		return year(year).status();
	}

	/** The working sessions, with their effective dates. */
	public SessionSchedule sessions() {
		return sessionSchedule;
	}

	/** The cut-off rule, if one is switched on. */
	public Optional<CutOffRule> cutOff() {
		return Optional.ofNullable(cutOff);
	}

	/** Whether {@code date} is a working day. */
	public boolean isWorkingDay(LocalDate date) {
		return yearData(date.getYear()).isWorking(date.getDayOfYear() - 1);
	}

	/** The working sessions of {@code date}; empty when it is not a working day. */
	public List<WorkingSession> sessionsOn(LocalDate date) {
		return isWorkingDay(date) ? sessionSchedule.sessionsOn(date) : List.of();
	}

	/**
	 * When the clock starts for something received at {@code received}: {@code received} itself when
	 * it lies inside a working session, otherwise the start of the next session. With a cut-off rule,
	 * anything received on a working day after the cut-off time starts at the first session of the
	 * next working day (Decree 61/2018 Art. 18(2)).
	 */
	public Instant effectiveStart(Instant received) {
		long local = VietnamClock.localNanos(received);
		long effective = effectiveLocalNanos(local);
		return effective == local ? received : VietnamClock.toInstant(effective);
	}

	/**
	 * The due instant of a period of {@code amount} {@code unit}s starting at {@code start}. The clock
	 * starts at {@link #effectiveStart(Instant)}; a zero amount is due at that instant.
	 * <ul>
	 * <li>{@link DurationUnit#WORKING_DAYS} (multiples of 0.5): N whole days end at the same working
	 * time offset on the N-th following working day, i.e. at the earliest instant at which that day
	 * has seen as much working time as the start day had at the effective start (so an offset of
	 * zero ends at the close of the previous working day, not at the opening of the N-th). Half a
	 * day is then half of the working time of the day reached, walked forward through the
	 * sessions.</li>
	 * <li>{@link DurationUnit#WORKING_HOURS}: the working time is walked forward through the
	 * sessions; the due is the earliest instant at which it has elapsed, so it can be a session's
	 * end but never a session's start.</li>
	 * <li>{@link DurationUnit#CALENDAR_DAYS} and {@link DurationUnit#MONTHS} (whole numbers): the day
	 * of the effective start is not counted; the period ends at the end (24:00) of its last day, or
	 * of the corresponding day of the last month or that month's last day; when that day is not a
	 * working day, at the end of the next working day (Civil Code 2015 Art. 147–148). 24:00 is
	 * represented as the last nanosecond of the day, 23:59:59.999999999, so that the due instant
	 * keeps the date of the last day.</li>
	 * </ul>
	 *
	 * @throws IllegalArgumentException when the amount is negative, is not a multiple of 0.5 for
	 *         working days, not a whole number for calendar days and months, finer than a
	 *         nanosecond for hours, or when the due would fall after {@value #MAX_YEAR}
	 */
	public Deadline due(Instant start, BigDecimal amount, DurationUnit unit) {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(unit, "unit");
		if (amount.signum() < 0) {
			throw new IllegalArgumentException("A duration cannot be negative: " + amount + " " + unit);
		}
		long local = VietnamClock.localNanos(start);
		long effective = effectiveLocalNanos(local);
		Instant effectiveStart = effective == local ? start : VietnamClock.toInstant(effective);
		if (amount.signum() == 0) {
			return new Deadline(start, effectiveStart, effectiveStart);
		}
		Instant due = switch (unit) {
			case WORKING_DAYS -> addWorkingDays(effective, halfDays(amount));
			case WORKING_HOURS -> addWorkingTime(effective, hoursToNanos(amount));
			case CALENDAR_DAYS -> endOfPeriod(localDate(effective).plusDays(wholeNumber(amount, unit)));
			case MONTHS -> endOfPeriod(localDate(effective).plusMonths(wholeNumber(amount, unit)));
		};
		return new Deadline(start, effectiveStart, due);
	}

	/**
	 * The working time inside {@code [from, to)}; zero when {@code to} is not after {@code from}. The
	 * cut-off rule does not apply: this is the time the office was open.
	 */
	public Duration workingTimeBetween(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return Duration.ZERO;
		}
		return Duration.ofNanos(workingNanosBetween(VietnamClock.localNanos(from), VietnamClock.localNanos(to)));
	}

	/**
	 * The due instant moved later by the pauses of the processing clock, e.g. while waiting for a
	 * consulted agency or for the applicant where the procedure stops the clock.
	 *
	 * <p>Overlapping pauses are merged. Taken in order, each pause that starts before the due (as
	 * already extended by earlier pauses) while working time was still left moves the due later by
	 * the working time inside the pause: the remaining working time resumes with the dossier. A pause
	 * that starts at or after the due does not extend it: the dossier was already late. A restart of
	 * the period from zero (e.g. Decree 61/2018 Art. 19(4), supplement after appraisal) is not a
	 * pause: compute a new due instead.
	 */
	public Instant extendByPauses(Instant due, List<Pause> pauses) {
		Objects.requireNonNull(due, "due");
		long dueLocal = VietnamClock.localNanos(due);
		Instant extended = due;
		for (Pause pause : merge(pauses)) {
			long pausedAt = VietnamClock.localNanos(pause.pausedAt());
			if (pausedAt >= dueLocal) {
				break;
			}
			if (workingNanosBetween(pausedAt, dueLocal) == 0) {
				continue;
			}
			long paused = workingNanosBetween(pausedAt, VietnamClock.localNanos(pause.resumedAt()));
			if (paused > 0) {
				extended = walk(dueLocal, paused);
				dueLocal = VietnamClock.localNanos(extended);
			}
		}
		return extended;
	}

	/**
	 * Grades a finished dossier: {@link Timeliness#LATE} after the due instant,
	 * {@link Timeliness#EARLY} when finished on a date before the due date, otherwise
	 * {@link Timeliness#ON_TIME}.
	 */
	public Timeliness grade(Instant finishedAt, Instant due) {
		if (finishedAt.isAfter(due)) {
			return Timeliness.LATE;
		}
		long finishedDay = VietnamClock.epochDay(VietnamClock.localNanos(finishedAt));
		long dueDay = VietnamClock.epochDay(VietnamClock.localNanos(due));
		return finishedDay < dueDay ? Timeliness.EARLY : Timeliness.ON_TIME;
	}

	private long effectiveLocalNanos(long local) {
		long epochDay = VietnamClock.epochDay(local);
		long nanoOfDay = VietnamClock.nanoOfDay(local);
		YearData year = yearOfEpochDay(epochDay);
		int day = (int) (epochDay - year.firstEpochDay);
		if (year.isWorking(day) && (cutOffNanos < 0 || nanoOfDay <= cutOffNanos)) {
			long start = year.sessions(day).clockStart(nanoOfDay);
			if (start >= 0) {
				return VietnamClock.localNanos(epochDay, start);
			}
		}
		long next = workingDayAfter(epochDay, 1);
		YearData nextYear = yearOfEpochDay(next);
		return VietnamClock.localNanos(next, nextYear.sessions((int) (next - nextYear.firstEpochDay)).firstStart());
	}

	private Instant addWorkingDays(long effective, int halfDays) {
		long epochDay = VietnamClock.epochDay(effective);
		YearData year = yearOfEpochDay(epochDay);
		long offset = year.sessions((int) (epochDay - year.firstEpochDay)).workedBefore(VietnamClock.nanoOfDay(effective));
		long targetDay = workingDayAfter(epochDay, halfDays >>> 1);
		YearData targetYear = yearOfEpochDay(targetDay);
		int target = (int) (targetDay - targetYear.firstEpochDay);
		long dayLength = targetYear.sessions(target).total;
		long cumulative = targetYear.nanosBefore(target) + Math.min(offset, dayLength);
		if ((halfDays & 1) == 1) {
			cumulative += dayLength / 2;
		}
		return instantAtCumulative(targetYear, cumulative);
	}

	private Instant addWorkingTime(long effective, long nanos) {
		return walk(effective, nanos);
	}

	/** The earliest instant at which {@code nanos} of working time has elapsed since {@code local}. */
	private Instant walk(long local, long nanos) {
		long epochDay = VietnamClock.epochDay(local);
		YearData year = yearOfEpochDay(epochDay);
		return instantAtCumulative(year, cumulativeInYear(year, local) + nanos);
	}

	/**
	 * The earliest instant at which the working time since the start of {@code year} reaches
	 * {@code cumulative}, which may lie beyond either end of the year.
	 */
	private Instant instantAtCumulative(YearData year, long cumulative) {
		YearData current = year;
		long remaining = cumulative;
		while (remaining > current.totalNanos()) {
			remaining -= current.totalNanos();
			current = yearData(current.year + 1);
		}
		while (remaining <= 0) {
			current = yearData(current.year - 1);
			remaining += current.totalNanos();
		}
		int day = current.dayReaching(remaining);
		long offset = remaining - current.nanosBefore(day);
		long time = current.sessions(day).timeAt(offset);
		return VietnamClock.toInstant(VietnamClock.localNanos(current.firstEpochDay + day, time));
	}

	private long cumulativeInYear(YearData year, long local) {
		int day = (int) (VietnamClock.epochDay(local) - year.firstEpochDay);
		long before = year.nanosBefore(day);
		if (!year.isWorking(day)) {
			return before;
		}
		return before + year.sessions(day).workedBefore(VietnamClock.nanoOfDay(local));
	}

	private long workingNanosBetween(long fromLocal, long toLocal) {
		if (toLocal <= fromLocal) {
			return 0;
		}
		YearData fromYear = yearOfEpochDay(VietnamClock.epochDay(fromLocal));
		YearData toYear = yearOfEpochDay(VietnamClock.epochDay(toLocal));
		long total = cumulativeInYear(toYear, toLocal) - cumulativeInYear(fromYear, fromLocal);
		for (int y = fromYear.year; y < toYear.year; y++) {
			total += yearData(y).totalNanos();
		}
		return total;
	}

	/** The {@code n}-th working day after {@code epochDay}; {@code epochDay} itself when n is 0. */
	private long workingDayAfter(long epochDay, int n) {
		YearData year = yearOfEpochDay(epochDay);
		int day = (int) (epochDay - year.firstEpochDay);
		if (n == 0) {
			return epochDay;
		}
		int index = year.workingIndexFrom(day + 1) + n - 1;
		while (index >= year.workingCount()) {
			index -= year.workingCount();
			year = yearData(year.year + 1);
		}
		return year.firstEpochDay + year.workingDay(index);
	}

	private Instant endOfPeriod(LocalDate lastDay) {
		long epochDay = lastDay.toEpochDay();
		YearData year = yearOfEpochDay(epochDay);
		if (!year.isWorking((int) (epochDay - year.firstEpochDay))) {
			epochDay = workingDayAfter(epochDay, 1);
		}
		return VietnamClock.toInstant(VietnamClock.localNanos(epochDay + 1, 0) - 1);
	}

	private DaySessions sessionsOnEpochDay(long epochDay) {
		int found = 0;
		for (int i = 1; i < sessionPeriodStarts.length && sessionPeriodStarts[i] <= epochDay; i++) {
			found = i;
		}
		return sessionPeriods[found];
	}

	private YearData yearOfEpochDay(long epochDay) {
		if (epochDay < YEAR_STARTS[0] || epochDay >= YEAR_STARTS[YEAR_STARTS.length - 1]) {
			throw outOfRange(LocalDate.ofEpochDay(epochDay).toString());
		}
		int index = (int) ((epochDay - YEAR_STARTS[0]) * 400 / 146_097);
		if (index >= YEAR_STARTS.length - 1) {
			index = YEAR_STARTS.length - 2;
		}
		while (YEAR_STARTS[index] > epochDay) {
			index--;
		}
		while (YEAR_STARTS[index + 1] <= epochDay) {
			index++;
		}
		return yearData(MIN_YEAR + index);
	}

	YearData yearData(int year) {
		if (year < MIN_YEAR || year > MAX_YEAR) {
			throw outOfRange(Integer.toString(year));
		}
		int index = year - MIN_YEAR;
		YearData data = years.get(index);
		if (data == null) {
			YearSchedule schedule = configuredYears.get(year);
			data = new YearData(schedule != null ? schedule : HolidayRules.provisional(year), this::sessionsOnEpochDay);
			if (!years.compareAndSet(index, null, data)) {
				data = years.get(index);
			}
		}
		return data;
	}

	private static LocalDate localDate(long local) {
		return LocalDate.ofEpochDay(VietnamClock.epochDay(local));
	}

	private static int halfDays(BigDecimal amount) {
		try {
			if (amount.scale() <= 0) {
				return Math.multiplyExact(amount.intValueExact(), 2);
			}
			return amount.multiply(TWO).intValueExact();
		}
		catch (ArithmeticException notWholeHalves) {
			throw new IllegalArgumentException(
					"Working days must be a multiple of 0.5 (half a working day), was " + amount.toPlainString());
		}
	}

	private static long hoursToNanos(BigDecimal hours) {
		try {
			return hours.multiply(NANOS_PER_HOUR_DECIMAL).longValueExact();
		}
		catch (ArithmeticException tooFineOrTooLarge) {
			throw new IllegalArgumentException(
					"Working hours must be a whole number of nanoseconds and fit the calendar, was " + hours.toPlainString());
		}
	}

	private static int wholeNumber(BigDecimal amount, DurationUnit unit) {
		try {
			return amount.intValueExact();
		}
		catch (ArithmeticException notWhole) {
			throw new IllegalArgumentException(unit + " must be a whole number, was " + amount.toPlainString());
		}
	}

	private static List<Pause> merge(List<Pause> pauses) {
		List<Pause> sorted = new ArrayList<>(pauses);
		sorted.sort(Comparator.comparing(Pause::pausedAt));
		List<Pause> merged = new ArrayList<>();
		for (Pause pause : sorted) {
			int last = merged.size() - 1;
			if (last >= 0 && !pause.pausedAt().isAfter(merged.get(last).resumedAt())) {
				Pause previous = merged.get(last);
				Instant resumedAt = pause.resumedAt().isAfter(previous.resumedAt()) ? pause.resumedAt() : previous.resumedAt();
				merged.set(last, new Pause(previous.pausedAt(), resumedAt));
			}
			else {
				merged.add(pause);
			}
		}
		return merged;
	}

	private static IllegalArgumentException outOfRange(String what) {
		return new IllegalArgumentException(
				"The working calendar covers the years " + MIN_YEAR + "–" + MAX_YEAR + ", not " + what);
	}

	/** Builds a {@link WorkingCalendar}. */
	public static final class Builder {

		private final Map<Integer, YearSchedule> years = new TreeMap<>();

		private SessionSchedule sessions = SessionSchedule.standard();

		private @Nullable CutOffRule cutOff;

		private Builder() {
		}

		/** Uses {@code schedule} for its year, replacing any schedule given earlier for that year. */
		public Builder year(YearSchedule schedule) {
			if (schedule.year() < MIN_YEAR || schedule.year() > MAX_YEAR) {
				throw outOfRange(Integer.toString(schedule.year()));
			}
			years.put(schedule.year(), schedule);
			return this;
		}

		/** Uses each of {@code schedules} for its year. */
		public Builder years(Collection<YearSchedule> schedules) {
			schedules.forEach(this::year);
			return this;
		}

		/** The working sessions; {@link SessionSchedule#standard()} unless set. */
		public Builder sessions(SessionSchedule schedule) {
			this.sessions = Objects.requireNonNull(schedule, "schedule");
			return this;
		}

		/** The cut-off rule, or {@code null} for none (the default). */
		public Builder cutOff(@Nullable CutOffRule rule) {
			this.cutOff = rule;
			return this;
		}

		public WorkingCalendar build() {
			return new WorkingCalendar(this);
		}
	}

	private static final class Standard {

		static final WorkingCalendar INSTANCE = builder().years(OfficialSchedules.shipped()).build();
	}
}
