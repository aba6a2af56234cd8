package org.motcua.governance.commitments;

/**
 * What a target measures. The dossier rates come from the dossier module (Decision 766/QĐ-TTg defines such rates for
 * the service index); the share of own tasks done on time comes from this module's tasks.
 */
public enum TargetKind {
	/** dossiers finished early or on time, as a share of those finished in the year: at least the threshold (%) */
	ON_TIME_RATE(true, true),
	/** dossiers finished late, plus open ones past due, received in the year: at most the threshold */
	LATE_DOSSIERS_MAX(true, false),
	/** dossiers received online, as a share of those received in the year: at least the threshold (%) */
	ONLINE_RATE(true, true),
	/** dossiers whose result was digitized: at least the threshold (%); not measurable yet (no digitization data) */
	DIGITIZED_RATE(true, true),
	/** the unit's tasks due in the year that were done by their deadline: at least the threshold (%) */
	TASKS_ON_TIME_RATE(true, true),
	/** assessed by the evaluator at year end */
	QUALITATIVE(false, false);

	private final boolean measurable;
	private final boolean atLeast;

	TargetKind(boolean measurable, boolean atLeast) {
		this.measurable = measurable;
		this.atLeast = atLeast;
	}

	public boolean measurable() {
		return measurable;
	}

	/** True when the value must reach the threshold, false when it must not exceed it. */
	public boolean atLeast() {
		return atLeast;
	}
}
