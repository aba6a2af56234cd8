package org.motcua.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The working sessions in force on every working day from {@code validFrom} until the next
 * period of the {@link SessionSchedule} starts.
 *
 * @param validFrom the first date the sessions apply to
 * @param sessions the sessions of a working day, in order and not overlapping
 */
public record SessionPeriod(LocalDate validFrom, List<WorkingSession> sessions) {

	public SessionPeriod {
		Objects.requireNonNull(validFrom, "validFrom");
		sessions = List.copyOf(sessions);
		if (sessions.isEmpty()) {
			throw new IllegalArgumentException("A working day needs at least one session (from " + validFrom + ")");
		}
		for (int i = 1; i < sessions.size(); i++) {
			if (sessions.get(i).start().isBefore(sessions.get(i - 1).end())) {
				throw new IllegalArgumentException(
						"Sessions must be in order and not overlap: " + sessions.get(i - 1) + ", " + sessions.get(i));
			}
		}
	}
}
