package org.motcua.catalog;

import java.util.List;

/**
 * Where a simplification proposal stands: proposed, then approved or rejected; an approved proposal is implemented
 * (the procedure was changed) or, after all, rejected. Implemented and rejected are final.
 */
public enum ProposalStatus {
	PROPOSED, APPROVED, IMPLEMENTED, REJECTED;

	/** The statuses this one may move to, in the order a page offers them. */
	public List<ProposalStatus> next() {
		return switch (this) {
			case PROPOSED -> List.of(APPROVED, REJECTED);
			case APPROVED -> List.of(IMPLEMENTED, REJECTED);
			case IMPLEMENTED, REJECTED -> List.of();
		};
	}

	public boolean canMoveTo(ProposalStatus target) {
		return next().contains(target);
	}
}
