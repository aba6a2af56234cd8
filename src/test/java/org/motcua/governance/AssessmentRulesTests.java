package org.motcua.governance;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.motcua.governance.assessment.AssessmentRules;
import org.motcua.governance.assessment.AssessmentRules.Ranked;
import org.motcua.governance.commitments.Indicator;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentRulesTests {

	static final BigDecimal TEN = BigDecimal.TEN;

	@Test
	void aScoreAboveZeroWithoutEvidenceGetsNoPointsAndScoresStayWithinTheMaximum() {
		assertThat(AssessmentRules.problem(new BigDecimal("5"), TEN, null)).isEqualTo("error.governance.assessment.evidence-required");
		assertThat(AssessmentRules.problem(new BigDecimal("5"), TEN, "  ")).isEqualTo("error.governance.assessment.evidence-required");
		assertThat(AssessmentRules.problem(BigDecimal.ZERO, TEN, null)).isNull();
		assertThat(AssessmentRules.problem(new BigDecimal("10.5"), TEN, "x")).isEqualTo("error.governance.assessment.score-range");
		assertThat(AssessmentRules.problem(new BigDecimal("-1"), TEN, "x")).isEqualTo("error.governance.assessment.score-range");
		assertThat(AssessmentRules.problem(TEN, TEN, "biên bản")).isNull();
	}

	@Test
	void aMeasurableCriterionIsPrefilledInProportionToItsRateAndLeftEmptyWithoutData() {
		assertThat(AssessmentRules.prefill(new BigDecimal("15"), Indicator.rate(3, 4))).isEqualByComparingTo("11.25");
		assertThat(AssessmentRules.prefill(new BigDecimal("15"), Indicator.rate(0, 0))).isNull();
	}

	@Test
	void equalTotalsShareARankAndTheNextRankSkips() {
		List<Ranked> ranked = AssessmentRules.rank(List.of(new Ranked("A", new BigDecimal("80"), 0), new Ranked("B", new BigDecimal("91.5"), 0),
				new Ranked("C", new BigDecimal("80.00"), 0), new Ranked("D", new BigDecimal("60"), 0)));
		assertThat(ranked).extracting(Ranked::unitCode).containsExactly("B", "A", "C", "D");
		assertThat(ranked).extracting(Ranked::rank).containsExactly(1, 2, 2, 4);
	}
}
