package org.motcua.reporting;

import java.sql.Timestamp;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the portal reports feedback (phản ánh, kiến nghị) for the indicators: received with its answer deadline,
 * answered on time or not (Decision 766/QĐ-TTg indicator 5.2; deadlines of Decree 20/2008/NĐ-CP as amended, domain
 * brief §10), and readers' marks on published answers (indicator 5.3). The portal calls it from its own event listeners, since the portal reads reporting's figures for
 * its transparency page and reporting therefore cannot depend on the portal. Each call is idempotent, and the
 * two may arrive in either order.
 */
@Service
public class FeedbackFigures {

	private final JdbcClient jdbc;
	private final ReadModel readModel;

	FeedbackFigures(JdbcClient jdbc, ReadModel readModel) {
		this.jdbc = jdbc;
		this.readModel = readModel;
	}

	/** Feedback was received for a unit, to be answered by {@code answerBy}. */
	@Transactional
	public void received(long feedbackId, String unitCode, Instant at, Instant answerBy) {
		jdbc.sql("""
				INSERT INTO reporting.feedback_fact (feedback_id, unit_code, received_at, answer_by) VALUES (:id, :u, :at, :by)
				ON CONFLICT (feedback_id) DO UPDATE SET received_at = EXCLUDED.received_at""")
			.param("id", feedbackId).param("u", unitCode).param("at", Timestamp.from(at)).param("by", Timestamp.from(answerBy))
			.update();
	}

	/**
	 * Readers' marks on the published answer to feedback: {@code helpful} and {@code notHelpful} as counted by the
	 * portal at {@code asOf} (the time of the latest mark). A report older than the one kept changes nothing, so
	 * reports handled out of order leave the latest counts.
	 */
	@Transactional
	public void marked(long feedbackId, String unitCode, Instant answerBy, long helpful, long notHelpful, Instant asOf) {
		jdbc.sql("""
				INSERT INTO reporting.feedback_fact (feedback_id, unit_code, answer_by, helpful, not_helpful, marks_at)
				VALUES (:id, :u, :by, :helpful, :notHelpful, :asOf)
				ON CONFLICT (feedback_id) DO UPDATE SET helpful = EXCLUDED.helpful, not_helpful = EXCLUDED.not_helpful,
				    marks_at = EXCLUDED.marks_at
				WHERE reporting.feedback_fact.marks_at IS NULL OR reporting.feedback_fact.marks_at <= EXCLUDED.marks_at""")
			.param("id", feedbackId).param("u", unitCode).param("by", Timestamp.from(answerBy)).param("helpful", helpful)
			.param("notHelpful", notHelpful).param("asOf", Timestamp.from(asOf)).update();
	}

	/**
	 * Feedback was refused at {@code at}: closed without an answer, so it no longer waits past its deadline
	 * (Circular 01/2018 Art. 13 indicator 8). The first refusal counts.
	 */
	@Transactional
	public void refused(long feedbackId, String unitCode, Instant answerBy, Instant at) {
		jdbc.sql("""
				INSERT INTO reporting.feedback_fact (feedback_id, unit_code, answer_by, refused_at) VALUES (:id, :u, :by, :at)
				ON CONFLICT (feedback_id) DO UPDATE SET refused_at = EXCLUDED.refused_at
				WHERE reporting.feedback_fact.refused_at IS NULL OR reporting.feedback_fact.refused_at > EXCLUDED.refused_at""")
			.param("id", feedbackId).param("u", unitCode).param("by", Timestamp.from(answerBy)).param("at", Timestamp.from(at))
			.update();
	}

	/** Feedback was answered at {@code at}; {@code onTime} when by its deadline. The first answer counts. */
	@Transactional
	public void answered(long feedbackId, String unitCode, Instant answerBy, Instant at, boolean onTime) {
		answered(feedbackId, unitCode, answerBy, at, onTime, null);
	}

	/**
	 * Feedback about the handling of dossier {@code dossierCode} (null for other feedback) was answered at {@code at}.
	 * Answered feedback about a dossier makes it one "with feedback" for Decision 766 indicator 5.4; feedback that was
	 * refused, or not answered yet, does not, so that anyone who knows a dossier code cannot lower the unit's figure
	 * by writing in.
	 */
	@Transactional
	public void answered(long feedbackId, String unitCode, Instant answerBy, Instant at, boolean onTime,
			@Nullable String dossierCode) {
		jdbc.sql("""
				INSERT INTO reporting.feedback_fact (feedback_id, unit_code, answer_by, answered_at, on_time, dossier_code)
				VALUES (:id, :u, :by, :at, :onTime, :dossier)
				ON CONFLICT (feedback_id) DO UPDATE SET answered_at = EXCLUDED.answered_at, on_time = EXCLUDED.on_time,
				    dossier_code = coalesce(reporting.feedback_fact.dossier_code, EXCLUDED.dossier_code)
				WHERE reporting.feedback_fact.answered_at IS NULL OR reporting.feedback_fact.answered_at > EXCLUDED.answered_at""")
			.param("id", feedbackId).param("u", unitCode).param("by", Timestamp.from(answerBy)).param("at", Timestamp.from(at))
			.param("onTime", onTime).param("dossier", dossierCode).update();
		if (dossierCode != null) {
			readModel.dissatisfied(dossierCode);
		}
	}
}
