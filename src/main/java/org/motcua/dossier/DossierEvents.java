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

	/**
	 * Something happened to a dossier: the action, the status before and after, and the key facts. {@code steps}
	 * counts the steps of its internal process finished so far by their grade (null in events stored before it
	 * existed).
	 */
	public record DossierActionTaken(String code, DossierAction action, DossierStatus from, DossierStatus to,
			String receivingUnitCode, String procedureCode, Channel channel, Instant at, String actor,
			@Nullable Instant dueAt, @Nullable Timeliness timeliness, @Nullable StepGrades steps) {
	}

	/**
	 * How many finished steps of a dossier's internal process were early, on time and late against their own due time
	 * (Circular 01/2018 Art. 13 indicator 2: the time each participating unit took against its allotment). A step
	 * finished twice (restarted after a return or a completion request) counts each time.
	 */
	public record StepGrades(int early, int onTime, int late) {

		public static final StepGrades NONE = new StepGrades(0, 0, 0);

		public static StepGrades of(java.util.List<Dossier.StepProgress> progress) {
			int early = 0, onTime = 0, late = 0;
			for (Dossier.StepProgress p : progress) {
				if (p.timeliness() != null) {
					switch (p.timeliness()) {
						case EARLY -> early++;
						case ON_TIME -> onTime++;
						case LATE -> late++;
					}
				}
			}
			return new StepGrades(early, onTime, late);
		}

		public int total() {
			return early + onTime + late;
		}
	}

	/** A new dossier was registered (received at a desk, submitted online, or created by a transfer). */
	public record DossierRegistered(String code, @Nullable String parentCode, String receivingUnitCode,
			String procedureCode, Channel channel, DossierStatus status, Instant at, @Nullable Instant dueAt) {
	}
}
