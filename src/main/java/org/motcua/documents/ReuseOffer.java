package org.motcua.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A file of an earlier dossier of the same applicant (same citizen ID) that the desk may reuse instead of a new
 * scan (Decree 45/2020 Art. 9, Circular 01/2023/TT-VPCP: what is already digitized and still valid is not asked
 * again). {@code componentCode} is the component of this dossier it matches; for an earlier result it is null and
 * the desk chooses the component it stands for.
 */
public record ReuseOffer(UUID fileId, @Nullable String componentCode, AttachmentView.Purpose purpose, String fileName,
		String contentType, long size, String fromDossier, Instant uploadedAt, @Nullable LocalDate validUntil) {
}
