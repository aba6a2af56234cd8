package org.motcua.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A file attached to a dossier: to one of its components (a scan, a photo, a reused earlier file) or to its
 * result (the electronic result). {@code reusedFrom} and {@code reusedFromDossier} name the earlier file it
 * reuses, when it does.
 */
public record AttachmentView(UUID id, String dossierCode, Purpose purpose, @Nullable String componentCode,
		String fileName, String contentType, long size, String sha256, VirusScanner.Verdict scan,
		@Nullable LocalDate validUntil, @Nullable UUID reusedFrom, @Nullable String reusedFromDossier, String uploadedBy,
		Instant uploadedAt) {

	/** What the file is for. */
	public enum Purpose {
		/** A dossier component (thành phần hồ sơ). */
		COMPONENT,
		/** The result of the procedure (kết quả giải quyết), electronic. */
		RESULT
	}

	public boolean reused() {
		return reusedFrom != null;
	}
}
