package org.motcua.documents.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Attachments in an S3-compatible bucket (MinIO, Ceph, AWS S3, ...), addressed path-style
 * ({@code <endpoint>/<bucket>/<key>}), every request signed with AWS Signature Version 4 ({@link SigV4}) using the JDK
 * HTTP client only. A PUT makes an object visible only once whole, so a key is never seen half-written.
 */
public final class S3FileStore implements FileStore {

	private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

	private final URI endpoint;
	private final String bucket;
	private final SigV4.Credentials credentials;
	private final HttpClient http;
	private final Clock clock;
	private final Duration timeout;

	public S3FileStore(URI endpoint, String bucket, String region, String accessKeyId, String secretAccessKey, Clock clock,
			Duration timeout) {
		String e = endpoint.toString();
		this.endpoint = URI.create(e.endsWith("/") ? e.substring(0, e.length() - 1) : e);
		if (bucket.isBlank() || bucket.contains("/")) {
			throw new IllegalArgumentException("Not a bucket name: '" + bucket + "'");
		}
		this.bucket = bucket;
		this.credentials = new SigV4.Credentials(accessKeyId, secretAccessKey, region, "s3");
		this.clock = clock;
		this.timeout = timeout;
		this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
	}

	/**
	 * Fails unless the bucket exists and the credentials may use it ({@code HEAD /<bucket>}), with a message naming
	 * the endpoint, the bucket and the answer: called once at start-up so a misconfiguration stops the application.
	 */
	public void checkBucket() {
		HttpResponse<String> response;
		try {
			response = send("HEAD", "", HttpRequest.BodyPublishers.noBody(), SigV4.EMPTY_SHA256, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("S3 storage: cannot reach " + endpoint + " (MOTCUA_S3_ENDPOINT): " + ex, ex);
		}
		int status = response.statusCode();
		if (status != 200) {
			String why = switch (status) {
				case 404 -> "the bucket does not exist";
				case 403 -> "access denied: check AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and MOTCUA_S3_REGION";
				case 301, 307, 400 -> "wrong region or addressing: check MOTCUA_S3_REGION";
				default -> "unexpected answer";
			};
			throw new IllegalStateException("S3 storage: bucket '%s' at %s (MOTCUA_S3_BUCKET, MOTCUA_S3_ENDPOINT) is not usable: HTTP %d, %s"
				.formatted(bucket, endpoint, status, why));
		}
	}

	@Override
	public void put(String key, Path complete) throws IOException {
		String sha = sha256(complete);
		HttpResponse<String> response = send("PUT", checkKey(key), HttpRequest.BodyPublishers.ofFile(complete), sha,
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IOException("S3 PUT %s answered HTTP %d: %s".formatted(key, response.statusCode(), brief(response.body())));
		}
		Files.deleteIfExists(complete);
	}

	@Override
	public InputStream open(String key) throws IOException {
		HttpResponse<InputStream> response = send("GET", checkKey(key), HttpRequest.BodyPublishers.noBody(), SigV4.EMPTY_SHA256,
				HttpResponse.BodyHandlers.ofInputStream());
		if (response.statusCode() == 200) {
			return response.body();
		}
		String body;
		try (InputStream in = response.body()) {
			body = new String(in.readNBytes(2000), StandardCharsets.UTF_8);
		}
		if (response.statusCode() == 404) {
			throw new NoSuchFileException(key, null, "not in bucket " + bucket);
		}
		throw new IOException("S3 GET %s answered HTTP %d: %s".formatted(key, response.statusCode(), brief(body)));
	}

	@Override
	public void delete(String key) throws IOException {
		HttpResponse<String> response = send("DELETE", checkKey(key), HttpRequest.BodyPublishers.noBody(), SigV4.EMPTY_SHA256,
				HttpResponse.BodyHandlers.ofString());
		int status = response.statusCode();
		if (status != 204 && status != 200 && status != 404) {
			throw new IOException("S3 DELETE %s answered HTTP %d: %s".formatted(key, status, brief(response.body())));
		}
	}

	private <T> HttpResponse<T> send(String method, String key, HttpRequest.BodyPublisher body, String payloadSha256,
			HttpResponse.BodyHandler<T> handler) throws IOException {
		String path = endpoint.getRawPath() + "/" + SigV4.encodePath(bucket) + (key.isEmpty() ? "" : "/" + SigV4.encodePath(key));
		URI uri = URI.create(endpoint.getScheme() + "://" + endpoint.getRawAuthority() + path);
		String amzDate = AMZ_DATE.format(clock.instant());
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("host", hostHeader(uri));
		headers.put("x-amz-content-sha256", payloadSha256);
		headers.put("x-amz-date", amzDate);
		String authorization = SigV4.authorization(new SigV4.Request(method, path, "", headers, payloadSha256), amzDate, credentials);
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).method(method, body)
			.header("x-amz-content-sha256", payloadSha256).header("x-amz-date", amzDate).header("Authorization", authorization)
			.build();
		try {
			return http.send(request, handler);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while talking to S3", ex);
		}
	}

	/** The Host header the JDK client sends: the port only when it is not the scheme's default. */
	static String hostHeader(URI uri) {
		int port = uri.getPort();
		boolean defaultPort = port == -1 || ("http".equals(uri.getScheme()) && port == 80) || ("https".equals(uri.getScheme()) && port == 443);
		return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
	}

	private static String checkKey(String key) {
		if (key.isEmpty() || key.startsWith("/") || key.startsWith(".") || key.contains("..")) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		return key;
	}

	private static String sha256(Path file) throws IOException {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String brief(String body) {
		String b = body == null ? "" : body.replaceAll("\\s+", " ");
		return b.length() > 300 ? b.substring(0, 300) + "…" : b;
	}

	@Override
	public String toString() {
		return "S3FileStore[" + endpoint + "/" + bucket + "]";
	}
}
