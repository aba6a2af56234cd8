package org.motcua.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** Normalisation of text input: trimmed, blank optional text is absent. */
final class Texts {

	private Texts() {
	}

	static @Nullable String trimToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	static String trim(@Nullable String s) {
		return s == null ? "" : s.strip();
	}

	static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}

	static String upper(@Nullable String s) {
		return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
	}

	static <T> List<T> list(@Nullable List<T> list) {
		return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
	}

	static <E extends Enum<E>> List<E> enums(java.util.@Nullable Collection<E> values) {
		return values == null ? List.of() : values.stream().filter(Objects::nonNull).distinct().sorted().toList();
	}
}
