package org.motcua.documents;

import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

/**
 * The documents module's configuration, from environment variables (see docs/operations.md).
 *
 * @param dir where files, unit key stores and form overrides live ({@code MOTCUA_DOCUMENTS_DIR},
 *        default {@code $MOTCUA_DATA_DIR/documents})
 * @param maxFileSize the largest attachment accepted ({@code MOTCUA_MAX_FILE_SIZE})
 * @param allowedTypes the content types accepted, as sniffed from the bytes
 * @param publicUrl the public address of MotCua, for the lookup QR code ({@code MOTCUA_PUBLIC_URL})
 * @param clamavHost the clamd host; no virus scan when empty ({@code MOTCUA_CLAMAV_HOST})
 * @param signingPassword the common password of the units' PKCS#12 files ({@code MOTCUA_SIGNING_PASSWORD})
 * @param selfSign whether a unit without a key store gets a self-signed certificate (the demo)
 */
record DocumentsSettings(Path dir, DataSize maxFileSize, List<String> allowedTypes, String publicUrl,
		@Nullable String clamavHost, int clamavPort, @Nullable String signingPassword, boolean selfSign) {

	Path filesDir() {
		return dir.resolve("files");
	}

	Path keysDir() {
		return dir.resolve("keys");
	}

	Path formsDir() {
		return dir.resolve("forms");
	}
}
