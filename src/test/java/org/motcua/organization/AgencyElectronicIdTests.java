package org.motcua.organization;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgencyElectronicIdTests {

	@ParameterizedTest
	@ValueSource(strings = { "H41", "H41.20", "H41.20.01", "G22.01", "A01.1A.ZZ", "H15.50.05.13" })
	void acceptsIdsGrowingLeftToRightFromALevelOneCode(String id) {
		assertThat(AgencyElectronicId.isValid(id)).isTrue();
		assertThat(new AgencyElectronicId(id).levelOneCode()).isEqualTo(id.substring(0, 3));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "h41", "H4", "H411", "Z41.01", "41.H41", "H41..01", "H41.20.", "H41-20", "H41.ĐL",
			"H41.000001.000001.000001.000001.0001" })
	void refusesIdsBreakingDecision20Of2020(String id) {
		assertThat(AgencyElectronicId.isValid(id)).isFalse();
		assertThatThrownBy(() -> new AgencyElectronicId(id)).isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "000.00.00.H41", "000.00.04.H40", "000.01.20.H41" })
	void acceptsTheOldRightToLeftFormOnlyAsALegacyAlias(String id) {
		assertThat(AgencyElectronicId.isValidLegacy(id)).isTrue();
		assertThat(AgencyElectronicId.isValid(id)).isFalse();
	}

	@Test
	void limitsIdsToThirtyFiveCharacters() {
		String longest = "H41.123456.123456.123456.123456.12";
		assertThat(longest).hasSize(34);
		assertThat(AgencyElectronicId.isValid(longest + "3")).isTrue();
		assertThat(AgencyElectronicId.isValid(longest + "34")).isFalse();
	}
}
