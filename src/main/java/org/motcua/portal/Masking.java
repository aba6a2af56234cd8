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
}
