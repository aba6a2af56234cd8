package org.motcua.documents.storage;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.tika.Tika;

/**
 * The type of a file judged from its bytes only (Apache Tika's magic numbers, plus a look inside ZIP containers to
 * tell DOCX and XLSX apart), never from the name or the type the client claims; and the file-name extensions each
 * type may carry, so a file whose name lies about its content is caught.
 */
public final class ContentTypes {

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final Map<String, List<String>> EXTENSIONS = Map.of(
			"application/pdf", List.of("pdf"),
			"image/jpeg", List.of("jpg", "jpeg"),
			"image/png", List.of("png"),
			"image/tiff", List.of("tif", "tiff"),
			DOCX, List.of("docx"),
			XLSX, List.of("xlsx"),
			"application/xml", List.of("xml"));

	private static final Tika TIKA = new Tika();

	private ContentTypes() {
	}

	public static String sniff(Path file) throws IOException {
		String detected;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			detected = TIKA.detect(in);
		}
		if (detected.equals("application/zip") || detected.equals("application/x-tika-ooxml")) {
			return officeType(file).orElse(detected);
		}
		return detected;
	}

	private static java.util.Optional<String> officeType(Path file) throws IOException {
		boolean contentTypes = false;
		String type = null;
		try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
			ZipEntry entry;
			int seen = 0;
			while ((entry = zip.getNextEntry()) != null && seen++ < 10_000) {
				String name = entry.getName();
				if (name.equals("[Content_Types].xml")) {
					contentTypes = true;
				}
				else if (name.equals("word/document.xml")) {
					type = DOCX;
				}
				else if (name.equals("xl/workbook.xml")) {
					type = XLSX;
				}
			}
		}
		catch (IOException ex) {
			return java.util.Optional.empty();
		}
		return contentTypes ? java.util.Optional.ofNullable(type) : java.util.Optional.empty();
	}

	/** The extension of a file name, lower case, without the dot; empty when there is none. */
	public static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** Whether a file named {@code fileName} may hold content of {@code type}. */
	public static boolean nameMatches(String fileName, String type) {
		return EXTENSIONS.getOrDefault(type, List.of()).contains(extension(fileName));
	}

	public static List<String> extensionsOf(String type) {
		return EXTENSIONS.getOrDefault(type, List.of());
	}
}
