package org.motcua.governance.commitments;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The rules of targets and of the year-end evaluation, without Spring. */
public final class CommitmentPolicy {

	private CommitmentPolicy() {
	}

	/** The live status of a target measured as {@code indicator}. */
	public static TargetStatus status(TargetKind kind, @Nullable BigDecimal threshold, Indicator indicator) {
		if (!kind.measurable()) {
			return TargetStatus.ASSESSED_AT_YEAR_END;
		}
		if (!indicator.measurable()) {
			return TargetStatus.NOT_MEASURABLE;
		}
		if (indicator.value() == null || threshold == null) {
			return TargetStatus.NO_DATA;
		}
		return meets(kind, threshold, indicator.value()) ? TargetStatus.ON_TRACK : TargetStatus.AT_RISK;
	}

	public static boolean meets(TargetKind kind, BigDecimal threshold, BigDecimal value) {
		int c = value.compareTo(threshold);
		return kind.atLeast() ? c >= 0 : c <= 0;
	}

	/**
	 * Whether a target is achieved at year end: a measured target by its value (the evaluator cannot override the
	 * data), a qualitative or unmeasurable one by the evaluator's assessment; null when neither is available.
	 */
	public static @Nullable Boolean achieved(TargetStatus status, @Nullable Boolean assessed) {
		return switch (status) {
			case ON_TRACK -> true;
			case AT_RISK -> false;
			case NO_DATA, NOT_MEASURABLE, ASSESSED_AT_YEAR_END -> assessed;
		};
	}

	/** Overall, a commitment is achieved when every target is. */
	public static boolean overall(List<Boolean> achieved) {
		return achieved.stream().allMatch(Boolean::booleanValue);
	}

	/**
	 * The consequences an evaluation may record: a head who achieved the commitment continues; one who did not resigns
	 * voluntarily or is transferred to other work, as the seed report demands.
	 */
	public static boolean consequenceAllowed(boolean achieved, Consequence consequence) {
		return achieved ? consequence == Consequence.CONTINUES : consequence != Consequence.CONTINUES;
	}
}
