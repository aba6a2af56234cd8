package org.motcua.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a failed embedded database start into a short start-up report with the way out.
 */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseUnavailableException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseUnavailableException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set MOTCUA_DB_URL, MOTCUA_DB_USER and MOTCUA_DB_PASSWORD to use an external PostgreSQL (see docs/operations.md).",
				cause);
	}
}
