package org.motcua.portal;

import org.jspecify.annotations.Nullable;

/** Masks personal data shown on public pages (Decree 13/2023 on personal data protection). */
final class Masking {

	private Masking() {
	}

	/** "Nguyễn Văn An" → "N*** V** An": initials and the given name, which alone identify nobody. */
	static String name(String fullName) {
		String[] parts = fullName.trim().split("\\s+");
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < parts.length; i++) {
			if (i > 0) {
				out.append(' ');
			}
			String p = parts[i];
			out.append(i == parts.length - 1 || p.isEmpty() ? p : p.codePoints().limit(1)
					.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "***");
		}
		return out.toString();
	}

	/** All but the last three characters replaced: "040090001234" → "*********234". */
	static @Nullable String tail(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.replaceAll("\\s", "");
		int keep = Math.min(3, v.length() / 3);
		return "*".repeat(v.length() - keep) + v.substring(v.length() - keep);
	}

	private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9-]+(?:\\.[\\p{L}0-9-]+)+");
	private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("(?<![0-9])(?:[0-9][ .-]?){8,}[0-9](?![0-9])");

	/**
	 * Free text for publication with personal data removed (Decree 13/2023): e-mail addresses, long numbers (phone,
	 * citizen ID, bank account: 9 digits or more) reduced to their last three digits, and the given names
	 * ({@code people}, e.g. the sender and the official reported) reduced to initials wherever they appear.
	 */
	static String scrub(@Nullable String text, java.util.Collection<@Nullable String> people) {
		if (text == null) {
			return "";
		}
		String out = EMAIL.matcher(text).replaceAll("***@***");
		out = NUMBER.matcher(out).replaceAll(m -> {
			String digits = m.group().replaceAll("[^0-9]", "");
			return java.util.regex.Matcher.quoteReplacement("*".repeat(digits.length() - 3) + digits.substring(digits.length() - 3));
		});
		for (String person : people) {
			if (person != null && person.trim().length() >= 3) {
				String p = person.trim();
				out = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(p),
						java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE)
					.matcher(out).replaceAll(java.util.regex.Matcher.quoteReplacement(initials(p)));
			}
		}
		return out;
	}

	/** "Nguyễn Văn An" → "N. V. A.": nothing of the name but its initials. */
	static String initials(String fullName) {
		StringBuilder out = new StringBuilder();
		for (String part : fullName.trim().split("\\s+")) {
			if (!part.isEmpty()) {
				if (out.length() > 0) {
					out.append(' ');
				}
				out.appendCodePoint(part.codePointAt(0)).append('.');
			}
		}
		return out.toString();
	}
}
