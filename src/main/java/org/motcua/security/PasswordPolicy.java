package org.motcua.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The password rules for officials: at least 8 characters with an upper-case letter, a lower-case letter,
 * a digit and a symbol, and not containing the username.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 8;
	public static final int MAX_LENGTH = 128;

	private PasswordPolicy() {
	}

	/** Message keys of the rules the password breaks; empty when it is acceptable. */
	public static List<String> violations(String username, String password) {
		List<String> problems = new ArrayList<>();
		if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			problems.add("error.password.length");
		}
		if (password.chars().noneMatch(Character::isUpperCase) || password.chars().noneMatch(Character::isLowerCase)) {
			problems.add("error.password.case");
		}
		if (password.chars().noneMatch(Character::isDigit)) {
			problems.add("error.password.digit");
		}
		if (password.chars().allMatch(Character::isLetterOrDigit)) {
			problems.add("error.password.symbol");
		}
		if (!username.isBlank() && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			problems.add("error.password.username");
		}
		return problems;
	}
}
