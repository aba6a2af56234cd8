package org.motcua.calendar;

import java.time.Instant;
import java.util.Objects;

/**
 * An interval {@code [pausedAt, resumedAt)} during which a dossier's processing clock stopped.
 * For a pause still running, pass the current instant as {@code resumedAt}.
 */
public record Pause(Instant pausedAt, Instant resumedAt) {

	public Pause {
		Objects.requireNonNull(pausedAt, "pausedAt");
		Objects.requireNonNull(resumedAt, "resumedAt");
		if (resumedAt.isBefore(pausedAt)) {
			throw new IllegalArgumentException("A pause cannot resume (" + resumedAt + ") before it starts (" + pausedAt + ")");
		}
	}
}
