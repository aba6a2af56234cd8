package org.motcua.calendar;

import org.motcua.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the shipped official schedules ({@link OfficialSchedules#shipped()}) into the database in every
 * profile, production included: a year is loaded once, when the database has no row for it, before the
 * application serves requests. A year an administrator has edited or taken back to the rules keeps its row
 * and is left alone, so a restart never undoes an administrator's decision. Several instances starting
 * together load it once (advisory lock).
 */
@Component
class ShippedSchedulesLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ShippedSchedulesLoader.class);

	private final JdbcClient jdbc;

	private final CalendarStore store;

	private final WorkingCalendars calendars;

	private final AuditTrail audit;

	private final TransactionTemplate tx;

	ShippedSchedulesLoader(JdbcClient jdbc, CalendarStore store, WorkingCalendars calendars, AuditTrail audit,
			TransactionTemplate tx) {
		this.jdbc = jdbc;
		this.store = store;
		this.calendars = calendars;
		this.audit = audit;
		this.tx = tx;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Integer loaded = tx.execute(status -> load());
		if (loaded != null && loaded > 0) {
			log.info("Loaded {} shipped official calendar year(s)", loaded);
		}
	}

	private int load() {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('motcua.calendar.shipped'))").query().singleRow();
		int loaded = 0;
		for (YearSchedule schedule : OfficialSchedules.shipped()) {
			if (store.yearExists(schedule.year())) {
				continue;
			}
			store.insertShippedYear(schedule);
			long provisional = schedule.days().stream().filter(SpecialDay::provisional).count();
			audit.record("CALENDAR_YEAR_LOADED", "CalendarYear", String.valueOf(schedule.year()),
					"%d: shipped official schedule loaded, %d special days (%d not yet confirmed)".formatted(schedule.year(),
							schedule.days().size(), provisional));
			loaded++;
		}
		if (loaded > 0) {
			calendars.changed(store.bumpRevision());
		}
		return loaded;
	}
}
