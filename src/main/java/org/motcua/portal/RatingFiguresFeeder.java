package org.motcua.portal;

import org.motcua.reporting.RatingFigures;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hands each applicant's rating to the reporting module's figures (Decision 766 indicator 5.4, Circular 01/2018
 * Art. 13 indicators 3, 4 and 7, the dashboard's satisfaction), after the portal's transaction commits and through
 * the event publication registry, so a rating is not lost when reporting fails for a moment. Reporting keeps the
 * first rating of a dossier, so a redelivered event is counted once.
 */
@Component
class RatingFiguresFeeder {

	private final RatingFigures figures;

	RatingFiguresFeeder(RatingFigures figures) {
		this.figures = figures;
	}

	@ApplicationModuleListener
	void on(PortalEvents.DossierRated e) {
		figures.record(e.dossierCode(), e.receivingUnitCode(), e.procedureCode(), e.at(),
				new RatingFigures.Criteria(e.satisfied(), e.contacts(), e.agencies(), RatingFigures.Attitude.valueOf(e.attitude().name()),
						e.extraCharges(), e.onTime(), e.informationAccurate()));
	}
}
