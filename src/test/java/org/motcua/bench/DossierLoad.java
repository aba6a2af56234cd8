package org.motcua.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load benchmark of the dossier lifecycle through the HTTP API (not a test). Each virtual user receives dossiers at
 * the desk of the commune Xã Đô Lương (H41.50) and drives each one to the end, as the officials of that commune:
 * <ol>
 * <li>intake (POST /api/v1/dossiers, with an Idempotency-Key) by the one-stop clerk {@code tiepnhan.xadoluong};</li>
 * <li>FORWARD by the clerk (receipt → appraisal);</li>
 * <li>FORWARD twice by the specialist {@code congchuc.xadoluong} (appraisal → review → signature);</li>
 * <li>APPROVE by the leader {@code chutich.xadoluong};</li>
 * <li>RESULT_READY and RETURN_RESULT by the clerk.</li>
 * </ol>
 * Every request is one transaction on the server; each one answered 2xx counts as a completed action. Anything else
 * (non-2xx answer, time-out, I/O error) counts as an error, by kind, and abandons that dossier; the user goes on with
 * a new one. Only actions that finish inside the measurement window count: the warm-up before it is left out.
 * <p>
 * Run the server first (see docs/benchmarks.md), then:
 * {@code ./mvnw -o -q -Pload test-compile exec:exec -Dload.args="http://localhost:8095 H41-X-HKD-031 8 60 20"}
 * (base URL, procedure code received at H41.50, virtual users, measured seconds, warm-up seconds).
 */
public final class DossierLoad {

	static final String UNIT = System.getProperty("load.unit", "H41.50");
	static final String CLERK = System.getProperty("load.clerk", "tiepnhan.xadoluong");
	static final String SPECIALIST = System.getProperty("load.specialist", "congchuc.xadoluong");
	static final String LEADER = System.getProperty("load.leader", "chutich.xadoluong");
	static final String PASSWORD = System.getProperty("load.password", "Demo@2026");

	/** The lifecycle after intake: action and who takes it. */
	static final String[][] SCRIPT = { { "FORWARD", "clerk" }, { "FORWARD", "specialist" }, { "FORWARD", "specialist" },
			{ "APPROVE", "leader" }, { "RESULT_READY", "clerk" }, { "RETURN_RESULT", "clerk" } };

	static final String[] KINDS = { "INTAKE", "FORWARD", "APPROVE", "RESULT_READY", "RETURN_RESULT" };

	private static final Pattern CODE = Pattern.compile("^\\{\"code\"\\s*:\\s*\"([^\"]+)\"");
	private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)\\s*}\\s*$");
	private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
	private static final Pattern COMPONENTS = Pattern.compile("\"components\"\\s*:\\s*\\[(.*?)]\\s*,\\s*\"result\"", Pattern.DOTALL);
	private static final Pattern COMPONENT_CODE = Pattern.compile("\\{\\s*\"code\"\\s*:\\s*\"([^\"]+)\"");

	public static void main(String[] args) throws Exception {
		if (args.length < 2) {
			throw new IllegalArgumentException("usage: DossierLoad BASE_URL PROCEDURE_CODE [USERS [SECONDS [WARMUP_SECONDS]]]");
		}
		String base = args[0].replaceAll("/+$", "");
		String procedure = args[1];
		int users = args.length > 2 ? Integer.parseInt(args[2]) : 8;
		int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
		int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 20;

		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5)).build();
		Map<String, String> tokens = Map.of("clerk", token(http, base, CLERK), "specialist", token(http, base, SPECIALIST),
				"leader", token(http, base, LEADER));
		String components = componentsJson(http, base, procedure, tokens.get("clerk"));
		String run = UUID.randomUUID().toString().substring(0, 8);
		System.out.printf("procedure=%s unit=%s components=%s run=%s users=%d warm-up=%ds measured=%ds%n", procedure, UNIT,
				components, run, users, warmup, seconds);

		long t0 = System.nanoTime();
		long measureFrom = t0 + Duration.ofSeconds(warmup).toNanos();
		long measureTo = measureFrom + Duration.ofSeconds(seconds).toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(users);
		List<Future<Recorder>> running = new ArrayList<>();
		for (int u = 0; u < users; u++) {
			Recorder rec = new Recorder(measureFrom, measureTo);
			Driver driver = new Driver(http, base, procedure, components, tokens, run, u, rec);
			running.add(pool.submit(() -> {
				while (System.nanoTime() < measureTo) {
					driver.lifecycle();
				}
				return rec;
			}));
		}
		Recorder all = new Recorder(measureFrom, measureTo);
		for (Future<Recorder> f : running) {
			all.add(f.get());
		}
		pool.shutdown();
		all.report(users, seconds, warmup);
	}

	/** One virtual user: drives dossiers through their lifecycle, one request at a time, without think time. */
	static final class Driver {

		private final HttpClient http;
		private final String base;
		private final String procedure;
		private final String components;
		private final Map<String, String> tokens;
		private final String run;
		private final int user;
		private final Recorder rec;
		private int n;

		Driver(HttpClient http, String base, String procedure, String components, Map<String, String> tokens, String run,
				int user, Recorder rec) {
			this.http = http;
			this.base = base;
			this.procedure = procedure;
			this.components = components;
			this.tokens = tokens;
			this.run = run;
			this.user = user;
			this.rec = rec;
		}

		void lifecycle() {
			int seq = n++;
			// 040 = Nghệ An; nine more digits unique per user and dossier within a run
			String citizenId = "040" + "%09d".formatted((user * 10_000_000L + seq) % 1_000_000_000L);
			String body = """
					{"procedureCode":"%s","receivingUnitCode":"%s","channel":"COUNTER",\
					"applicant":{"fullName":"Người Thử Tải %d-%d","citizenId":"%s","phone":"0912345678"},"components":%s}"""
				.formatted(procedure, UNIT, user, seq, citizenId, components);
			String dossier = send("INTAKE", base + "/api/v1/dossiers", tokens.get("clerk"), body,
					"load-" + run + "-" + user + "-" + seq);
			if (dossier == null) {
				return;
			}
			Matcher code = CODE.matcher(dossier);
			if (!code.find()) {
				rec.error("INTAKE", "unparsable response");
				return;
			}
			String url = base + "/api/v1/dossiers/" + code.group(1) + "/actions";
			for (String[] step : SCRIPT) {
				Matcher version = VERSION.matcher(dossier);
				if (!version.find()) {
					rec.error(step[0], "unparsable response");
					return;
				}
				dossier = send(step[0], url, tokens.get(step[1]),
						"{\"action\":\"%s\",\"version\":%s}".formatted(step[0], version.group(1)), null);
				if (dossier == null) {
					return;
				}
			}
			rec.dossierDone(System.nanoTime());
		}

		/** Sends one request; the body of a 2xx answer, or null after recording the error. */
		private String send(String kind, String url, String token, String json, String idempotencyKey) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
				.header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json));
			if (idempotencyKey != null) {
				request.header("Idempotency-Key", idempotencyKey);
			}
			long start = System.nanoTime();
			HttpResponse<String> response;
			try {
				response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			}
			catch (Exception ex) {
				rec.failed(kind, ex.getClass().getSimpleName(), System.nanoTime());
				return null;
			}
			long end = System.nanoTime();
			if (response.statusCode() / 100 != 2) {
				rec.failed(kind, "HTTP " + response.statusCode(), end);
				if (rec.firstErrors++ < 3) {
					System.err.printf("%s → HTTP %d %s%n", kind, response.statusCode(), response.body());
				}
				return null;
			}
			rec.ok(kind, start, end);
			return response.body();
		}
	}

	/** Per-user results (no sharing between threads), merged at the end. */
	static final class Recorder {

		private final long from;
		private final long to;
		final Map<String, long[]> latencies = new TreeMap<>();
		final Map<String, Integer> counts = new TreeMap<>();
		final Map<String, Integer> errors = new TreeMap<>();
		int warmupOk;
		int warmupErrors;
		int dossiers;
		int firstErrors;

		Recorder(long from, long to) {
			this.from = from;
			this.to = to;
		}

		private boolean inWindow(long t) {
			return t >= from && t < to;
		}

		void ok(String kind, long start, long end) {
			if (!inWindow(end)) {
				if (end < from) {
					warmupOk++;
				}
				return;
			}
			int c = counts.merge(kind, 1, Integer::sum);
			long[] l = latencies.computeIfAbsent(kind, k -> new long[1024]);
			if (c > l.length) {
				l = Arrays.copyOf(l, l.length * 2);
				latencies.put(kind, l);
			}
			l[c - 1] = end - start;
		}

		void failed(String kind, String what, long at) {
			if (inWindow(at)) {
				errors.merge(kind + " " + what, 1, Integer::sum);
			}
			else if (at < from) {
				warmupErrors++;
			}
		}

		void error(String kind, String what) {
			failed(kind, what, System.nanoTime());
		}

		void dossierDone(long at) {
			if (inWindow(at)) {
				dossiers++;
			}
		}

		void add(Recorder other) {
			other.counts.forEach((kind, c) -> {
				long[] mine = latencies.getOrDefault(kind, new long[0]);
				int have = counts.getOrDefault(kind, 0);
				long[] merged = Arrays.copyOf(mine, have + c);
				System.arraycopy(other.latencies.get(kind), 0, merged, have, c);
				latencies.put(kind, merged);
				counts.put(kind, have + c);
			});
			other.errors.forEach((k, v) -> errors.merge(k, v, Integer::sum));
			warmupOk += other.warmupOk;
			warmupErrors += other.warmupErrors;
			dossiers += other.dossiers;
		}

		void report(int users, int seconds, int warmup) {
			long[] all = latencies.values().stream().flatMapToLong(Arrays::stream).sorted().toArray();
			int errorCount = errors.values().stream().mapToInt(Integer::intValue).sum();
			System.out.printf("warm-up %d s: %d actions ok, %d errors (not counted)%n", warmup, warmupOk, warmupErrors);
			System.out.printf("measured %d s, %d users: %d actions ok (2xx), %d errors, %d dossiers through their whole lifecycle%n",
					seconds, users, all.length, errorCount, dossiers);
			System.out.printf("RESULT users=%d actions/s=%.1f dossiers/s=%.1f errors=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n",
					users, all.length / (double) seconds, dossiers / (double) seconds, errorCount, pct(all, 0.50), pct(all, 0.95),
					pct(all, 0.99), pct(all, 1.0));
			for (String kind : KINDS) {
				long[] l = latencies.get(kind);
				if (l != null) {
					long[] sorted = l.clone();
					Arrays.sort(sorted);
					System.out.printf("  %-14s n=%7d  p50=%7.1f  p95=%7.1f  p99=%7.1f  max=%7.1f ms%n", kind, sorted.length,
							pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99), pct(sorted, 1.0));
				}
			}
			errors.forEach((k, v) -> System.out.printf("  error %s: %d%n", k, v));
		}
	}

	/** The procedure's components, all marked provided, as the JSON array of the intake request. */
	private static String componentsJson(HttpClient http, String base, String procedure, String token) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/procedures/" + procedure))
			.header("Authorization", "Bearer " + token).GET().build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("procedure " + procedure + ": HTTP " + response.statusCode() + " " + response.body());
		}
		Matcher list = COMPONENTS.matcher(response.body());
		if (!list.find()) {
			throw new IllegalStateException("no components in " + response.body());
		}
		List<String> items = new ArrayList<>();
		Matcher c = COMPONENT_CODE.matcher(list.group(1));
		while (c.find()) {
			items.add("{\"code\":\"%s\",\"provided\":true}".formatted(c.group(1)));
		}
		return "[" + String.join(",", items) + "]";
	}

	private static String token(HttpClient http, String base, String user) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(user, PASSWORD)))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		Matcher m = TOKEN.matcher(response.body());
		if (response.statusCode() != 200 || !m.find()) {
			throw new IllegalStateException("token for " + user + ": HTTP " + response.statusCode() + " " + response.body());
		}
		return m.group(1);
	}

	/** Nearest-rank percentile, in milliseconds. */
	static double pct(long[] sorted, double q) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(q * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
	}
}
