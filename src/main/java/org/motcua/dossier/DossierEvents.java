package org.motcua.dossier;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.motcua.calendar.Timeliness;

/**
 * Events the dossier module publishes (through the Modulith event publication registry, so listeners in
 * other modules get them even after a crash): notification, reporting and the portal react to them.
 */
public final class DossierEvents {

	private DossierEvents() {
	}

	/** Something happened to a dossier: the action, the status before and after, and the key facts. */
	public record DossierActionTaken(String code, DossierAction action, DossierStatus from, DossierStatus to,
			String receivingUnitCode, String procedureCode, Channel channel, Instant at, String actor,
			@Nullable Instant dueAt, @Nullable Timeliness timeliness) {
	}

	/** A new dossier was registered (received at a desk, submitted online, or created by a transfer). */
	public record DossierRegistered(String code, @Nullable String parentCode, String receivingUnitCode,
			String procedureCode, Channel channel, DossierStatus status, Instant at, @Nullable Instant dueAt) {
	}
}
