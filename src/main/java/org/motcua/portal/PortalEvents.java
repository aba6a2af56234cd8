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
}
