package org.motcua.dossier;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One action on a dossier, with the version the caller read and the fields the action needs.
 */
public record ActionCommand(@Nullable DossierAction action, @Nullable Integer version, @Nullable String note,
		@Nullable List<String> missingItems, @Nullable String lead, @Nullable List<String> coProcessors,
		@Nullable List<String> followers, @Nullable Integer step, @Nullable String agencyCode, @Nullable Instant deadline,
		@Nullable Integer consultation, @Nullable String toUnitCode, @Nullable Instant newDueAt, @Nullable Channel via) {

	public static ActionCommand of(DossierAction action, int version) {
		return new ActionCommand(action, version, null, null, null, null, null, null, null, null, null, null, null, null);
	}
}
