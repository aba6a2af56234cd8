package org.motcua.dossier;

import org.motcua.calendar.WorkingCalendar;
import org.motcua.calendar.WorkingCalendars;
import org.springframework.stereotype.Component;

/** Takes each unit's working calendar from the calendar module (its province's sessions and cut-off). */
@Component
class CalendarOfUnits implements CalendarSource {

	private final WorkingCalendars calendars;

	CalendarOfUnits(WorkingCalendars calendars) {
		this.calendars = calendars;
	}

	@Override
	public WorkingCalendar forUnit(String unitCode) {
		return calendars.forUnit(unitCode);
	}
}
