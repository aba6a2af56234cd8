package org.motcua.catalog;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A legal document that procedures may cite as their legal basis has expired, wholly or in part: published by the
 * keeper of the legal document registry (the governance module, when a review concludes so or the registry records
 * it) and handled by the catalogue, which flags the procedures citing {@code number} for review. Procedures must be
 * revised when their legal basis changes (Decree 63/2010/NĐ-CP Art. 8, 12 and 15: published procedures follow the
 * documents that regulate them). The type lives in the catalogue because the governance module already depends on
 * it (through dossiers): owning it there would make the modules depend on each other.
 *
 * @param documentId the document's id in the registry
 * @param unitCode the issuing unit
 * @param number the document's number, e.g. {@code 12/2019/QĐ-UBND}
 * @param partly whether it expired only in part
 * @param source what concluded it, e.g. "Rà soát văn bản … (review 7)"
 */
public record LegalBasisExpired(long documentId, String unitCode, String number, String title, boolean partly,
		@Nullable LocalDate expiredOn, String source, String by, Instant at) {
}
