package org.motcua.portal;

import org.jspecify.annotations.Nullable;
import org.motcua.shared.InvalidInputException;

/**
 * An applicant's rating of the service after the result was returned: satisfied or not overall, and the
 * citizen criteria of Decree 61/2018 Art. 31 as scored by Circular 01/2018 Art. 13 — number of contacts needed
 * to complete the dossier (indicator 3), number of bodies contacted (4), staff attitude (7), charges beyond the
 * law, result on time (1) and accuracy of the published procedure information (6).
 */
public record Rating(boolean satisfied, int contacts, int agencies, Attitude attitude, boolean extraCharges,
		boolean onTime, boolean informationAccurate, @Nullable String comment) {

	/** Staff attitude as the applicant felt it. */
	public enum Attitude {
		GOOD, ACCEPTABLE, POOR
	}

	void validate() {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		problems.check(contacts >= 0 && contacts <= 50, "contacts", "error.portal.rating.range");
		problems.check(agencies >= 0 && agencies <= 50, "agencies", "error.portal.rating.range");
		problems.check(attitude != null, "attitude", "error.required");
		problems.check(comment == null || comment.length() <= 2000, "comment", "error.portal.rating.comment");
		problems.throwIfAny();
	}
}
