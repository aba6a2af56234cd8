package org.motcua.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.motcua.documents.storage.ContentTypes;
import org.motcua.documents.storage.FileStore;
import org.motcua.shared.ConflictException;
import org.motcua.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The checks every uploaded file passes after it was copied to the incoming folder and before it is stored:
 * the size limit, not empty, a type the installation and the caller allow (read from the bytes, not the name),
 * a name whose extension fits that type, and the virus scan. Dossier attachments and other files (feedback) share
 * them, and the way the checked file is stored and its temporary copy removed, so the two cannot drift apart.
 */
final class UploadChecks {

	private static final Logger LOG = LoggerFactory.getLogger(UploadChecks.class);

	/** The type read from the file's bytes and the scanner's verdict. */
	record Checked(String type, VirusScanner.Result scan) {
	}

	private UploadChecks() {
	}

	/**
	 * @param field the input the refusal is reported on
	 * @param what names the upload in the log (dossier code or area)
	 * @throws InvalidInputException on {@code field} when the file is refused
	 * @throws ConflictException when the virus scanner cannot be reached
	 * @throws IOException when the file cannot be read
	 */
	static Checked check(Path tmp, long size, String fileName, String field, java.util.Collection<String> allowedTypes,
			DocumentsSettings settings, VirusScanner scanner, String what) throws IOException {
		if (size > settings.maxFileSize().toBytes()) {
			throw InvalidInputException.of(field, "error.documents.too-large", settings.maxFileSize().toMegabytes() + " MB");
		}
		if (size == 0) {
			throw InvalidInputException.of(field, "error.documents.empty");
		}
		String type = ContentTypes.sniff(tmp);
		if (!allowedTypes.contains(type) || !settings.allowedTypes().contains(type)) {
			throw InvalidInputException.of(field, "error.documents.type-not-allowed", fileName, type);
		}
		if (!ContentTypes.nameMatches(fileName, type)) {
			throw InvalidInputException.of(field, "error.documents.disguised", fileName, type,
					String.join(", ", ContentTypes.extensionsOf(type)));
		}
		VirusScanner.Result scan;
		try {
			scan = scanner.scan(tmp);
		}
		catch (IOException ex) {
			LOG.warn("Virus scanner unavailable: {}", ex.getMessage());
			throw new ConflictException(null, "error.documents.scan-unavailable");
		}
		if (scan.verdict() == VirusScanner.Verdict.INFECTED) {
			LOG.warn("Refused an infected upload ({}, {}): {}", what, fileName, scan.threat());
			throw InvalidInputException.of(field, "error.documents.infected", fileName, String.valueOf(scan.threat()));
		}
		return new Checked(type, scan);
	}

	/**
	 * Stores a checked file under {@code key}. A put that fails, even late (a timeout after the store took the bytes),
	 * leaves no object behind; inside a transaction, the object is removed again unless the transaction commits, so
	 * a row never points to missing bytes and a rolled-back upload leaves no orphan.
	 */
	static void putUntilRollback(FileStore store, String key, Path complete) throws IOException {
		try {
			store.put(key, complete);
		}
		catch (IOException | RuntimeException ex) {
			try {
				store.delete(key);
			}
			catch (IOException | RuntimeException cleanup) {
				ex.addSuppressed(cleanup);
			}
			throw ex;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						try {
							store.delete(key);
						}
						catch (IOException ex) {
							LOG.warn("Could not remove {} after a rollback", key, ex);
						}
					}
				}
			});
		}
	}

	/** Removes the upload's temporary copy; a failure is logged, not thrown, so it never hides the outcome. */
	static void removeTemporary(@Nullable Path tmp) {
		if (tmp != null) {
			try {
				Files.deleteIfExists(tmp);
			}
			catch (IOException ex) {
				LOG.warn("Could not remove the temporary upload {}", tmp, ex);
			}
		}
	}
}
