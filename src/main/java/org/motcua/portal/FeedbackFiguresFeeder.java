package org.motcua.portal;

import org.jspecify.annotations.Nullable;
import org.motcua.reporting.FeedbackFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hands received and answered feedback to the reporting module's figures (Decision 766 indicator 5.2, the
 * dashboard), after the portal's transaction commits and through the event publication registry, so a figure is
 * not lost when reporting fails for a moment. An answer to feedback about a dossier's handling carries the dossier's
 * code, for indicator 5.4 (dossiers with feedback).
 */
@Component
class FeedbackFiguresFeeder {

	private final FeedbackFigures figures;
	private final JdbcClient jdbc;

	FeedbackFiguresFeeder(FeedbackFigures figures, JdbcClient jdbc) {
		this.figures = figures;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(PortalEvents.FeedbackReceived e) {
		figures.received(e.feedbackId(), e.unitCode(), e.at(), e.answerBy());
	}

	@ApplicationModuleListener
	void on(PortalEvents.FeedbackAnswered e) {
		figures.answered(e.feedbackId(), e.unitCode(), e.answerBy(), e.at(), e.onTime(), dossierOf(e));
	}

	private @Nullable String dossierOf(PortalEvents.FeedbackAnswered e) {
		if (e.topic() != FeedbackSubmission.Topic.DOSSIER_HANDLING) {
			return null;
		}
		return jdbc.sql("SELECT upper(dossier_code) FROM portal.feedback WHERE id = :id").param("id", e.feedbackId())
			.query(String.class).optional().orElse(null);
	}
}
