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

	/**
	 * Officials refused feedback (outside what the unit handles, or not admissible): it is closed without an answer,
	 * so it is no longer waiting past its deadline (Circular 01/2018 Art. 13 indicator 8).
	 */
	public record FeedbackRefused(long feedbackId, String trackingCode, String unitCode, Instant at, Instant answerBy) {
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

	/**
	 * An official asked the sender for more information ({@code REQUEST_INFO}, Decree 20/2008/NĐ-CP as amended,
	 * Art. 14); {@code request} is what was asked. The sender may answer online with the link they are sent.
	 */
	public record FeedbackInformationRequested(long feedbackId, String trackingCode, FeedbackSubmission.Topic topic,
			String unitCode, String request, Instant at) {
	}

	/** An official escalated feedback to the unit head by hand ({@code headUsername} null when none is on record). */
	public record FeedbackEscalated(long feedbackId, String trackingCode, FeedbackSubmission.Topic topic, String unitCode,
			@org.jspecify.annotations.Nullable String headUsername, String escalatedBy, Instant at) {
	}

	/** The sender answered a request for information online; the feedback is back in handling. */
	public record FeedbackReplied(long feedbackId, String trackingCode, FeedbackSubmission.Topic topic, String unitCode,
			Instant at) {
	}
}
