package org.motcua.dossier;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the applicant may see of their dossier without signing in, once they proved they hold the receipt
 * (Decree 61/2018 Art. 12: the applicant can follow their dossier by its code): status, key dates and the
 * timeline without officials' names or notes. The applicant's particulars are given for the portal to mask.
 */
public record PublicDossier(String code, String procedureCode, String procedureName, String receivingUnitCode,
		Channel channel, DossierStatus status, String applicantName, @Nullable String applicantCitizenId,
		@Nullable String applicantPhone, Instant submittedAt, @Nullable Instant receivedAt, @Nullable Instant dueAt,
		@Nullable Instant originalDueAt, @Nullable Instant apologisedAt, @Nullable Instant completionRequestedAt,
		@Nullable Instant resultIssuedAt, @Nullable Instant returnedAt, @Nullable Instant stoppedAt,
		List<Step> timeline) {

	/** One step of the timeline: when, what action, and the status it led to (no actor, no note). */
	public record Step(Instant at, DossierAction action, DossierStatus status) {
	}
}
