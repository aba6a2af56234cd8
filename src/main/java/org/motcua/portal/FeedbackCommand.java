package org.motcua.portal;

import org.jspecify.annotations.Nullable;

/**
 * An official's action on feedback, with the version they read ({@code 409} when someone acted first). A refusal,
 * a request for information and an escalation need a {@code note}; an answer needs the {@code answer} text.
 */
public record FeedbackCommand(@Nullable FeedbackAction action, @Nullable String note, @Nullable String answer,
		@Nullable Integer version) {
}
