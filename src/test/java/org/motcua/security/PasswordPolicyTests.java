package org.motcua.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	@Test
	void acceptsTheDemoPassword() {
		assertThat(PasswordPolicy.violations("tiepnhan.doluong", "Demo@2026")).isEmpty();
	}

	@Test
	void namesEveryRuleAWeakPasswordBreaks() {
		assertThat(PasswordPolicy.violations("an", "abc")).containsExactlyInAnyOrder("error.password.length",
				"error.password.case", "error.password.digit", "error.password.symbol");
	}

	@Test
	void refusesAPasswordContainingTheUsername() {
		assertThat(PasswordPolicy.violations("hoa", "Xin#Hoa2026")).containsExactly("error.password.username");
	}
}
