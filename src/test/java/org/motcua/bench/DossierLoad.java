package org.motcua.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load benchmark of the dossier lifecycle through the HTTP API (not a test). Each virtual user receives a dossier
 * at the Đô Lương desk and drives it to the end: forward through every step, approve, result ready, return.
 * Prints completed actions per second and latency percentiles.
 * <p>
 * Run the server first ({@code ./mvnw spring-boot:run}), then:
 * {@code ./mvnw -q -Pload test-compile exec:exec -Dload.args="http://localhost:8080 PROCEDURE_CODE 8 60"}
 * (base URL, a procedure code of the demo catalogue at unit H41.20, virtual users, seconds).
 */
public final class DossierLoad {

	private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");
	private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)\\s*}\\s*$");
	private static final Pattern ALLOWED = Pattern.compile("\"allowedActions\"\\s*:\\s*\\[([^\\]]*)\\]");
	private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://localhost:8080";
		String procedure = args.length > 1 ? args[1] : "";
		int users = args.length > 2 ? Integer.parseInt(args[2]) : 8;
		int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
		if (procedure.isBlank()) {
			throw new IllegalArgumentException("usage: DossierLoad BASE_URL PROCEDURE_CODE USERS SECONDS");
		}
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		String clerk = token(http, base, "tiepnhan.doluong");
		String head = token(http, base, "truongphong.doluong");
		long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger dossiers = new AtomicInteger();
		AtomicLong failures = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(users);
		long start = System.nanoTime();
		List<Future<?>> running = new ArrayList<>();
		for (int u = 0; u < users; u++) {
			int user = u;
			running.add(pool.submit(() -> {
				int n = 0;
				while (System.nanoTime() < deadline) {
					try {
						lifecycle(http, base, procedure, clerk, head, latencies, user, n++);
						dossiers.incrementAndGet();
					}
					catch (Exception ex) {
						failures.incrementAndGet();
					}
				}
				return null;
			}));
		}
		for (Future<?> f : running) {
			f.get();
		}
		pool.shutdown();
		double elapsed = (System.nanoTime() - start) / 1e9;
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf("users=%d seconds=%.1f dossiers=%d actions=%d failures=%d%n", users, elapsed, dossiers.get(),
				sorted.size(), failures.get());
		System.out.printf("actions/s=%.1f  p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  max=%.1f ms%n", sorted.size() / elapsed,
				pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
	}

	private static void lifecycle(HttpClient http, String base, String procedure, String clerk, String head,
			List<Long> latencies, int user, int n) throws Exception {
		String id = "%012d".formatted(40_000_000_000L + user * 1_000_000L + n).substring(0, 12);
		String body = """
				{"procedureCode":"%s","receivingUnitCode":"H41.20","channel":"COUNTER","applicant":{"fullName":"Người Thử Tải %d","citizenId":"%s"},
				 "components":[],"outcome":"ACCEPT"}""".formatted(procedure, n, id);
		String dossier = call(http, base + "/api/v1/dossiers", clerk, body, latencies);
		String code = first(CODE, dossier);
		while (true) {
			String allowed = first(ALLOWED, dossier);
			int version = Integer.parseInt(first(VERSION, dossier));
			String action;
			String token = clerk;
			if (allowed.contains("RETURN_RESULT")) {
				action = "RETURN_RESULT";
			}
			else if (allowed.contains("\"RESULT_READY\"") && !dossier.contains("\"resultIssuedAt\":null")) {
				action = "RESULT_READY";
			}
			else if (allowed.contains("\"FORWARD\"")) {
				action = "FORWARD";
			}
			else {
				token = head;
				String viewAsHead = get(http, base + "/api/v1/dossiers/" + code, head);
				if (viewAsHead.contains("\"APPROVE\"")) {
					action = "APPROVE";
					version = Integer.parseInt(first(VERSION, viewAsHead));
				}
				else {
					return;
				}
			}
			dossier = call(http, base + "/api/v1/dossiers/" + code + "/actions", token,
					"{\"action\":\"%s\",\"version\":%d}".formatted(action, version), latencies);
			if (action.equals("RETURN_RESULT")) {
				return;
			}
		}
	}

	private static String call(HttpClient http, String url, String token, String json, List<Long> latencies) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)).build();
		long t0 = System.nanoTime();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		latencies.add(System.nanoTime() - t0);
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	private static String get(HttpClient http, String url, String token) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build();
		return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

	private static String token(HttpClient http, String base, String user) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"%s\",\"password\":\"Demo@2026\"}".formatted(user))).build();
		return first(TOKEN, http.send(request, HttpResponse.BodyHandlers.ofString()).body());
	}

	private static String first(Pattern p, String text) {
		Matcher m = p.matcher(text);
		if (!m.find()) {
			throw new IllegalStateException("no " + p + " in " + text);
		}
		return m.group(1);
	}

	private static double pct(List<Long> sorted, double q) {
		if (sorted.isEmpty()) {
			return 0;
		}
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
	}
}
