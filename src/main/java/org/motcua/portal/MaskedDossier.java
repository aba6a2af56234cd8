package org.motcua.portal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierStatus;

/**
 * A dossier as the public sees it after a successful lookup: names and numbers masked, only the public steps
 * of the timeline, the appointment and any apology with its new date, and whether the result is ready or
 * returned and the service may be rated.
 */
public record MaskedDossier(String code, String procedureCode, String procedureName, String receivingUnitCode,
		DossierStatus status, String applicantName, @Nullable String applicantCitizenId, @Nullable String applicantPhone,
		Instant submittedAt, @Nullable Instant receivedAt, @Nullable Instant dueAt, @Nullable Instant originalDueAt,
		@Nullable Instant apologisedAt, @Nullable Instant resultIssuedAt, @Nullable Instant returnedAt,
		boolean resultReady, boolean returned, boolean ratable, boolean rated, List<Step> timeline) {

	/** A public step: when, what happened, and the resulting status. */
	public record Step(Instant at, DossierAction action, DossierStatus status) {
	}
}
