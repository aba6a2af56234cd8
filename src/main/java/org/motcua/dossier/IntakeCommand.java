package org.motcua.dossier;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A dossier handed in at a desk or submitted online. For COUNTER and POST the clerk's outcome is ACCEPT
 * (receipt and appointment), REQUEST_COMPLETION (with the missing items) or REFUSE (with reasons); ONLINE
 * submissions wait in the desk's queue for that check.
 */
public record IntakeCommand(@Nullable String procedureCode, @Nullable String receivingUnitCode, @Nullable Channel channel,
		@Nullable Applicant applicant, @Nullable Applicant representative, @Nullable Instant receivedAt,
		@Nullable List<ComponentCheck> components, @Nullable DossierAction outcome, @Nullable List<String> missingItems,
		@Nullable String reasons) {
}
