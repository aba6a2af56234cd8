package org.motcua.documents.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where attachment bytes live, by key: the file system under {@code MOTCUA_DOCUMENTS_DIR} ({@link FileSystemStore})
 * or an S3-compatible bucket ({@link S3FileStore}, when {@code MOTCUA_S3_ENDPOINT} is set; see docs/documents.md).
 */
public interface FileStore {

	/**
	 * Stores a complete temporary file under {@code key}; the key is visible only once the file is whole. The
	 * temporary file may be moved or left for the caller to remove.
	 */
	void put(String key, Path complete) throws IOException;

	InputStream open(String key) throws IOException;

	/** Removes the key if present; used to undo a put whose transaction rolled back. */
	void delete(String key) throws IOException;
}
