package org.motcua.documents;

import java.io.IOException;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * The virus-scan hook every upload passes through before it is stored. MotCua ships a ClamAV client (used when
 * {@code MOTCUA_CLAMAV_HOST} is set) and a no-op that records files as not scanned; another scanner is a bean of
 * this type.
 */
public interface VirusScanner {

	enum Verdict {
		CLEAN, INFECTED, NOT_SCANNED
	}

	/** What the scanner said; {@code threat} names what it found in an infected file. */
	record Result(Verdict verdict, @Nullable String threat) {
	}

	/** Scans a complete file; an {@link IOException} means the scanner could not be reached or answer. */
	Result scan(Path file) throws IOException;
}
