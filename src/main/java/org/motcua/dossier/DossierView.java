package org.motcua.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.motcua.calendar.Timeliness;

/**
 * A dossier as officials see it: its particulars, status, every key date, the process and the actions the
 * caller may take now.
 */
public record DossierView(String code, @Nullable String parentCode, @Nullable String childCode, String procedureCode,
		int procedureVersion, String procedureName, String receivingUnitCode, String receivingAgencyCode,
		Channel channel, DossierStatus status, Applicant applicant, @Nullable Applicant representative,
		List<ComponentCheck> components, ProcessingTime processingTime, Instant submittedAt, @Nullable Instant receivedAt,
		boolean backdated, @Nullable Instant dueAt, @Nullable Instant originalDueAt, @Nullable Instant apologisedAt,
		@Nullable Instant completionRequestedAt, @Nullable Instant pausedAt, @Nullable Instant resultIssuedAt,
		@Nullable Instant returnedAt, @Nullable Instant stoppedAt, @Nullable Timeliness timeliness,
		@Nullable String transferredTo, List<PlannedStep> steps, int currentStep, List<Dossier.StepProgress> progress,
		List<Dossier.Consultation> consultations, List<org.motcua.calendar.Pause> pauses, boolean overdue, boolean atRisk,
		Set<DossierAction> allowedActions, int version) {
}
