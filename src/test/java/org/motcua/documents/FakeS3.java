package org.motcua.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.motcua.documents.storage.SigV4;

/**
 * A small in-process S3 for tests: path-style buckets and objects (HEAD bucket, PUT, GET, DELETE object), and every
 * request's Signature Version 4 verified by recomputing it from what arrived on the wire (method, path, the signed
 * headers, the body's SHA-256) with the known secret; a wrong signature or payload hash answers 403 like S3.
 */
final class FakeS3 implements AutoCloseable {

	final String accessKey = "AKIAFAKES3EXAMPLE";
	final String secretKey = "fake/secret+key/for/the/tests";
	final String region = "ap-southeast-1";
	final Map<String, byte[]> objects = new ConcurrentHashMap<>();
	final List<String> buckets;
	final AtomicInteger refused = new AtomicInteger();
	/** PUTs to store but answer 500 for (simulates a failure after the bytes arrived). */
	volatile boolean failPuts;

	private final HttpServer server;

	FakeS3(String... buckets) throws IOException {
		this.buckets = List.of(buckets);
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", this::handle);
		server.start();
	}

	URI endpoint() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			byte[] body;
			try (InputStream in = exchange.getRequestBody()) {
				body = in.readAllBytes();
			}
			String problem = verify(exchange, body);
			if (problem != null) {
				refused.incrementAndGet();
				answer(exchange, 403, "<Error><Code>" + problem + "</Code></Error>");
				return;
			}
			String path = exchange.getRequestURI().getRawPath();
			String[] parts = path.substring(1).split("/", 2);
			if (!buckets.contains(parts[0])) {
				answer(exchange, 404, "<Error><Code>NoSuchBucket</Code></Error>");
				return;
			}
			String method = exchange.getRequestMethod();
			if (parts.length == 1) {
				answer(exchange, method.equals("HEAD") ? 200 : 405, "");
				return;
			}
			String key = parts[1];
			switch (method) {
				case "PUT" -> {
					objects.put(key, body);
					answer(exchange, failPuts ? 500 : 200, "");
				}
				case "GET" -> {
					byte[] content = objects.get(key);
					if (content == null) {
						answer(exchange, 404, "<Error><Code>NoSuchKey</Code></Error>");
					}
					else {
						exchange.sendResponseHeaders(200, content.length);
						try (OutputStream out = exchange.getResponseBody()) {
							out.write(content);
						}
					}
				}
				case "DELETE" -> {
					objects.remove(key);
					exchange.sendResponseHeaders(204, -1);
				}
				default -> answer(exchange, 405, "");
			}
		}
	}

	/** Null when the signature is right, else S3's error code. */
	private String verify(HttpExchange exchange, byte[] body) {
		Map<String, String> auth = SigV4.parseAuthorization(exchange.getRequestHeaders().getFirst("Authorization"));
		if (auth.isEmpty()) {
			return "AccessDenied";
		}
		String amzDate = exchange.getRequestHeaders().getFirst("x-amz-date");
		String payload = exchange.getRequestHeaders().getFirst("x-amz-content-sha256");
		if (amzDate == null || payload == null || !payload.equals(SigV4.sha256Hex(body))) {
			return "XAmzContentSHA256Mismatch";
		}
		String[] credential = auth.getOrDefault("Credential", "").split("/");
		if (credential.length != 5 || !credential[0].equals(accessKey)) {
			return "InvalidAccessKeyId";
		}
		if (!credential[1].equals(amzDate.substring(0, 8)) || !credential[2].equals(region) || !credential[3].equals("s3")) {
			return "AuthorizationHeaderMalformed";
		}
		Map<String, String> signed = new LinkedHashMap<>();
		for (String name : auth.getOrDefault("SignedHeaders", "").split(";")) {
			String value = exchange.getRequestHeaders().getFirst(name);
			if (value == null) {
				return "AccessDenied";
			}
			signed.put(name, value);
		}
		if (!signed.containsKey("host")) {
			return "AccessDenied";
		}
		String query = exchange.getRequestURI().getRawQuery();
		var request = new SigV4.Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), query == null ? "" : query,
				signed, payload);
		String expected = SigV4.signature(request, amzDate, new SigV4.Credentials(accessKey, secretKey, region, "s3"));
		return expected.equals(auth.get("Signature")) ? null : "SignatureDoesNotMatch";
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		if (exchange.getRequestMethod().equals("HEAD") || bytes.length == 0) {
			exchange.sendResponseHeaders(status, -1);
			return;
		}
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
