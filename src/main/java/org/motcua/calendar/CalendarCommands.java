package org.motcua.calendar;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What administrators send to change the calendar, as entered: {@link CalendarAdministration} checks every
 * value and reports each problem against its field (e.g. {@code days[2].date}).
 */
public final class CalendarCommands {

	private CalendarCommands() {
	}

	/**
	 * One special day of a year's official schedule.
	 *
	 * @param date ISO date, {@code YYYY-MM-DD}
	 * @param kind a {@link DayKind} name
	 * @param name the Vietnamese name shown to users
	 * @param provisional whether the day is not yet confirmed by the notice ({@code null}: confirmed)
	 */
	public record DayEntry(@Nullable String date, @Nullable String kind, @Nullable String name, @Nullable Boolean provisional) {

		public boolean isProvisional() {
			return Boolean.TRUE.equals(provisional);
		}
	}

	/**
	 * The sessions of a working day from {@code validFrom} until the next period starts.
	 *
	 * @param validFrom ISO date
	 * @param sessions the sessions, in order and not overlapping
	 */
	public record PeriodEntry(@Nullable String validFrom, @Nullable List<SessionEntry> sessions) {
	}

	/**
	 * One working session, times as {@code HH:mm}.
	 */
	public record SessionEntry(@Nullable String start, @Nullable String end) {
	}

	/**
	 * The cut-off rule of a province.
	 *
	 * @param enabled whether the rule applies
	 * @param after {@code HH:mm}, required when enabled (Decree 61/2018 uses 15:00)
	 */
	public record CutOffChange(boolean enabled, @Nullable String after) {
	}
}
