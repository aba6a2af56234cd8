package org.motcua.organization;

import org.junit.jupiter.api.Test;
import org.motcua.shared.NotFoundException;
import org.motcua.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class CallerResolutionTests {

	@Autowired
	Organization organization;

	@Test
	void withinTheScopeOfAResolvedCallerTheirUseCasesDoNotResolveThemAgain() {
		Caller clerk = organization.caller("tiepnhan.doluong");
		try (Organization.CallerScope scope = organization.resolvedFor(clerk)) {
			assertThat(organization.caller("tiepnhan.doluong")).isSameAs(clerk);
			// another official is still read
			assertThat(organization.caller("chutich.doluong").username()).isEqualTo("chutich.doluong");
		}
		Caller again = organization.caller("tiepnhan.doluong");
		assertThat(again).isNotSameAs(clerk).isEqualTo(clerk);
	}

	@Test
	void scopesNestAndClosingOneRestoresTheOuterCaller() {
		Caller clerk = organization.caller("tiepnhan.doluong");
		Caller chairman = organization.caller("chutich.doluong");
		try (Organization.CallerScope outer = organization.resolvedFor(clerk)) {
			try (Organization.CallerScope inner = organization.resolvedFor(chairman)) {
				assertThat(organization.caller("chutich.doluong")).isSameAs(chairman);
			}
			assertThat(organization.caller("tiepnhan.doluong")).isSameAs(clerk);
		}
	}

	@Test
	void anUnknownOfficialHasNoCaller() {
		assertThat(organization.activeCaller("nobody.here")).isEmpty();
		assertThatThrownBy(() -> organization.caller("nobody.here")).isInstanceOf(NotFoundException.class);
	}

	@Test
	void theJurisdictionOfADistrictOfficialCoversTheirUnitAndWhatLiesUnderIt() {
		Jurisdiction j = organization.caller("chutich.doluong").jurisdiction();
		assertThat(j.unrestricted()).isFalse();
		assertThat(j.unitCodes()).contains("H41.20").doesNotContain("H41", "H41.21")
			.anyMatch(code -> code.startsWith("H41.20."));
		assertThat(j.unitIds()).hasSameSizeAs(j.unitCodes());
	}
}
