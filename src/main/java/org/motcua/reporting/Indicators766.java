package org.motcua.reporting;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The Decision 766/QĐ-TTg scorecard of a unit subtree and period. {@code max} counts only the indicators this
 * system can measure; each indicator says whether it is measurable, why not, and whether its points are sourced
 * in the domain brief or the group's remaining points split evenly ({@code weightBasis}).
 */
public record Indicators766(BigDecimal total, BigDecimal max, List<Group> groups) {

	public record Group(String code, String name, BigDecimal points, BigDecimal max, BigDecimal statutoryMax,
			List<Indicator> indicators) {
	}

	/**
	 * One indicator. {@code rate} is a percentage with 2 decimals (for 2.2, the average in hours), null when not
	 * measurable or when the denominator is zero.
	 */
	public record Indicator(String code, String name, @Nullable BigDecimal rate, BigDecimal points, BigDecimal max,
			@Nullable Long numerator, @Nullable Long denominator, boolean measurable, String weightBasis, String note) {
	}
}
