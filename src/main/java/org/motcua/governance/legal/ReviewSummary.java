package org.motcua.governance.legal;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Counts of a review (or, without one, of the registry): {@code inForce} counts documents still in force, including those
 * proposed for amendment or abolition; {@code expired} counts documents expired wholly or partly. {@code byConclusion}
 * holds every conclusion's count.
 */
public record ReviewSummary(@Nullable Long reviewId, @Nullable String unitCode, long documents, long reviewed, long notReviewed, long inForce,
		long expired, long expiredWholly, long expiredPartly, long suspended, long proposedAmendment, long proposedAbolition,
		long newDocumentNeeded, Map<Conclusion, Long> byConclusion) {
}
