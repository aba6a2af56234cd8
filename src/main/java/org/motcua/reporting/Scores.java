package org.motcua.reporting;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Circular 01/2018/TT-VPCP Art. 13–15 scoring of a unit subtree for a quarter: the nine indicators (0, 1 or 2
 * points each), each marked measurable or not with the reason; per dossier indicators averaged to one decimal;
 * officials' scores with their duty-completion band; the agency's score and grade over the measured indicators
 * ("an indicator without data is left out"). {@code dossiersRated}, {@code dossiersSatisfied} and
 * {@code dossiersWithExtraCharges} count the scored dossiers that the applicant rated, rated satisfied, and reported
 * charges beyond the law for.
 */
public record Scores(String unitCode, String quarter, long dossiersScored, long dossiersRated, long dossiersSatisfied,
		long dossiersWithExtraCharges, List<Indicator> indicators, Online online,
		@Nullable BigDecimal score, int maxMeasurable, @Nullable String grade, List<OfficialScore> officials,
		List<DossierScore> dossiers) {

	/**
	 * What indicator 9 (online services) is computed from: the procedures the subtree applies at the quarter's end (not
	 * abolished) and those that can be submitted online (full or partial process, the levels 3 and 4 of the Circular's
	 * time); the dossiers received in the quarter and those received online; and the online dossiers finished late in
	 * the quarter or open past their due date when it ended (or now).
	 */
	public record Online(long procedures, long proceduresOnline, long received, long receivedOnline, long onlineLateOrOverdue) {

		/** Without procedures or without dossiers received in the quarter there is nothing to score. */
		boolean measurable() {
			return procedures > 0 && received > 0;
		}

		/**
		 * 2: at least 20% of the procedures online, at least 30% of the dossiers received online, and no online dossier
		 * late or overdue; 1: some procedure online, at least 15% of the dossiers online, none late or overdue; else 0.
		 * The Circular's 1-point row reads "15 to under 30%"; a unit with 30% or more online that misses the 20% of
		 * procedures is given that point too, as it meets every other condition of the row and more.
		 */
		int points() {
			if (proceduresOnline == 0 || onlineLateOrOverdue > 0) {
				return 0;
			}
			if (proceduresOnline * 5 >= procedures && receivedOnline * 10 >= received * 3) {
				return 2;
			}
			return receivedOnline * 100 >= received * 15 ? 1 : 0;
		}
	}

	/** One of the nine indicators; {@code average} is null when not measurable or without dossiers. */
	public record Indicator(int number, String name, String scoredPer, boolean measurable, @Nullable BigDecimal average,
			String note) {
	}

	/**
	 * An official's score over the dossiers they acted on: the sum of the per-dossier indicators 1, 2, 3, 4 and 7 (2
	 * only over their dossiers with a finished step, 4 only over their rated dossiers, each null without any), and the
	 * band of duty completion (≥ 5: 100%; 3.5 to < 5: 70 to < 100%; < 3.5: < 70%).
	 */
	public record OfficialScore(String username, long dossiers, BigDecimal indicator1, @Nullable BigDecimal indicator2,
			BigDecimal indicator3, @Nullable BigDecimal indicator4, BigDecimal indicator7, BigDecimal score, String dutyBand) {
	}

	/**
	 * A scored dossier and its points on the measured per-dossier indicators; {@code indicator2} is null when no step
	 * of its internal process was finished, {@code indicator4} and {@code rating} when the applicant did not rate it.
	 */
	public record DossierScore(String code, int indicator1, @Nullable Integer indicator2, int indicator3,
			@Nullable Integer indicator4, int indicator7, @Nullable Rating rating) {
	}

	/** What the applicant reported when rating the dossier (Decree 61/2018 Art. 31), behind indicators 3, 4 and 7. */
	public record Rating(boolean satisfied, int contacts, int agencies, RatingFigures.Attitude attitude, boolean extraCharges) {
	}
}
