package org.motcua.governance.legal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What callers send to the registry and its reviews. */
public final class LegalCommands {

	private LegalCommands() {
	}

	public record DocumentData(@Nullable String unitCode, @Nullable Issuer issuer, @Nullable String number, @Nullable DocumentKind kind,
			@Nullable String title, @Nullable String field, @Nullable LocalDate signedOn, @Nullable LocalDate effectiveOn,
			@Nullable DocumentStatus status, @Nullable LocalDate expiredOn, @Nullable String note) {
	}

	public record NewReview(@Nullable String unitCode, @Nullable String title, @Nullable String decisionRef, @Nullable LocalDate cutOff,
			@Nullable LocalDate startedOn) {
	}

	/** Renames a review or concludes it, on {@code concludedOn} (today when absent; never in the future). */
	public record ReviewChange(@Nullable String title, @Nullable String decisionRef, boolean conclude, @Nullable LocalDate concludedOn, int version) {
	}

	/** A conclusion about one document; {@code expiredOn} dates an expiry conclusion. */
	public record ConclusionData(@Nullable Conclusion conclusion, @Nullable String note, @Nullable LocalDate expiredOn) {
	}
}
