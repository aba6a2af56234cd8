package org.motcua.documents;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.motcua.documents.pdf.HtmlPdf;
import org.motcua.documents.signing.UnitKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/** Wires the documents module from its settings. */
@Configuration(proxyBeanMethods = false)
class DocumentsConfiguration {

	static final String DEMO_PASSWORD = "motcua-demo";

	@Bean
	DocumentsSettings documentsSettings(@Value("${motcua.documents.dir:${motcua.data-dir:./data}/documents}") String dir,
			@Value("${motcua.documents.max-file-size:20MB}") DataSize maxFileSize,
			@Value("${motcua.documents.allowed-types:application/pdf,image/jpeg,image/png,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet}") String allowedTypes,
			@Value("${motcua.public-url:http://localhost:8080}") String publicUrl,
			@Value("${motcua.documents.clamav.host:}") String clamavHost,
			@Value("${motcua.documents.clamav.port:3310}") int clamavPort,
			@Value("${motcua.documents.signing.password:}") String signingPassword,
			@Value("${motcua.demo-data:false}") boolean demo) {
		List<String> types = Arrays.stream(allowedTypes.split(",")).map(String::trim).filter(s -> !s.isEmpty())
			.map(s -> s.toLowerCase(Locale.ROOT)).toList();
		String password = signingPassword.isBlank() ? (demo ? DEMO_PASSWORD : null) : signingPassword;
		return new DocumentsSettings(Path.of(dir), maxFileSize, types, publicUrl, clamavHost.isBlank() ? null : clamavHost,
				clamavPort, password, demo);
	}

	@Bean
	HtmlPdf formRenderer(DocumentsSettings settings) {
		return new HtmlPdf(settings.formsDir());
	}

	/**
	 * The file system under {@code MOTCUA_DOCUMENTS_DIR/files}, or an S3-compatible bucket when
	 * {@code MOTCUA_S3_ENDPOINT} is set; the bucket is checked at start-up so a wrong configuration stops the
	 * application rather than the first upload.
	 */
	@Bean
	org.motcua.documents.storage.FileStore fileStore(DocumentsSettings settings,
			@Value("${motcua.documents.s3.endpoint:${MOTCUA_S3_ENDPOINT:}}") String endpoint,
			@Value("${motcua.documents.s3.bucket:${MOTCUA_S3_BUCKET:}}") String bucket,
			@Value("${motcua.documents.s3.region:${MOTCUA_S3_REGION:us-east-1}}") String region,
			@Value("${AWS_ACCESS_KEY_ID:}") String accessKeyId, @Value("${AWS_SECRET_ACCESS_KEY:}") String secretAccessKey) {
		if (endpoint.isBlank()) {
			return new org.motcua.documents.storage.FileSystemStore(settings.filesDir());
		}
		java.util.List<String> missing = new java.util.ArrayList<>();
		if (bucket.isBlank()) {
			missing.add("MOTCUA_S3_BUCKET");
		}
		if (accessKeyId.isBlank()) {
			missing.add("AWS_ACCESS_KEY_ID");
		}
		if (secretAccessKey.isBlank()) {
			missing.add("AWS_SECRET_ACCESS_KEY");
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException("MOTCUA_S3_ENDPOINT is set but " + String.join(", ", missing) + " is not");
		}
		var store = new org.motcua.documents.storage.S3FileStore(java.net.URI.create(endpoint.trim()), bucket.trim(), region.trim(),
				accessKeyId.trim(), secretAccessKey.trim(), java.time.Clock.systemUTC(), java.time.Duration.ofSeconds(30));
		store.checkBucket();
		org.slf4j.LoggerFactory.getLogger(DocumentsConfiguration.class).info("Attachments are stored in {}", store);
		return store;
	}

	/** Uploads in progress: next to the files (so the final move is atomic), or a local directory before an S3 PUT. */
	@Bean
	Attachments.Incoming incoming(org.motcua.documents.storage.FileStore store, DocumentsSettings settings) {
		if (store instanceof org.motcua.documents.storage.FileSystemStore files) {
			return files::incoming;
		}
		return () -> java.nio.file.Files.createDirectories(settings.dir().resolve("incoming"));
	}

	/** ClamAV when {@code MOTCUA_CLAMAV_HOST} is set; otherwise files are recorded as not scanned. */
	@Bean
	@org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean(VirusScanner.class)
	VirusScanner virusScanner(DocumentsSettings settings) {
		if (settings.clamavHost() != null) {
			return new org.motcua.documents.storage.ClamAvScanner(settings.clamavHost(), settings.clamavPort(), 30_000);
		}
		return file -> new VirusScanner.Result(VirusScanner.Verdict.NOT_SCANNED, null);
	}

	/**
	 * A unit's password is {@code MOTCUA_SIGNING_PASSWORD_<code with dots as underscores>} (e.g.
	 * {@code MOTCUA_SIGNING_PASSWORD_H41_50}) when set, otherwise the common one.
	 */
	@Bean
	UnitKeys unitKeys(DocumentsSettings settings, Environment environment) {
		return new UnitKeys(settings.keysDir(), unit -> {
			String own = environment.getProperty("MOTCUA_SIGNING_PASSWORD_" + unit.replace('.', '_').replace('-', '_'));
			String password = own != null && !own.isBlank() ? own : settings.signingPassword();
			return password == null ? null : password.toCharArray();
		}, settings.selfSign());
	}
}
