package org.motcua.catalog;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** Inputs of the simplification use cases. */
public final class SimplificationCommands {

	private SimplificationCommands() {
	}

	/**
	 * A new proposal by {@code unitCode} (the proposer's unit when absent). For {@link ProposalKind#ABOLISH} the cost
	 * after is zero whatever is entered: an abolished procedure costs nothing to comply with.
	 */
	public record NewProposal(String procedureCode, @Nullable String unitCode, @Nullable ProposalKind kind,
			@Nullable String description, @Nullable String rationale, @Nullable BigDecimal proposedTime,
			ComplianceCost.@Nullable Inputs before, ComplianceCost.@Nullable Inputs after, @Nullable BigDecimal frequencyPerYear,
			@Nullable Long subjects) {
	}

	/** Moves a proposal to {@code status}; {@code version} is the one the decider read. */
	public record Decision(@Nullable ProposalStatus status, @Nullable String note, int version) {
	}
}
