/**
 * Working calendar: the Vietnamese lunar calendar, statutory and officially announced days
 * off, working sessions and the deadline arithmetic every other module uses.
 *
 * <p>Legal basis: Labour Code 45/2019/QH14 Art. 111–112 (holidays and compensatory days),
 * Decision 188/1999/QĐ-TTg (40-hour, Monday–Friday week for state agencies), Civil Code
 * 91/2015/QH13 Art. 147–148 (counting calendar periods) and Decree 61/2018/NĐ-CP Art. 18,
 * carried over by Decree 118/2025/NĐ-CP (the 15:00 cut-off for paper dossiers).
 *
 * <p>{@link org.motcua.calendar.WorkingCalendar} is the entry point. It is immutable: a change
 * to the calendar builds a new instance, so a change applies to deadlines computed afterwards.
 */
@NullMarked
package org.motcua.calendar;

import org.jspecify.annotations.NullMarked;
