package org.motcua.catalog;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplianceCostTests {

	static ComplianceCost.Inputs in(String hours, String hourly, String fees) {
		return new ComplianceCost.Inputs(new BigDecimal(hours), new BigDecimal(hourly), new BigDecimal(fees));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# case                         | hB  | rateB | feesB   | hA  | rateA | feesA  | freq | subjects | perB    | perA   | yearB       | yearA      | saving      | pct
			work and fees, 1000 subjects   | 8   | 20000 | 50000   | 2   | 20000 | 0      | 1    | 1000     | 210000  | 40000  | 210000000   | 40000000   | 170000000   | 80.95
			Hà Nội plan 1811 per dossier   | 32  | 32000 | 0       | 0   | 0     | 231000 | 1    | 1        | 1024000 | 231000 | 1024000     | 231000     | 793000      | 77.44
			twice a year                   | 4   | 25000 | 100000  | 4   | 25000 | 50000  | 2    | 300      | 200000  | 150000 | 120000000   | 90000000   | 30000000    | 25.00
			half a use a year              | 10  | 20000 | 0       | 5   | 20000 | 0      | 0.5  | 3        | 200000  | 100000 | 300000      | 150000     | 150000      | 50.00
			hours round half up            | 1.5 | 16667 | 0       | 1   | 16667 | 0      | 1    | 1        | 25001   | 16667  | 25001       | 16667      | 8334        | 33.33
			a change that costs more       | 2   | 20000 | 0       | 3   | 20000 | 0      | 1    | 10       | 40000   | 60000  | 400000      | 600000     | -200000     | -50.00
			nothing to save from           | 0   | 0     | 0       | 0   | 0     | 0      | 1    | 10       | 0       | 0      | 0           | 0          | 0           | 0.00
			""")
	void computesTheCostBeforeAndAfterAndTheSaving(String name, String hB, String rateB, String feesB, String hA, String rateA,
			String feesA, String freq, long subjects, String perB, String perA, String yearB, String yearA, String saving, String pct) {
		ComplianceCost.Result r = ComplianceCost.of(in(hB, rateB, feesB), in(hA, rateA, feesA), new BigDecimal(freq), subjects);
		assertThat(r.perUseBefore()).isEqualByComparingTo(perB);
		assertThat(r.perUseAfter()).isEqualByComparingTo(perA);
		assertThat(r.yearlyBefore()).isEqualByComparingTo(yearB);
		assertThat(r.yearlyAfter()).isEqualByComparingTo(yearA);
		assertThat(r.yearlySaving()).isEqualByComparingTo(saving);
		assertThat(r.savingPercent()).isEqualTo(new BigDecimal(pct));
	}

	@Test
	void negativeFrequencyOrSubjectsAreRefused() {
		assertThatThrownBy(() -> ComplianceCost.of(ComplianceCost.Inputs.zero(), ComplianceCost.Inputs.zero(), BigDecimal.valueOf(-1), 1))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ComplianceCost.of(ComplianceCost.Inputs.zero(), ComplianceCost.Inputs.zero(), BigDecimal.ONE, -1))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aProposalMovesFromProposedToApprovedOrRejectedAndFromApprovedToImplementedOrRejected() {
		assertThat(ProposalStatus.PROPOSED.next()).containsExactly(ProposalStatus.APPROVED, ProposalStatus.REJECTED);
		assertThat(ProposalStatus.APPROVED.next()).containsExactly(ProposalStatus.IMPLEMENTED, ProposalStatus.REJECTED);
		assertThat(ProposalStatus.IMPLEMENTED.next()).isEmpty();
		assertThat(ProposalStatus.REJECTED.next()).isEmpty();
		assertThat(ProposalStatus.PROPOSED.canMoveTo(ProposalStatus.IMPLEMENTED)).isFalse();
	}
}
