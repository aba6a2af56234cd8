package org.motcua.audit;

import org.jspecify.annotations.Nullable;

/**
 * Result of recomputing the audit hash chain.
 * @param intact whether every entry's hash and link hold and nothing is missing
 * @param entriesChecked how many entries were read
 * @param firstBrokenSeq the first sequence number where the chain breaks, if any
 * @param problem what is wrong there
 */
public record ChainVerification(boolean intact, long entriesChecked, @Nullable Long firstBrokenSeq,
		@Nullable String problem) {
}
