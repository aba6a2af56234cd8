package org.motcua.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.documents.storage.FileStore;
import org.motcua.shared.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The file store for other modules' papers that belong to no dossier (e.g. the files a member of the public attaches
 * to feedback): the same checks as a dossier attachment — size limit ({@code MOTCUA_MAX_FILE_SIZE}), type sniffed
 * from the bytes and allowed, name fitting the content, virus scan, SHA-256 — and the same store (file system or
 * S3). The calling module keeps the returned description in its own schema. Stored inside the caller's
 * transaction: a rollback removes the bytes again, so a refused or failed submission leaves nothing behind.
 */
@Service
public class StoredFiles {


	/** Images and PDF: what a member of the public may attach as evidence. */
	public static final Set<String> IMAGES_AND_PDF = Set.of("application/pdf", "image/jpeg", "image/png");

	/** A stored file: where its bytes are, its cleaned name, sniffed type, size and SHA-256 (hex). */
	public record StoredFile(String storageKey, String fileName, String contentType, long size, String sha256,
			boolean scanned) {
	}

	private final FileStore store;
	private final Attachments.Incoming incoming;
	private final VirusScanner scanner;
	private final DocumentsSettings settings;
	private final Clock clock;

	StoredFiles(FileStore store, Attachments.Incoming incoming, VirusScanner scanner, DocumentsSettings settings,
			ObjectProvider<Clock> clock) {
		this.store = store;
		this.incoming = incoming;
		this.scanner = scanner;
		this.settings = settings;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Checks and stores one file under {@code area} (a short folder name such as {@code feedback}), accepting only
	 * {@code allowedTypes} (further limited to the installation's allowed types). A refusal is an
	 * {@link InvalidInputException} on {@code field} naming the reason in the reader's language.
	 */
	public StoredFile store(String area, String field, @Nullable String clientName, InputStream content,
			Set<String> allowedTypes) {
		String fileName = Attachments.baseName(clientName);
		if (fileName.isEmpty() || fileName.length() > 255) {
			throw InvalidInputException.of(field, "error.documents.file-name");
		}
		Path tmp = null;
		try {
			tmp = Files.createTempFile(incoming.directory(), "upload-", ".part");
			long max = settings.maxFileSize().toBytes();
			MessageDigest sha = Attachments.sha256();
			long size = Attachments.copy(content, tmp, sha, max);
			UploadChecks.Checked checked = UploadChecks.check(tmp, size, fileName, field, allowedTypes, settings, scanner, area);
			String type = checked.type();
			VirusScanner.Result scan = checked.scan();
			ZonedDateTime local = clock.instant().atZone(WorkingCalendar.ZONE);
			String key = "%s/%d/%02d/%s".formatted(area, local.getYear(), local.getMonthValue(), UUID.randomUUID());
			UploadChecks.putUntilRollback(store, key, tmp);
			return new StoredFile(key, fileName, type, size, HexFormat.of().formatHex(sha.digest()),
					scan.verdict() == VirusScanner.Verdict.CLEAN);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			UploadChecks.removeTemporary(tmp);
		}
	}

	/** The bytes of a stored file; the caller checks who may read it, and closes the stream. */
	public InputStream open(String storageKey) {
		try {
			return store.open(storageKey);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
