package org.motcua.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Working sessions with the dates they take effect, so that a province can change its office
 * hours (for example summer hours) without changing deadlines computed under the old hours.
 * A working Saturday uses the same sessions as a weekday.
 *
 * <p>The first period also covers dates before its {@code validFrom}.
 *
 * @param periods the periods, sorted by {@code validFrom}, at most one per date
 */
public record SessionSchedule(List<SessionPeriod> periods) {

	/** 07:30–11:30, the usual morning session of state agencies. */
	public static final WorkingSession STANDARD_MORNING = new WorkingSession(LocalTime.of(7, 30), LocalTime.of(11, 30));

	/** 13:30–17:00, the usual afternoon session of state agencies. */
	public static final WorkingSession STANDARD_AFTERNOON = new WorkingSession(LocalTime.of(13, 30), LocalTime.of(17, 0));

	private static final SessionSchedule STANDARD = of(List.of(STANDARD_MORNING, STANDARD_AFTERNOON));

	public SessionSchedule {
		periods = periods.stream().sorted(Comparator.comparing(SessionPeriod::validFrom)).toList();
		if (periods.isEmpty()) {
			throw new IllegalArgumentException("A session schedule needs at least one period");
		}
		for (int i = 1; i < periods.size(); i++) {
			if (periods.get(i).validFrom().equals(periods.get(i - 1).validFrom())) {
				throw new IllegalArgumentException("Two session periods start on " + periods.get(i).validFrom());
			}
		}
	}

	/**
	 * 07:30–11:30 and 13:30–17:00: 7.5 working hours a day, which with five days a week stays
	 * within the 40-hour week of Decision 188/1999/QĐ-TTg Art. 1.
	 */
	public static SessionSchedule standard() {
		return STANDARD;
	}

	/** The same sessions on every working day. */
	public static SessionSchedule of(List<WorkingSession> sessions) {
		return new SessionSchedule(List.of(new SessionPeriod(LocalDate.of(1900, 1, 1), sessions)));
	}

	/** This schedule with {@code sessions} in force from {@code validFrom}, replacing a period starting that day. */
	public SessionSchedule with(LocalDate validFrom, List<WorkingSession> sessions) {
		List<SessionPeriod> changed = new ArrayList<>();
		for (SessionPeriod period : periods) {
			if (!period.validFrom().equals(validFrom)) {
				changed.add(period);
			}
		}
		changed.add(new SessionPeriod(validFrom, sessions));
		return new SessionSchedule(changed);
	}

	/** The sessions of a working day on {@code date}. */
	public List<WorkingSession> sessionsOn(LocalDate date) {
		SessionPeriod current = periods.get(0);
		for (SessionPeriod period : periods) {
			if (period.validFrom().isAfter(date)) {
				break;
			}
			current = period;
		}
		return current.sessions();
	}
}
