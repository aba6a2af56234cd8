/**
 * Working calendar: the Vietnamese lunar calendar, statutory and officially announced days
 * off, working sessions and the deadline arithmetic every other module uses.
 *
 * <p>Legal basis: Labour Code 45/2019/QH14 Art. 111–112 (holidays and compensatory days),
 * Decision 188/1999/QĐ-TTg (40-hour, Monday–Friday week for state agencies), Civil Code
 * 91/2015/QH13 Art. 147–148 (counting calendar periods) and Decree 61/2018/NĐ-CP Art. 18,
 * carried over by Decree 118/2025/NĐ-CP (the 15:00 cut-off for paper dossiers).
 *
 * <p>{@link org.motcua.calendar.WorkingCalendars} gives the calendar in force, nationally or for a
 * unit's province; {@link org.motcua.calendar.WorkingCalendar} does the arithmetic. A calendar is
 * immutable: a change builds a new instance, so a change applies to deadlines computed afterwards.
 * {@link org.motcua.calendar.CalendarAdministration} holds the changes administrators make (official
 * yearly schedules, province sessions and cut-off), stored in the {@code calendar} schema.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar", allowedDependencies = { "shared", "organization", "audit" })
@NullMarked
package org.motcua.calendar;

import org.jspecify.annotations.NullMarked;
