package org.motcua.documents.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Attachments as files under one directory, {@code <root>/<key>}, moved into place atomically. */
public final class FileSystemStore implements FileStore {

	private final Path root;

	public FileSystemStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/** A directory on the same file system as the store, for uploads in progress (so the final move is atomic). */
	public Path incoming() throws IOException {
		return Files.createDirectories(root.resolve(".incoming"));
	}

	private Path path(String key) {
		Path p = root.resolve(key).normalize();
		if (!p.startsWith(root) || key.startsWith(".")) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		return p;
	}

	@Override
	public void put(String key, Path complete) throws IOException {
		Path target = path(key);
		Files.createDirectories(target.getParent());
		try {
			Files.move(complete, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(complete, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	@Override
	public InputStream open(String key) throws IOException {
		return Files.newInputStream(path(key));
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(path(key));
	}
}
