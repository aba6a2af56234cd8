package org.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.motcua.calendar.WorkingCalendar;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.InternalProcess;
import org.motcua.catalog.ProcedureContent;
import org.motcua.catalog.ProcedureStatus;
import org.motcua.catalog.ProcedureVersion;
import org.motcua.catalog.ProcessVersion;
import org.springframework.stereotype.Component;

/**
 * Reads procedure terms from the catalogue: the version in force at intake, its legal time limit and components,
 * and the internal process of the receiving unit (or, for a unit that only receives and transfers, the process of
 * the unit competent for the procedure).
 */
@Component
class CatalogProcedureTerms implements ProcedureTermsSource {

	private final Catalog catalog;

	CatalogProcedureTerms(Catalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public Optional<ProcedureTerms> termsFor(String procedureCode, String unitCode, Instant at) {
		Optional<ProcedureVersion> version = catalog.procedureVersion(procedureCode, at);
		if (version.isEmpty() || version.get().content().status() != ProcedureStatus.ACTIVE
				|| version.get().content().processingTime() == null) {
			return Optional.empty();
		}
		ProcedureVersion v = version.get();
		ProcedureContent c = v.content();
		LocalDate day = LocalDate.ofInstant(at, WorkingCalendar.ZONE);
		Optional<ProcessVersion> process = catalog.processVersion(v.code(), unitCode, at)
			.or(() -> catalog.processes(v.code(), day).stream().map(InternalProcess::current).findFirst());
		if (process.isEmpty() || process.get().steps().isEmpty()) {
			return Optional.empty();
		}
		ProcessVersion p = process.get();
		List<PlannedStep> steps = p.steps().stream()
			.map(s -> new PlannedStep(s.name(), s.agencyCode(), s.role(), new ProcessingTime(s.allotment(), p.unit())))
			.toList();
		List<ProcedureTerms.RequiredComponent> components = c.components().stream()
			.map(x -> new ProcedureTerms.RequiredComponent(x.code(), x.name(), x.required()))
			.toList();
		String level = c.levelsOn(day).stream().findFirst().orElse(null);
		return Optional.of(new ProcedureTerms(v.code(), v.number(), c.name(),
				new ProcessingTime(c.processingTime().amount(), c.processingTime().unit()), steps, components, level));
	}

	@Override
	public List<ProcedureChoice> choicesFor(String unitCode, String query, int limit) {
		return catalog.receivable(unitCode, query, limit).stream().map(s -> new ProcedureChoice(s.code(), s.name())).toList();
	}
}
