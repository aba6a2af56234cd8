package org.motcua.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

/** Instants written as local times in Asia/Ho_Chi_Minh, for readable tests. */
final class LocalTimes {

	private LocalTimes() {
	}

	static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE).toInstant();
	}

	static ZonedDateTime local(Instant instant) {
		return instant.atZone(WorkingCalendar.ZONE);
	}
}
