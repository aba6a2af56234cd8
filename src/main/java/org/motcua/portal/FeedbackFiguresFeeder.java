package org.motcua.portal;

import org.motcua.reporting.FeedbackFigures;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hands received and answered feedback to the reporting module's figures (Decision 766 indicator 5.2, the
 * dashboard), after the portal's transaction commits and through the event publication registry, so a figure is
 * not lost when reporting fails for a moment.
 */
@Component
class FeedbackFiguresFeeder {

	private final FeedbackFigures figures;

	FeedbackFiguresFeeder(FeedbackFigures figures) {
		this.figures = figures;
	}

	@ApplicationModuleListener
	void on(PortalEvents.FeedbackReceived e) {
		figures.received(e.feedbackId(), e.unitCode(), e.at(), e.answerBy());
	}

	@ApplicationModuleListener
	void on(PortalEvents.FeedbackAnswered e) {
		figures.answered(e.feedbackId(), e.unitCode(), e.answerBy(), e.at(), e.onTime());
	}
}
