package org.motcua.governance.legal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A local legal document in the registry. {@code issuerClosed} says the issuing unit no longer exists (a district
 * closed on 1 July 2025); {@code successorCode} names the unit that took over its documents, when the organisation
 * records one.
 */
public record LegalDocument(long id, String unitCode, String unitName, boolean issuerClosed, @Nullable String successorCode,
		Issuer issuer, String number, DocumentKind kind, String title, @Nullable String field, LocalDate signedOn,
		LocalDate effectiveOn, DocumentStatus status, @Nullable LocalDate expiredOn, @Nullable String note, int version) {
}
