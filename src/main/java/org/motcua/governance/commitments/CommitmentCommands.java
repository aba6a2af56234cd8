package org.motcua.governance.commitments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What callers send to record and evaluate commitments. */
public final class CommitmentCommands {

	private CommitmentCommands() {
	}

	public record NewCommitment(@Nullable Integer year, @Nullable String signer, @Nullable String signerTitle, @Nullable String counterpart,
			@Nullable String counterpartTitle, @Nullable LocalDate signedOn, @Nullable List<NewTarget> targets) {
	}

	public record NewTarget(@Nullable TargetKind kind, @Nullable BigDecimal threshold, @Nullable String description) {
	}

	/** The year-end evaluation: an assessment for each target that data cannot decide, the consequence and its decision. */
	public record Evaluation(@Nullable List<TargetAssessment> targets, @Nullable Consequence consequence, @Nullable String decisionRef,
			@Nullable String note, @Nullable LocalDate evaluatedOn, int version) {
	}

	public record TargetAssessment(@Nullable Long targetId, @Nullable Boolean achieved, @Nullable String assessment) {
	}
}
