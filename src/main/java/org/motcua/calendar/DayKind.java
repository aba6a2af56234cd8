package org.motcua.calendar;

/**
 * Why a day differs from an ordinary Monday–Friday working week.
 */
public enum DayKind {

	/** A public holiday (ngày lễ, Tết) under Labour Code 2019 Art. 112. */
	HOLIDAY,

	/**
	 * A day off in compensation for a holiday that fell on a weekly rest day
	 * (nghỉ bù), Labour Code 2019 Art. 111(3).
	 */
	COMPENSATORY,

	/** A weekday given off in exchange for a worked Saturday (nghỉ hoán đổi). */
	SWAPPED_OFF,

	/** A Saturday (or Sunday) worked in exchange for a weekday off (làm bù). */
	WORKING_SATURDAY;

	/** Whether a day of this kind is a day off. */
	public boolean isDayOff() {
		return this != WORKING_SATURDAY;
	}
}
