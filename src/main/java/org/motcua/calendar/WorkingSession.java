package org.motcua.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One working session of a working day (a morning or an afternoon), from {@code start}
 * inclusive to {@code end} exclusive.
 */
public record WorkingSession(LocalTime start, LocalTime end) {

	public WorkingSession {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (!start.isBefore(end)) {
			throw new IllegalArgumentException("A session must end after it starts: " + start + "–" + end);
		}
	}

	/** The length of the session. */
	public Duration length() {
		return Duration.between(start, end);
	}
}
