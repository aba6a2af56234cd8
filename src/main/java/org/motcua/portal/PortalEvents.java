package org.motcua.portal;

import java.time.Instant;

/** Events the portal publishes for reporting and notification. */
public final class PortalEvents {

	private PortalEvents() {
	}

	/**
	 * An applicant rated the handling of their dossier (Decree 61/2018 Art. 31 criteria, Circular 01/2018
	 * Art. 13 indicators 3, 4 and 7).
	 */
	public record DossierRated(String dossierCode, String receivingUnitCode, String procedureCode, boolean satisfied,
			int contacts, int agencies, Rating.Attitude attitude, boolean extraCharges, boolean onTime,
			boolean informationAccurate, Instant at) {
	}

	/** Feedback was received and assigned to a unit, to answer by the given time (domain brief §10). */
	public record FeedbackReceived(long feedbackId, String trackingCode, FeedbackSubmission.Topic topic, String unitCode,
			Instant at, Instant answerBy) {
	}

	/**
	 * An official answered feedback; {@code onTime} when by its answer deadline (Decision 766/QĐ-TTg indicator 5.2).
	 * The answer still has to be published.
	 */
	public record FeedbackAnswered(long feedbackId, String trackingCode, FeedbackSubmission.Topic topic, String unitCode,
			Instant at, Instant answerBy, boolean onTime) {
	}

	/** The answer to feedback was published, personal data removed, for anyone to read and mark helpful. */
	public record FeedbackPublished(long feedbackId, String trackingCode, String unitCode, Instant at) {
	}

	/** A reader marked the published answer to feedback helpful or not (Decision 766/QĐ-TTg indicator 5.3). */
	public record FeedbackMarked(long feedbackId, String unitCode, Instant at) {
	}

	/**
	 * Feedback passed a working-day deadline ({@code stage}: ANSWER or PUBLISH) and was escalated to the unit head
	 * ({@code headUsername}, null when the unit has none on record).
	 */
	public record FeedbackOverdue(long feedbackId, String trackingCode, FeedbackSubmission.Topic topic, String unitCode,
			String stage, Instant deadline, @org.jspecify.annotations.Nullable String headUsername, Instant at) {
	}
}
