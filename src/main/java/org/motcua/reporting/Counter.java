package org.motcua.reporting;

/**
 * The columns of {@code reporting.daily_counter}: one per number of the standard table that flows by day, the
 * seconds from receipt to result of the dossiers finished that day, and, on the day of receipt, how many of the
 * dossiers received that day have a result, an electronic result, digitized files and reused files (Decision 766
 * group 4, which counts over the dossiers received in a period).
 */
enum Counter {
	RECEIVED_ONLINE, RECEIVED_COUNTER, RECEIVED_POST, FINISHED_EARLY, FINISHED_ON_TIME, FINISHED_LATE, REFUSED, STOPPED,
	CANCELLED, COMPLETION_REQUESTS, APOLOGIES, FINISHED_SECONDS, RECEIVED_FINISHED, RECEIVED_ELECTRONIC_RESULT,
	RECEIVED_DIGITIZED, RECEIVED_REUSED, FINISHED_DISSATISFIED;

	String column() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
