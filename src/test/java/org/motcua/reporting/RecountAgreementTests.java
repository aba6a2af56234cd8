package org.motcua.reporting;

import org.motcua.support.EventPublications;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Dossiers driven through random (seeded, so repeatable) sequences of lifecycle actions by the desk, the specialist
 * and the chairman, and those returned rated by their applicants with random answers: once every event has been
 * handled, the counters built from the events are exactly those of a recount from the dossiers themselves, and the
 * ratings (which come from the portal, not from the dossiers) and indicator 5.4 survive the recount unchanged.
 */
@IntegrationTest
class RecountAgreementTests {

	static final String[] USERS = { ReportingFixture.CLERK, ReportingFixture.SPECIALIST, ReportingFixture.CHAIRMAN };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theEventFedCountersEqualARecountAfterRandomSeededActionSequences() throws Exception {
		ReportingFixture f = new ReportingFixture(mvc);
		List<String> codes = new java.util.ArrayList<>();
		for (long seed : new long[] { 8L, 766L }) {
			Random random = new Random(seed);
			for (int n = 0; n < 10; n++) {
				String channel = List.of("COUNTER", "POST", "ONLINE").get(random.nextInt(3));
				Instant received = channel.equals("ONLINE") || random.nextBoolean() ? null
						: Instant.now().minus(random.nextInt(40) + 1, ChronoUnit.DAYS);
				String outcome = channel.equals("ONLINE") ? "" : List.of("", "", "", ",\"outcome\":\"REFUSE\",\"reasons\":\"Sai thẩm quyền\"",
						",\"outcome\":\"REQUEST_COMPLETION\",\"missingItems\":[\"Bản sao\"]").get(random.nextInt(5));
				DocumentContext d = f.receive(channel, received, outcome);
				codes.add(d.read("$.code"));
				for (int step = 0; step < 9; step++) {
					List<String> allowed = read(d.read("$.code")).read("$.allowedActions");
					List<String> usable = allowed.stream().filter(a -> !List.of("ASSIGN", "RETURN_TO_STEP", "CONSULT", "REPLY",
							"TRANSFER").contains(a)).toList();
					if (usable.isEmpty()) {
						break;
					}
					d = act(d.read("$.code"), usable.get(random.nextInt(usable.size())), d);
				}
			}
		}
		// one dossier certainly returned, so at least one rating is given
		DocumentContext returned = f.step(ReportingFixture.CLERK, f.finish(f.receive("COUNTER", null, "")), "RESULT_READY");
		codes.add(f.step(ReportingFixture.CLERK, returned, "RETURN_RESULT", ",\"via\":\"COUNTER\"").read("$.code"));
		Random answers = new Random(31);
		int rated = 0;
		for (String code : codes) {
			if ("RETURNED".equals(read(code).read("$.status"))) {
				rate(code, answers, rated++);
			}
		}
		assertThat(rated).isPositive();
		Map<String, List<Long>> fromEvents = settledCounters();
		assertThat(fromEvents).isNotEmpty();
		Map<String, String> steps = stepGrades(codes);
		assertThat(steps).as("step grades from the events").isNotEmpty();
		List<String> ratings = ratingFacts();
		assertThat(ratings).hasSizeGreaterThanOrEqualTo(rated);
		DocumentContext before = f.report("indicators766", ReportingFixture.CHAIRMAN, ReportingFixture.COMMUNE,
				ReportingFixture.today().minusDays(60), ReportingFixture.today());

		mvc.perform(post("/api/v1/reports/recount").header("Authorization", Tokens.bearer(mvc, ReportingFixture.CLERK)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/reports/recount").header("Authorization", Tokens.bearer(mvc, "admin")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.dossiers").isNumber());
		assertThat(settledCounters()).isEqualTo(fromEvents);
		assertThat(unitTotalsThatDisagree()).as("unit totals that differ from the sum of their procedures' counters").isEmpty();
		assertThat(ratingFacts()).isEqualTo(ratings);
		assertThat(stepGrades(codes)).as("step grades (Circular 01 indicator 2)").isEqualTo(steps);
		DocumentContext after = f.report("indicators766", ReportingFixture.CHAIRMAN, ReportingFixture.COMMUNE,
				ReportingFixture.today().minusDays(60), ReportingFixture.today());
		for (String field : new String[] { "numerator", "denominator", "rate", "points" }) {
			assertThat((Object) after.read("$.groups[4].indicators[3]." + field)).as("5.4 " + field)
				.isEqualTo(before.read("$.groups[4].indicators[3]." + field));
		}
	}

	/** The applicant rates the returned dossier through the portal, with the receipt's PIN and random answers. */
	private void rate(String code, Random answers, int client) throws Exception {
		String pin = jdbc.sql("SELECT public_pin FROM dossier.dossier WHERE code = :c").param("c", code).query(String.class).single();
		mvc.perform(post("/api/v1/public/dossiers/{code}/rating", code).with(r -> {
			r.setRemoteAddr("10.79.0." + (client % 250 + 1));
			return r;
		}).param("pin", pin).contentType(MediaType.APPLICATION_JSON).content("""
				{"satisfied":%s,"contacts":%d,"agencies":%d,"attitude":"%s","extraCharges":%s,"onTime":%s,"informationAccurate":%s}"""
			.formatted(answers.nextBoolean(), answers.nextInt(3), answers.nextInt(3), List.of("GOOD", "ACCEPTABLE", "POOR").get(answers.nextInt(3)),
					answers.nextInt(4) == 0, answers.nextBoolean(), answers.nextBoolean()))).andExpect(status().isCreated());
	}

	/** Every rating fact, one string per dossier. */
	private List<String> ratingFacts() {
		return jdbc.sql("""
				SELECT concat_ws('|', dossier_code, unit_code, procedure_code, rated_at, satisfied, contacts, agencies, attitude,
				  extra_charges, on_time, information_accurate) FROM reporting.rating_fact ORDER BY dossier_code""")
			.query(String.class).list();
	}

	/** Tries the action as each official in turn (the process decides who may), with what it needs. */
	private DocumentContext act(String code, String action, DocumentContext d) throws Exception {
		String extra = switch (action) {
			case "REFUSE", "STOP_REQUESTED", "CANCEL", "PAUSE" -> ",\"note\":\"Lý do thử\"";
			case "REQUEST_COMPLETION" -> ",\"missingItems\":[\"Bản sao\"]";
			case "RETURN_RESULT" -> ",\"via\":\"COUNTER\"";
			case "APOLOGISE" -> ",\"note\":\"Xin lỗi\",\"newDueAt\":\"%s\"".formatted(Instant.parse(d.read("$.dueAt"))
				.plus(5, ChronoUnit.DAYS));
			default -> "";
		};
		for (String user : USERS) {
			DocumentContext now = read(code);
			MvcResult r = mvc.perform(post("/api/v1/dossiers/{code}/actions", code).header("Authorization", Tokens.bearer(mvc, user))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"action\":\"%s\",\"version\":%d%s}".formatted(action, now.read("$.version", Integer.class), extra)))
				.andReturn();
			if (r.getResponse().getStatus() == 200) {
				return JsonPath.parse(r.getResponse().getContentAsString());
			}
		}
		return read(code);
	}

	private DocumentContext read(String code) throws Exception {
		return JsonPath.parse(mvc.perform(get("/api/v1/dossiers/{code}", code).header("Authorization", Tokens.bearer(mvc, "admin")))
			.andReturn().getResponse().getContentAsString());
	}

	/** Early, on-time and late finished steps of each of these dossiers, as the read model has them. */
	private Map<String, String> stepGrades(List<String> codes) {
		Map<String, String> map = new TreeMap<>();
		jdbc.sql("SELECT code, early || '|' || on_time || '|' || late FROM reporting.dossier_steps WHERE code = ANY(:c)")
			.param("c", codes.toArray(String[]::new)).query(rs -> {
				map.put(rs.getString(1), rs.getString(2));
			});
		return map;
	}

	/** The non-zero counters once no event publication is outstanding. */
	private Map<String, List<Long>> settledCounters() {
		EventPublications.awaitCompleted(jdbc);
		return counters();
	}

	private Map<String, List<Long>> counters() {
		Map<String, List<Long>> map = new TreeMap<>();
		jdbc.sql("""
				SELECT unit_code || '|' || procedure_code || '|' || field || '|' || day AS k, received_online, received_counter,
				  received_post, finished_early, finished_on_time, finished_late, refused, stopped, cancelled,
				  completion_requests, apologies, received_finished, received_electronic_result, received_digitized,
				  received_reused, finished_dissatisfied FROM reporting.daily_counter""").query(rs -> {
			List<Long> values = new java.util.ArrayList<>();
			for (int c = 2; c <= 17; c++) {
				values.add(rs.getLong(c));
			}
			if (values.stream().anyMatch(v -> v != 0)) {
				map.put(rs.getString(1), values);
			}
		});
		return map;
	}

	/** Units and days whose total over all procedures differs from the sum of the per-procedure counters. */
	private List<String> unitTotalsThatDisagree() {
		String columns = "received_online, received_counter, received_post, finished_early, finished_on_time, finished_late, refused,"
				+ " stopped, cancelled, completion_requests, apologies, finished_seconds, received_finished,"
				+ " received_electronic_result, received_digitized, received_reused, finished_dissatisfied";
		String sums = java.util.Arrays.stream(columns.split(",")).map(c -> "sum(" + c.trim() + ")::bigint")
			.collect(java.util.stream.Collectors.joining(", "));
		return jdbc.sql("(SELECT unit_code, day, " + sums + " FROM reporting.daily_counter GROUP BY unit_code, day"
				+ " EXCEPT SELECT unit_code, day, " + sums + " FROM reporting.unit_daily_counter GROUP BY unit_code, day)"
				+ " UNION ALL (SELECT unit_code, day, " + sums + " FROM reporting.unit_daily_counter GROUP BY unit_code, day"
				+ " EXCEPT SELECT unit_code, day, " + sums + " FROM reporting.daily_counter GROUP BY unit_code, day)")
			.query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list();
	}
}
