package org.motcua.calendar.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.motcua.calendar.Deadline;
import org.motcua.calendar.DurationUnit;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.calendar.WorkingCalendars;
import org.motcua.shared.InvalidInputException;

/**
 * A deadline question as typed into the API or the calculator form, checked field by field: every problem
 * is reported against its parameter ({@code from}, {@code amount}, {@code unit}, {@code unitCode}) at once.
 */
record DeadlineRequest(Instant from, BigDecimal amount, DurationUnit unit, WorkingCalendar calendar) {

	/** An offset whose {@code +} arrived as a space: {@code 2026-02-13T10:00:00 07:00}. */
	private static final Pattern UNENCODED_PLUS = Pattern.compile("(?<=T[0-9:.]{2,18}) ([0-9]{2}(?::?[0-9]{2})?)$");

	static final String UNITS = Arrays.stream(DurationUnit.values()).map(Enum::name).collect(Collectors.joining(", "));

	/**
	 * Parses the raw values. {@code from} is ISO-8601 with an offset, or a local date-time (or date) meaning
	 * Asia/Ho_Chi_Minh; a space where the offset's {@code +} should be (an unencoded {@code +} in a query
	 * string) is read as {@code +}.
	 */
	static DeadlineRequest parse(@Nullable String from, @Nullable String amount, @Nullable String unit,
			@Nullable String unitCode, WorkingCalendars calendars) {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		Instant start = parseInstant(from, problems);
		BigDecimal decimal = null;
		if (blank(amount)) {
			problems.add("amount", "error.required");
		}
		else {
			try {
				decimal = new BigDecimal(amount.trim());
			}
			catch (NumberFormatException ex) {
				problems.add("amount", "calendar.error.amount", amount);
			}
		}
		DurationUnit durationUnit = null;
		if (blank(unit)) {
			problems.add("unit", "error.required");
		}
		else {
			try {
				durationUnit = DurationUnit.valueOf(unit.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add("unit", "calendar.error.unit", unit, UNITS);
			}
		}
		if (decimal != null) {
			if (decimal.signum() < 0) {
				problems.add("amount", "calendar.error.amount-negative");
			}
			else if (durationUnit == DurationUnit.WORKING_DAYS && !isWhole(decimal.multiply(BigDecimal.valueOf(2)))) {
				problems.add("amount", "calendar.error.half-days");
			}
			else if ((durationUnit == DurationUnit.CALENDAR_DAYS || durationUnit == DurationUnit.MONTHS) && !isWhole(decimal)) {
				problems.add("amount", "calendar.error.whole-number");
			}
		}
		WorkingCalendar calendar = null;
		try {
			calendar = calendars.forUnit(unitCode);
		}
		catch (InvalidInputException ex) {
			ex.problems().forEach(p -> problems.add(p.field(), p.messageKey(), p.args()));
		}
		problems.throwIfAny();
		return new DeadlineRequest(start, decimal, durationUnit, calendar);
	}

	/**
	 * The deadline on the calendar.
	 *
	 * @throws InvalidInputException on {@code amount} when the due would fall outside the calendar's years
	 */
	Deadline compute() {
		try {
			return calendar.due(from, amount, unit);
		}
		catch (IllegalArgumentException | ArithmeticException ex) {
			throw InvalidInputException.of("amount", "calendar.error.amount-range", String.valueOf(WorkingCalendar.MAX_YEAR));
		}
	}

	static String iso(Instant instant) {
		return OffsetDateTime.ofInstant(instant, WorkingCalendar.ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	private static @Nullable Instant parseInstant(@Nullable String value, InvalidInputException.Collector problems) {
		if (blank(value)) {
			problems.add("from", "error.required");
			return null;
		}
		String text = UNENCODED_PLUS.matcher(value.trim()).replaceFirst("+$1");
		Instant instant = null;
		try {
			instant = OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeException notWithOffset) {
			try {
				instant = LocalDateTime.parse(text).atZone(WorkingCalendar.ZONE).toInstant();
			}
			catch (DateTimeException notLocal) {
				try {
					instant = LocalDate.parse(text).atStartOfDay(WorkingCalendar.ZONE).toInstant();
				}
				catch (DateTimeException notADate) {
					problems.add("from", "calendar.error.instant", value);
					return null;
				}
			}
		}
		int year = LocalDate.ofInstant(instant, WorkingCalendar.ZONE).getYear();
		if (year < WorkingCalendar.MIN_YEAR || year > WorkingCalendar.MAX_YEAR) {
			problems.add("from", "calendar.error.year-range", String.valueOf(WorkingCalendar.MIN_YEAR),
					String.valueOf(WorkingCalendar.MAX_YEAR));
			return null;
		}
		return instant;
	}

	private static boolean isWhole(BigDecimal value) {
		return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}
}
