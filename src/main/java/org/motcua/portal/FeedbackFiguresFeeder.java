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
 * code, for indicator 5.4 (dossiers with feedback); readers' marks on published answers feed indicator 5.3.
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

	@ApplicationModuleListener
	void on(PortalEvents.FeedbackRefused e) {
		figures.refused(e.feedbackId(), e.unitCode(), e.answerBy(), e.at());
	}

	/** The marks as they stand when the event is handled, with the time of the latest one. */
	@ApplicationModuleListener
	void on(PortalEvents.FeedbackMarked e) {
		jdbc.sql("""
				SELECT f.answer_by, count(h.*) FILTER (WHERE h.helpful) AS helpful, count(h.*) FILTER (WHERE NOT h.helpful) AS not_helpful,
				  max(h.at) AS latest
				FROM portal.feedback f LEFT JOIN portal.feedback_helpful h ON h.feedback_id = f.id WHERE f.id = :id GROUP BY f.answer_by""")
			.param("id", e.feedbackId())
			.query(rs -> {
				java.sql.Timestamp latest = rs.getTimestamp("latest");
				figures.marked(e.feedbackId(), e.unitCode(), rs.getTimestamp("answer_by").toInstant(), rs.getLong("helpful"),
						rs.getLong("not_helpful"), latest == null ? e.at() : latest.toInstant());
			});
	}

	private @Nullable String dossierOf(PortalEvents.FeedbackAnswered e) {
		if (e.topic() != FeedbackSubmission.Topic.DOSSIER_HANDLING) {
			return null;
		}
		return jdbc.sql("SELECT upper(dossier_code) FROM portal.feedback WHERE id = :id").param("id", e.feedbackId())
			.query(String.class).optional().orElse(null);
	}
}
