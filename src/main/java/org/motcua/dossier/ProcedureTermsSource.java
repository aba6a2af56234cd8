package org.motcua.dossier;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the dossier module reads procedure terms from (the catalogue); kept behind this interface so the
 * dossier's rules do not depend on how the catalogue models procedures.
 */
public interface ProcedureTermsSource {

	/** The terms of the procedure version in force at {@code at} for dossiers received by {@code unitCode}. */
	Optional<ProcedureTerms> termsFor(String procedureCode, String unitCode, Instant at);

	/** Procedures a desk of the unit can receive, matching a search text (for the intake form). */
	java.util.List<ProcedureChoice> choicesFor(String unitCode, String query, int limit);

	/** A procedure in a picker: code and name. */
	record ProcedureChoice(String code, String name) {
	}
}
