package org.motcua.governance.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.motcua.governance.commitments.Indicator;

/** Scoring rules of the self-assessment, without Spring. */
public final class AssessmentRules {

	private AssessmentRules() {
	}

	/** A self-score must lie between 0 and the maximum, and a score above 0 needs evidence (no evidence, no points). */
	public static @Nullable String problem(@Nullable BigDecimal score, BigDecimal max, @Nullable String evidence) {
		if (score == null) {
			return null;
		}
		if (score.signum() < 0 || score.compareTo(max) > 0) {
			return "error.governance.assessment.score-range";
		}
		if (score.signum() > 0 && (evidence == null || evidence.isBlank())) {
			return "error.governance.assessment.evidence-required";
		}
		return null;
	}

	/** A measurable criterion's points: its maximum times the measured rate, to two decimals; none without data. */
	public static @Nullable BigDecimal prefill(BigDecimal max, Indicator measured) {
		if (measured.value() == null) {
			return null;
		}
		BigDecimal rate = measured.value().min(BigDecimal.valueOf(100)).max(BigDecimal.ZERO);
		return max.multiply(rate).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
	}

	public record Ranked(String unitCode, BigDecimal total, int rank) {
	}

	/** Ranks units by total, highest first; equal totals share a rank (1, 2, 2, 4). */
	public static List<Ranked> rank(List<Ranked> totals) {
		List<Ranked> sorted = new ArrayList<>(totals);
		sorted.sort(Comparator.comparing(Ranked::total).reversed().thenComparing(Ranked::unitCode));
		List<Ranked> result = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			int rank = i > 0 && sorted.get(i).total().compareTo(sorted.get(i - 1).total()) == 0 ? result.get(i - 1).rank() : i + 1;
			result.add(new Ranked(sorted.get(i).unitCode(), sorted.get(i).total(), rank));
		}
		return result;
	}
}
