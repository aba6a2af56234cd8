package org.motcua.dossier;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DossierCodeTests {

	@Test
	void joinsTheAgencyIdTheReceiptDateAndAFourDigitSequence() {
		assertThat(DossierCode.of("H41.20.01", LocalDate.of(2026, 2, 13), 7).value()).isEqualTo("H41.20.01-260213-0007");
		assertThat(DossierCode.of("H41.20.01", LocalDate.of(2026, 2, 13), 12345).value()).isEqualTo("H41.20.01-260213-12345");
		assertThat(new DossierCode("H15.50.05.13-261008-0975").agencyId()).isEqualTo("H15.50.05.13");
	}

	@ParameterizedTest
	@ValueSource(strings = { "H41.20.01-260213-007", "H41.20.01-2602-0007", "000.00.00.H41-260213-0001", "X-000000-0000" })
	void refusesWhatIsNotADossierCode(String code) {
		assertThat(DossierCode.isValid(code)).isFalse();
		assertThatThrownBy(() -> new DossierCode(code)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void validatesTwelveDigitCitizenIdsWithAProvinceCode() {
		assertThat(CitizenId.isValid("040095001234")).isTrue();
		assertThat(new CitizenId("040095001234").last4()).isEqualTo("1234");
		assertThat(CitizenId.isValid("04009500123")).isFalse();
		assertThat(CitizenId.isValid("003095001234")).isFalse();
		assertThat(CitizenId.isValid("04009500123A")).isFalse();
	}
}
