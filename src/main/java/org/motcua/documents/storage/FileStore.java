package org.motcua.documents.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where attachment bytes live, by key. The file system under {@code MOTCUA_DOCUMENTS_DIR} is the implementation
 * shipped; an S3-compatible store would implement the same three operations (see docs/documents.md).
 */
public interface FileStore {

	/** Moves a complete temporary file under {@code key}; the key is visible only once the file is whole. */
	void put(String key, Path complete) throws IOException;

	InputStream open(String key) throws IOException;

	/** Removes the key if present; used to undo a put whose transaction rolled back. */
	void delete(String key) throws IOException;
}
