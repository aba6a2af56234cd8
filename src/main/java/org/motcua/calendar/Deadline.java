package org.motcua.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A computed due instant.
 *
 * @param from the instant the period was asked to start from, e.g. the receipt
 * @param effectiveStart when the clock actually starts (the next session start when {@code from}
 *        is outside working hours or after the cut-off)
 * @param due the due instant
 */
public record Deadline(Instant from, Instant effectiveStart, Instant due) {

	public Deadline {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(effectiveStart, "effectiveStart");
		Objects.requireNonNull(due, "due");
	}

	/** The local date of the due instant, e.g. for the appointment slip (Mẫu 01). */
	public LocalDate dueDate() {
		return LocalDate.ofInstant(due, WorkingCalendar.ZONE);
	}
}
