package org.motcua.reporting;

/** The columns of {@code reporting.daily_counter}: one per number of the standard table that flows by day. */
enum Counter {
	RECEIVED_ONLINE, RECEIVED_COUNTER, RECEIVED_POST, FINISHED_EARLY, FINISHED_ON_TIME, FINISHED_LATE, REFUSED, STOPPED,
	CANCELLED, COMPLETION_REQUESTS, APOLOGIES;

	String column() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
