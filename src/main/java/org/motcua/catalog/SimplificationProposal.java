package org.motcua.catalog;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A proposal to simplify a procedure, made by a unit: what it changes and why, the time it proposes (for a cut in
 * time), its cost of compliance before and after (Circular 02/2017/TT-VPCP) and its status. The yearly frequency is
 * entered by the proposer until dossier counts are available.
 */
public record SimplificationProposal(long id, String procedureCode, String procedureName, String unitCode, ProposalKind kind,
		String description, String rationale, @Nullable BigDecimal proposedTime, ComplianceCost.Inputs before,
		ComplianceCost.Inputs after, BigDecimal frequencyPerYear, long subjects, ComplianceCost.Result cost, ProposalStatus status,
		String proposedBy, Instant proposedAt, @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String decisionNote,
		int version) {
}
