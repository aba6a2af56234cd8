/**
 * The papers of a dossier: attached files per component and per result (stored with their SHA-256, type sniffed
 * from the bytes, scanned for viruses where configured), digitization and reuse facts for the Decision 766/QĐ-TTg
 * indicators (group 4), the standard forms Mẫu 01–06 and the stop notice as PDF (Circular 01/2018/TT-VPCP Art.
 * 9–10, now Circular 03/2025/TT-VPCP), and their PAdES signatures with the issuing unit's certificate and their
 * verification.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents",
		allowedDependencies = { "shared", "organization", "audit", "calendar", "dossier" })
@org.jspecify.annotations.NullMarked
package org.motcua.documents;
