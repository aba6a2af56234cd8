package org.motcua.catalog;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Something wrong with how a procedure version was announced, published or written: a missed deadline (with the
 * date it was due and the date it happened, if it did) or a required part that is missing.
 */
public record PublicationIssue(Kind kind, @Nullable LocalDate due, @Nullable LocalDate actual) {

	public enum Kind {
		/** No announcement decision recorded (Decree 63/2010 Art. 13). */
		NOT_ANNOUNCED,
		/** Announced fewer than 5 working days before the version took effect (Art. 15; indicator 1.1 of Decision 766). */
		ANNOUNCEMENT_LATE,
		/** Not in the national database 5 working days after the announcement (Art. 24; indicator 1.2). */
		NOT_PUBLISHED,
		/** Put in the national database later than 5 working days after the announcement (Art. 24; indicator 1.2). */
		PUBLICATION_LATE,
		/** Required parts of Art. 8(2) that are missing (indicator 1.3), and the legal basis the published list names. */
		MISSING_STEPS, MISSING_CHANNELS, MISSING_COMPONENTS, MISSING_PROCESSING_TIME, MISSING_SUBJECTS, MISSING_AGENCY,
		MISSING_RESULT, MISSING_LEGAL_BASIS;

		public boolean missingPart() {
			return name().startsWith("MISSING_");
		}
	}

	static PublicationIssue missing(Kind kind) {
		return new PublicationIssue(kind, null, null);
	}
}
