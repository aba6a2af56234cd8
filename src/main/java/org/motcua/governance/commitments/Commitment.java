package org.motcua.governance.commitments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A yearly commitment with its targets, each with its live measurement and status, and the year-end evaluation once
 * recorded. {@code liveStatus} is {@code AT_RISK} when any measured target misses today, {@code ON_TRACK} otherwise.
 */
public record Commitment(long id, int year, String unitCode, @Nullable String agencyCode, String signer, String signerName,
		String signerTitle, String counterpart, String counterpartName, String counterpartTitle, LocalDate signedOn, Status status,
		TargetStatus liveStatus, List<Target> targets, @Nullable Evaluation evaluation, int version) {

	public enum Status {
		SIGNED, EVALUATED
	}

	public record Target(long id, int position, TargetKind kind, @Nullable BigDecimal threshold, String description, Indicator measured,
			TargetStatus status, @Nullable Boolean achieved, @Nullable String assessment) {
	}

	public record Evaluation(boolean achieved, Consequence consequence, @Nullable String decisionRef, @Nullable String note, String evaluatedBy,
			LocalDate evaluatedOn) {
	}
}
