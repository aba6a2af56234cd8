package org.motcua.governance.commitments;

/** A target's live status during the year. */
public enum TargetStatus {
	/** the measured value meets the target today */
	ON_TRACK,
	/** the measured value misses the target today */
	AT_RISK,
	/** nothing to measure yet (e.g. no dossier finished in the year) */
	NO_DATA,
	/** the system has no data for this kind of target (digitization) */
	NOT_MEASURABLE,
	/** qualitative: the evaluator assesses it at year end */
	ASSESSED_AT_YEAR_END
}
