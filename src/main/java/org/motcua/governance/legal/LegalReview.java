package org.motcua.governance.legal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A review campaign of a unit's documents signed up to {@code cutOff}, with its conclusions and counts. */
public record LegalReview(long id, String unitCode, String title, @Nullable String decisionRef, LocalDate cutOff, LocalDate startedOn,
		ReviewStatus status, @Nullable LocalDate concludedOn, String createdBy, ReviewSummary summary, List<Item> items, int version) {

	public enum ReviewStatus {
		OPEN, CONCLUDED
	}

	/** A document in the review's scope and its conclusion, if reached. */
	public record Item(LegalDocument document, @Nullable Conclusion conclusion, @Nullable String note, @Nullable String concludedBy,
			@Nullable Instant concludedAt) {
	}
}
