package org.motcua.governance.commitments;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** A measured value with what it was computed from ({@code numerator} of {@code denominator}); no value without data. */
public record Indicator(@Nullable BigDecimal value, long numerator, long denominator, boolean measurable) {

	public static Indicator notMeasurable() {
		return new Indicator(null, 0, 0, false);
	}

	public static Indicator rate(long numerator, long denominator) {
		if (denominator == 0) {
			return new Indicator(null, 0, 0, true);
		}
		return new Indicator(BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 1, java.math.RoundingMode.HALF_UP),
				numerator, denominator, true);
	}

	/** A count among {@code outOf} items; no value when there is nothing to count among (no dossier is not "no late dossier"). */
	public static Indicator count(long count, long outOf) {
		if (outOf == 0) {
			return new Indicator(null, 0, 0, true);
		}
		return new Indicator(BigDecimal.valueOf(count), count, outOf, true);
	}
}
