package org.motcua.governance;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.motcua.governance.commitments.CommitmentPolicy;
import org.motcua.governance.commitments.Consequence;
import org.motcua.governance.commitments.Indicator;
import org.motcua.governance.commitments.TargetKind;
import org.motcua.governance.commitments.TargetStatus;

import static org.assertj.core.api.Assertions.assertThat;

class CommitmentPolicyTests {

	@ParameterizedTest(name = "{0} threshold {1}, {2} of {3} → {4}")
	@CsvSource({
			"ON_TIME_RATE,       95, 19, 20, ON_TRACK",
			"ON_TIME_RATE,       95, 18, 20, AT_RISK",
			"ON_TIME_RATE,       95,  0,  0, NO_DATA",
			"TASKS_ON_TIME_RATE, 80,  4,  5, ON_TRACK",
			"TASKS_ON_TIME_RATE, 80,  3,  5, AT_RISK",
			"ONLINE_RATE,        20,  1,  5, ON_TRACK" })
	void aRateTargetIsOnTrackWhenTheMeasuredShareReachesIt(TargetKind kind, BigDecimal threshold, long numerator, long denominator,
			TargetStatus expected) {
		assertThat(CommitmentPolicy.status(kind, threshold, Indicator.rate(numerator, denominator))).isEqualTo(expected);
	}

	@Test
	void aMaximumOfLateDossiersIsMetAtTheLimitAndMissedAboveIt() {
		assertThat(CommitmentPolicy.status(TargetKind.LATE_DOSSIERS_MAX, new BigDecimal("2"), Indicator.count(2, 40))).isEqualTo(TargetStatus.ON_TRACK);
		assertThat(CommitmentPolicy.status(TargetKind.LATE_DOSSIERS_MAX, new BigDecimal("2"), Indicator.count(3, 40))).isEqualTo(TargetStatus.AT_RISK);
		assertThat(CommitmentPolicy.status(TargetKind.LATE_DOSSIERS_MAX, BigDecimal.ZERO, Indicator.count(0, 0))).isEqualTo(TargetStatus.NO_DATA);
	}

	@Test
	void digitizationIsNotMeasurableAndQualitativeTargetsWaitForTheYearEnd() {
		assertThat(CommitmentPolicy.status(TargetKind.DIGITIZED_RATE, new BigDecimal("50"), Indicator.notMeasurable()))
			.isEqualTo(TargetStatus.NOT_MEASURABLE);
		assertThat(CommitmentPolicy.status(TargetKind.QUALITATIVE, null, Indicator.notMeasurable())).isEqualTo(TargetStatus.ASSESSED_AT_YEAR_END);
	}

	@Test
	void dataDecidesAMeasuredTargetWhateverTheEvaluatorSaysAndTheEvaluatorDecidesTheRest() {
		assertThat(CommitmentPolicy.achieved(TargetStatus.AT_RISK, true)).isFalse();
		assertThat(CommitmentPolicy.achieved(TargetStatus.ON_TRACK, false)).isTrue();
		assertThat(CommitmentPolicy.achieved(TargetStatus.NO_DATA, true)).isTrue();
		assertThat(CommitmentPolicy.achieved(TargetStatus.ASSESSED_AT_YEAR_END, null)).isNull();
		assertThat(CommitmentPolicy.overall(List.of(true, true))).isTrue();
		assertThat(CommitmentPolicy.overall(List.of(true, false))).isFalse();
	}

	@ParameterizedTest(name = "achieved {0}, {1}: allowed {2}")
	@CsvSource({
			"true,  CONTINUES,             true",
			"true,  TRANSFER,              false",
			"false, CONTINUES,             false",
			"false, VOLUNTARY_RESIGNATION, true",
			"false, TRANSFER,              true" })
	void aHeadWhoFailsTheCommitmentResignsOrIsTransferred(boolean achieved, Consequence consequence, boolean allowed) {
		assertThat(CommitmentPolicy.consequenceAllowed(achieved, consequence)).isEqualTo(allowed);
	}
}
