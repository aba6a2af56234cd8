package org.motcua.calendar;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The working sessions in force for a province.
 *
 * @param province the province, or {@code null} for the national default
 * @param custom whether the province set its own sessions; otherwise {@link SessionSchedule#standard()}
 *        applies
 * @param schedule the sessions in force, with their effective dates
 * @param version the version to send back with a change (0 while never edited)
 */
public record ProvinceSessions(@Nullable Province province, boolean custom, SessionSchedule schedule, int version) {

	public ProvinceSessions {
		Objects.requireNonNull(schedule, "schedule");
	}
}
