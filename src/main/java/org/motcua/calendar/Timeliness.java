package org.motcua.calendar;

/**
 * How a finished dossier compares with its due instant, for the on-time indicators.
 */
public enum Timeliness {

	/** Finished on a date before the date of the due instant (trước hạn). */
	EARLY,

	/** Finished on the due date, no later than the due instant (đúng hạn). */
	ON_TIME,

	/** Finished after the due instant (quá hạn). */
	LATE
}
