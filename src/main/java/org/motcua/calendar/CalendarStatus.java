package org.motcua.calendar;

/**
 * Whether the days off of a year come from the Government's announcement or from the rules.
 */
public enum CalendarStatus {

	/** Loaded from the official yearly notice (Government Office or Ministry of Home Affairs). */
	OFFICIAL,

	/** Generated from Labour Code 2019 Art. 111–112 until the official notice is loaded. */
	PROVISIONAL
}
