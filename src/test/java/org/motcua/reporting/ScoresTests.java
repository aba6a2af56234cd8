package org.motcua.reporting;

import java.time.Duration;
import static org.awaitility.Awaitility.await;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.reporting.ReportingFixture.CHAIRMAN;
import static org.motcua.reporting.ReportingFixture.CLERK;
import static org.motcua.reporting.ReportingFixture.SPECIALIST;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Circular 01/2018 Art. 13 scores of the commune's current quarter, for dossiers with known outcomes. */
@IntegrationTest
class ScoresTests {

	@Autowired
	MockMvc mvc;

	@Test
	void eachDossierIsScoredOnTimeContactsAndAttitudeAndTheUnitAndOfficialsFollowTheBands() throws Exception {
		ReportingFixture f = new ReportingFixture(mvc);
		String early = f.finish(f.receive("COUNTER", null, "")).read("$.code");
		String late = f.finish(f.receive("COUNTER", Instant.now().minus(20, ChronoUnit.DAYS), "")).read("$.code");
		DocumentContext c = f.step(CLERK, f.receive("COUNTER", null, ""), "FORWARD");
		c = f.step(SPECIALIST, c, "REQUEST_COMPLETION", ",\"missingItems\":[\"Hợp đồng thuê\"]");
		c = f.step(CLERK, c, "RESUBMIT");
		c = f.step(SPECIALIST, c, "FORWARD");
		c = f.step(SPECIALIST, c, "FORWARD");
		c = f.step(CHAIRMAN, c, "APPROVE");
		String completed = c.read("$.code");
		assertThat(c.read("$.timeliness", String.class)).isEqualTo("EARLY");

		LocalDate today = ReportingFixture.today();
		String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
		// the read model follows the events after their transactions commit: wait for the last dossier to appear
		DocumentContext s = await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
			.until(() -> JsonPath.parse(mvc.perform(get("/api/v1/reports/scores").header("Authorization", Tokens.bearer(mvc, CHAIRMAN))
					.param("unitCode", ReportingFixture.COMMUNE).param("quarter", quarter))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()),
					scores -> !scores.read("$.dossiers[?(@.code == '" + completed + "')]", List.class).isEmpty());
		assertThat(dossier(s, early)).containsEntry("indicator1", 2).containsEntry("indicator2", 2).containsEntry("indicator3", 2)
			.containsEntry("indicator7", 2);
		// received 20 days ago: its first step was due long before it was forwarded
		assertThat(dossier(s, late)).containsEntry("indicator1", 0).containsEntry("indicator2", 0).containsEntry("indicator3", 2)
			.containsEntry("indicator7", 0);
		assertThat(dossier(s, completed)).containsEntry("indicator1", 2).containsEntry("indicator2", 2).containsEntry("indicator3", 1)
			.containsEntry("indicator7", 2);

		List<Map<String, Integer>> all = s.read("$.dossiers");
		assertThat(all).hasSize(s.read("$.dossiersScored", Integer.class));
		BigDecimal i1 = avg(all, "indicator1"), i3 = avg(all, "indicator3"), i7 = avg(all, "indicator7");
		assertThat(decimal(s, "$.indicators[0].average")).isEqualByComparingTo(i1);
		assertThat(decimal(s, "$.indicators[2].average")).isEqualByComparingTo(i3);
		assertThat(decimal(s, "$.indicators[6].average")).isEqualByComparingTo(i7);
		// indicator 4 comes from applicants' ratings only: averaged over the rated dossiers, left out without any
		List<Map<String, Integer>> rated = all.stream().filter(d -> d.get("indicator4") != null).toList();
		// indicator 8 is the unit's handling of feedback (its own tests: FeedbackHandlingScoreTests), 0, 1 or 2 points
		BigDecimal i8 = decimal(s, "$.indicators[7].average");
		assertThat(i8.intValue()).isBetween(0, 2);
		// indicator 9 is the unit's online service, from the figures the response shows (its own tests: OnlineServicesScoreTests)
		BigDecimal i9 = decimal(s, "$.indicators[8].average");
		Scores.Online online = new Scores.Online(s.read("$.online.procedures", Long.class), s.read("$.online.proceduresOnline", Long.class),
				s.read("$.online.received", Long.class), s.read("$.online.receivedOnline", Long.class),
				s.read("$.online.onlineLateOrOverdue", Long.class));
		assertThat(online.received()).isGreaterThanOrEqualTo(3);
		assertThat(i9).isEqualByComparingTo(BigDecimal.valueOf(online.points()));
		// indicator 2 from the steps each dossier went through: every scored dossier here was forwarded through its steps
		List<Map<String, Integer>> stepped = all.stream().filter(d -> d.get("indicator2") != null).toList();
		BigDecimal i2 = avg(stepped, "indicator2");
		assertThat(decimal(s, "$.indicators[1].average")).isEqualByComparingTo(i2);
		BigDecimal score = i1.add(i2).add(i3).add(i7).add(i8).add(i9);
		if (rated.isEmpty()) {
			assertThat((Object) s.read("$.indicators[3].average")).isNull();
			assertThat(s.read("$.maxMeasurable", Integer.class)).isEqualTo(12);
		}
		else {
			BigDecimal i4 = avg(rated, "indicator4");
			assertThat(decimal(s, "$.indicators[3].average")).isEqualByComparingTo(i4);
			assertThat(s.read("$.maxMeasurable", Integer.class)).isEqualTo(14);
			score = score.add(i4);
		}
		assertThat(decimal(s, "$.score")).isEqualByComparingTo(score);
		double v = score.doubleValue();
		assertThat(s.read("$.grade", String.class)).isEqualTo(v >= 15 ? "EXCELLENT" : v >= 12 ? "GOOD" : v >= 9 ? "FAIR" : v >= 6 ? "AVERAGE" : "WEAK");
		assertThat(s.read("$.indicators[?(@.measurable == true)].number", List.class)).containsExactly(1, 2, 3, 4, 7, 8, 9);

		List<Map<String, Object>> chairman = s.read("$.officials[?(@.username == '" + CHAIRMAN + "')]");
		assertThat(chairman).hasSize(1);
		BigDecimal official = new BigDecimal(chairman.get(0).get("score").toString());
		assertThat(chairman.get(0).get("dutyBand")).isEqualTo(official.doubleValue() >= 5 ? "COMPLETED_100"
				: official.doubleValue() >= 3.5 ? "COMPLETED_70_TO_100" : "COMPLETED_UNDER_70");
		assertThat(((Number) chairman.get(0).get("dossiers")).longValue()).isGreaterThanOrEqualTo(3);

		mvc.perform(get("/api/v1/reports/scores").header("Authorization", Tokens.bearer(mvc, CHAIRMAN))
				.param("unitCode", ReportingFixture.COMMUNE).param("quarter", "2026-Q5"))
			.andExpect(status().isBadRequest());
	}

	private static Map<String, Object> dossier(DocumentContext s, String code) {
		List<Map<String, Object>> found = s.read("$.dossiers[?(@.code == '" + code + "')]");
		assertThat(found).as(code).hasSize(1);
		return found.get(0);
	}

	private static BigDecimal avg(List<Map<String, Integer>> all, String key) {
		long sum = all.stream().mapToLong(d -> d.get(key)).sum();
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(all.size()), 1, RoundingMode.HALF_UP);
	}

	private static BigDecimal decimal(DocumentContext s, String path) {
		return new BigDecimal(s.read(path).toString());
	}
}
