package org.motcua.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.ProcedureQuery;
import org.motcua.catalog.ProcedureStatus;
import org.motcua.catalog.ProcedureSummary;
import org.motcua.organization.AdministrativeUnit;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.reporting.ReportQuery;
import org.motcua.reporting.Reports;
import org.motcua.reporting.Summary;
import org.motcua.shared.InvalidInputException;
import org.motcua.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's public transparency page (Decision 766/QĐ-TTg group 1, publicity and transparency; Decree 61/2018 Art. 32:
 * evaluation results are published): the procedures in force that the unit (or a unit below it) applies, from the
 * catalogue's public API; its live service figures, from the reporting module's public API; and its feedback figures
 * (indicator 5.2). Nothing here names an applicant, a dossier or an official.
 */
@Service
public class Transparency {

	/** At most this many procedures are listed; {@code procedureTotal} says how many there are. */
	public static final int MAX_PROCEDURES = 200;

	/** Everything the page shows for one unit and period (whole days in Vietnam, inclusive). */
	public record Page(AdministrativeUnit unit, LocalDate from, LocalDate to, List<ProcedureSummary> procedures,
			long procedureTotal, Summary service, @Nullable Double serviceOnTimeRate, PublicFeedback.Figures feedback) {
	}

	private final Organization organization;
	private final Catalog catalog;
	private final Reports reports;
	private final PublicFeedback feedback;

	Transparency(Organization organization, Catalog catalog, Reports reports, PublicFeedback feedback) {
		this.organization = organization;
		this.catalog = catalog;
		this.reports = reports;
		this.feedback = feedback;
	}

	/** The units whose page may be opened: those in force today. */
	@Transactional(readOnly = true)
	public List<AdministrativeUnit> units() {
		LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
		return organization.allUnits(Caller.system()).stream().filter(u -> u.isValidOn(today)).toList();
	}

	/** The page of a unit; the period defaults to the year so far. */
	@Transactional(readOnly = true)
	public Page of(String unitCode, @Nullable LocalDate from, @Nullable LocalDate to) {
		String code = unitCode.trim().toUpperCase(Locale.ROOT);
		AdministrativeUnit unit = organization.findUnit(code).orElseThrow(() -> new NotFoundException("error.portal.transparency.unit", code));
		LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
		LocalDate end = to == null ? today : to;
		LocalDate start = from == null ? end.withDayOfYear(1) : from;
		if (start.isAfter(end) || start.plusYears(5).isBefore(end)) {
			throw InvalidInputException.of("from", "error.portal.transparency.period");
		}
		var procedures = catalog.search(new ProcedureQuery(null, null, null, code, null, ProcedureStatus.ACTIVE, null, 0, MAX_PROCEDURES));
		Summary service = reports.summary(Caller.system(), new ReportQuery(code, start, end, null, null));
		long finished = service.finished().total();
		Double rate = finished == 0 ? null
				: Math.round(1000.0 * (service.finished().early() + service.finished().onTime()) / finished) / 10.0;
		PublicFeedback.Figures figures = feedback.figures(code, start.atStartOfDay(WorkingCalendar.ZONE).toInstant(),
				end.plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant());
		return new Page(unit, start, end, procedures.items(), procedures.total(), service, rate, figures);
	}
}
