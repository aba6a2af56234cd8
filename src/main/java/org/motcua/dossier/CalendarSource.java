package org.motcua.dossier;

import org.motcua.calendar.WorkingCalendar;

/** The working calendar that applies to a unit (its province's sessions and cut-off rule). */
interface CalendarSource {

	WorkingCalendar forUnit(String unitCode);
}
