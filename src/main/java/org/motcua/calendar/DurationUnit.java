package org.motcua.calendar;

/**
 * Units in which procedures state their time limits. The national 766 monitoring system supports
 * the same units per procedure (see docs/calendar.md).
 */
public enum DurationUnit {

	/** Working days (ngày làm việc), in steps of half a day. */
	WORKING_DAYS,

	/** Working hours, walked forward through the working sessions. */
	WORKING_HOURS,

	/** Calendar days, counted as the Civil Code 2015 Art. 147–148 require. */
	CALENDAR_DAYS,

	/** Calendar months, counted as the Civil Code 2015 Art. 147–148 require. */
	MONTHS
}
