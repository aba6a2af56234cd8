package org.motcua.documents;

import java.time.Instant;

/**
 * Events the documents module publishes through the Modulith event publication registry: reporting counts the
 * Decision 766/QĐ-TTg group 4 indicators from them.
 */
public final class DocumentsEvents {

	private DocumentsEvents() {
	}

	/**
	 * A file was attached to a dossier (uploaded or reused); the dossier's digitization facts as they stand now,
	 * defined as in {@link DossierFiles}.
	 */
	public record DossierFilesChanged(String dossierCode, boolean componentsDigitized, boolean electronicResult,
			boolean reused, Instant at) {
	}
}
