package org.motcua.reporting;

import java.time.Duration;
import static org.awaitility.Awaitility.await;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;
import org.motcua.catalog.PublicationTracking;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.reporting.ReportingFixture.CHAIRMAN;
import static org.motcua.reporting.ReportingFixture.CLERK;
import static org.motcua.reporting.ReportingFixture.COMMUNE;
import static org.motcua.reporting.ReportingFixture.HOUSEHOLD_BUSINESS;
import static org.motcua.reporting.ReportingFixture.SPECIALIST;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The standard table and the Decision 766 scorecard of a dozen dossiers with known outcomes. The shared test
 * database holds the demo's and other tests' dossiers too, so the summary is asserted as the exact change these
 * dossiers make, and the scorecard against the formulas of the domain brief applied to the same summary.
 */
@IntegrationTest
class SummaryReportTests {

	static final String[] PATHS = { "carriedOver", "received.total", "received.online", "received.counter", "received.post",
			"finished.total", "finished.early", "finished.onTime", "finished.late", "inProgress.total", "inProgress.onTime",
			"inProgress.overdue", "refused", "stopped", "cancelled", "completionRequests", "apologies" };

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	PublicationTracking publication;

	@Autowired
	Reports reports;

	@Test
	void aDozenDossiersMoveEveryNumberOfTheStandardTableByExactlyTheirOutcomes() throws Exception {
		ReportingFixture f = new ReportingFixture(mvc);
		LocalDate from = ReportingFixture.today().minusDays(30), to = ReportingFixture.today();
		Map<String, Long> before = numbers(f, from, to);
		Instant now = Instant.now();

		DocumentContext early = f.finish(f.receive("COUNTER", null, ""));
		early = f.step(CLERK, early, "RESULT_READY");
		f.step(CLERK, early, "RETURN_RESULT", ",\"via\":\"COUNTER\"");
		assertThat(early.read("$.timeliness", String.class)).isEqualTo("EARLY");
		f.receive("COUNTER", now.minus(35, ChronoUnit.DAYS), "");                       // carried over, overdue
		DocumentContext late = f.finish(f.receive("COUNTER", now.minus(20, ChronoUnit.DAYS), ""));
		assertThat(late.read("$.timeliness", String.class)).isEqualTo("LATE");
		f.receive("POST", null, "");                                                     // open, within time
		f.receive("ONLINE", null, "");                                                   // submitted, awaiting the desk
		DocumentContext cancelled = f.step(CLERK, f.receive("ONLINE", null, ""), "ACCEPT");
		f.step(CHAIRMAN, cancelled, "CANCEL", ",\"note\":\"Nhập nhầm\"");
		f.step(CLERK, f.receive("COUNTER", null, ""), "STOP_REQUESTED", ",\"note\":\"Xin rút\"");
		f.step(SPECIALIST, f.step(CLERK, f.receive("COUNTER", null, ""), "FORWARD"), "REFUSE", ",\"note\":\"Không đủ điều kiện\"");
		f.receive("COUNTER", null, ",\"outcome\":\"REFUSE\",\"reasons\":\"Không thuộc thẩm quyền\"");
		f.step(SPECIALIST, f.step(CLERK, f.receive("COUNTER", null, ""), "FORWARD"), "REQUEST_COMPLETION", ",\"missingItems\":[\"Hợp đồng thuê\"]");
		DocumentContext apologised = f.step(CLERK, f.receive("COUNTER", null, ""), "FORWARD");
		f.step(CHAIRMAN, apologised, "APOLOGISE", ",\"newDueAt\":\"%s\",\"note\":\"Cần xác minh\""
			.formatted(Instant.parse(apologised.read("$.dueAt")).plus(7, ChronoUnit.DAYS)));
		DocumentContext overdue = f.receive("COUNTER", now.minus(20, ChronoUnit.DAYS), "");

		Map<String, Long> expected = new LinkedHashMap<>();
		long[] deltas = { 1, 11, 2, 8, 1, 2, 1, 0, 1, 6, 4, 2, 2, 1, 1, 1, 1 };
		for (int i = 0; i < PATHS.length; i++) {
			expected.put(PATHS[i], before.get(PATHS[i]) + deltas[i]);
		}
		await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(numbers(f, from, to)).isEqualTo(expected));

		List<String> lateOnes = f.report("summary/dossiers", CLERK, COMMUNE, from, to, "metric", "finished.late").read("$");
		assertThat(lateOnes).contains(late.read("$.code", String.class));
		List<String> overdueOnes = f.report("summary/dossiers", CLERK, COMMUNE, from, to, "metric", "inProgress.overdue").read("$");
		assertThat(overdueOnes).contains(overdue.read("$.code", String.class)).doesNotContain(late.read("$.code", String.class));
		List<String> lateOfProcedure = f.report("summary/dossiers", CLERK, COMMUNE, from, to, "metric", "finished.late",
				"procedureCode", HOUSEHOLD_BUSINESS).read("$");
		assertThat(lateOfProcedure).contains(late.read("$.code", String.class));
		assertThat(lateOnes).containsAll(lateOfProcedure);
	}

	@Test
	void theScorecardAppliesTheBriefsFormulasToTheSameNumbersAndLeavesTheUnmeasurableOutOfTheMaximum() throws Exception {
		ReportingFixture f = new ReportingFixture(mvc);
		LocalDate from = ReportingFixture.today().minusDays(30), to = ReportingFixture.today();
		f.finish(f.receive("COUNTER", null, ""));
		DocumentContext s = f.report("summary", CHAIRMAN, COMMUNE, from, to);
		DocumentContext sc = f.report("indicators766", CHAIRMAN, COMMUNE, from, to);
		long handled = n(s, "finished.total") + n(s, "inProgress.total");
		long inTime = n(s, "finished.early") + n(s, "finished.onTime") + n(s, "inProgress.onTime");
		assertThat(n(sc, "groups[1].indicators[0].numerator")).isEqualTo(inTime);
		assertThat(n(sc, "groups[1].indicators[0].denominator")).isEqualTo(handled);
		double rate21 = Math.round(10000.0 * inTime / handled) / 100.0;
		assertThat(d(sc, "groups[1].indicators[0].rate")).isEqualTo(rate21);
		assertThat(d(sc, "groups[1].indicators[0].points")).isEqualTo(Math.round(2000.0 * inTime / handled) / 100.0);
		assertThat(d(sc, "groups[1].indicators[0].max")).isEqualTo(20.0);

		long online = n(s, "received.online"), received = n(s, "received.total");
		assertThat(n(sc, "groups[2].indicators[2].numerator")).isEqualTo(online);
		assertThat(n(sc, "groups[2].indicators[2].denominator")).isEqualTo(received);
		// 3.1 from the catalogue: the commune's procedures in force offering an online service
		PublicationTracking.PeriodFigures figures = publication.figures(COMMUNE, from, to);
		PublicationTracking.Summary catalogue = figures.summary();
		assertThat(catalogue.procedures()).isPositive();
		assertThat(n(sc, "groups[2].indicators[0].numerator")).isEqualTo(catalogue.online());
		assertThat(n(sc, "groups[2].indicators[0].denominator")).isEqualTo(catalogue.procedures());
		assertThat(catalogue.online()).as("the commune offers online services").isPositive();
		assertThat(d(sc, "groups[2].indicators[0].max")).as("the 12 points of 3.1-3.3 split among 3.1, 3.2 and 3.3").isEqualTo(4.0);
		assertThat(d(sc, "groups[2].indicators[0].points")).as("full points from 80%% of the procedures online")
			.isEqualTo(Math.round(100.0 * 4 * Math.min(1.0, (double) catalogue.online() / catalogue.procedures() / 0.8)) / 100.0);
		// 3.2: the online services of the commune that received a dossier online in the period, recounted from the facts
		List<String> onlineServices = figures.onlineCodes();
		assertThat(onlineServices).hasSize(catalogue.online());
		List<String> subtree = reports.scope(org.motcua.organization.Caller.system(), new ReportQuery(COMMUNE, from, to, null, null)).units();
		long used = jdbc.sql("""
				SELECT count(DISTINCT procedure_code) FROM reporting.dossier_fact WHERE channel = 'ONLINE' AND registered
				  AND parent_code IS NULL AND unit_code = ANY(:u) AND procedure_code = ANY(:p)
				  AND (received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN CAST(:from AS date) AND CAST(:to AS date)""")
			.param("u", subtree.toArray(String[]::new)).param("p", onlineServices.toArray(String[]::new)).param("from", from.toString())
			.param("to", to.toString()).query(Long.class).single();
		assertThat(n(sc, "groups[2].indicators[1].numerator")).isEqualTo(used);
		assertThat(n(sc, "groups[2].indicators[1].denominator")).isEqualTo(onlineServices.size());
		assertThat(d(sc, "groups[2].indicators[1].max")).isEqualTo(4.0);
		assertThat(d(sc, "groups[2].indicators[1].points"))
			.isEqualTo(Math.round(100.0 * 4 * used / onlineServices.size()) / 100.0);
		assertThat(d(sc, "groups[2].indicators[2].max")).isEqualTo(4.0);
		assertThat(d(sc, "groups[2].indicators[2].points")).as("full points from 50%% online")
			.isEqualTo(Math.round(100.0 * 4 * Math.min(1.0, (double) online / received / 0.5)) / 100.0);
		assertThat(d(sc, "groups[2].max")).isEqualTo(12.0);

		// group 1 from the catalogue's announcements, publication and completeness
		assertThat(n(sc, "groups[0].indicators[0].numerator")).isEqualTo(catalogue.announcedOnTime());
		assertThat(n(sc, "groups[0].indicators[0].denominator")).isEqualTo(catalogue.announced());
		assertThat(n(sc, "groups[0].indicators[1].numerator")).isEqualTo(catalogue.publishedOnTime());
		assertThat(n(sc, "groups[0].indicators[1].denominator")).isEqualTo(catalogue.publicationDue());
		assertThat(n(sc, "groups[0].indicators[2].numerator")).isEqualTo(catalogue.complete());
		assertThat(n(sc, "groups[0].indicators[2].denominator")).isEqualTo(catalogue.procedures());
		double max11 = catalogue.announced() > 0 ? 7.0 : 0, max12 = catalogue.publicationDue() > 0 ? 4.0 : 0;
		assertThat(d(sc, "groups[0].indicators[0].max")).isEqualTo(max11);
		assertThat(d(sc, "groups[0].indicators[1].max")).as("4 points, sourced").isEqualTo(max12);
		assertThat(d(sc, "groups[0].indicators[2].max")).as("the 14 points left after 1.2 split among 1.1 and 1.3 with data")
			.isEqualTo(max11 > 0 ? 7.0 : 14.0);
		assertThat(d(sc, "groups[0].indicators[2].points"))
			.isEqualTo(Math.round(100.0 * d(sc, "groups[0].indicators[2].max") * catalogue.complete() / catalogue.procedures()) / 100.0);
		assertThat(d(sc, "groups[0].indicators[3].max")).as("1.4 needs the national portal").isZero();

		// 5.4: the 2.1 dossiers less the late ones and those in time that an applicant rated not satisfied
		long satisfied54 = n(sc, "groups[4].indicators[3].numerator");
		assertThat(n(sc, "groups[4].indicators[3].denominator")).isEqualTo(handled);
		assertThat(satisfied54).isBetween(0L, inTime);
		assertThat(d(sc, "groups[4].indicators[3].points")).as("full points from 90%%")
			.isEqualTo(Math.round(100.0 * 6 * Math.min(1.0, (double) satisfied54 / handled / 0.9)) / 100.0);
		assertThat(d(sc, "max")).as("group 1 + 2.1 (20) + 3.1-3.3 (12) + 4.1-4.3 (22) + 5.4 (6) + 5.2 and 5.3 when feedback was"
				+ " answered: the rest is not measurable here")
			.isEqualTo(d(sc, "groups[0].max") + 60.0 + d(sc, "groups[4].indicators[1].max") + d(sc, "groups[4].indicators[2].max"));
		if (n(sc, "groups[4].indicators[1].denominator") == 0) {
			assertThat(d(sc, "groups[4].indicators[1].max")).as("no feedback answered: 5.2 stays out of the maximum").isZero();
			assertThat(d(sc, "groups[4].indicators[2].max")).as("no feedback answered: 5.3 stays out of the maximum").isZero();
		}
		else {
			assertThat(d(sc, "groups[4].indicators[1].max") + d(sc, "groups[4].indicators[2].max"))
				.as("group 5's 12 points left after 5.4 split between 5.2 and 5.3").isEqualTo(12.0);
		}
		assertThat(d(sc, "groups[0].max")).isEqualTo(max11 + max12 + d(sc, "groups[0].indicators[2].max"));
		assertThat(d(sc, "groups[3].indicators[0].max")).as("22 split evenly among 4.1, 4.2, 4.3").isEqualTo(7.33);
		assertThat(sc.read("$.groups[*].indicators[?(@.measurable == true)].code", List.class))
			.containsExactly("1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "3.3", "4.1", "4.2", "4.3", "5.2", "5.3", "5.4");
		for (int i = 0; i < 3; i++) {
			double rate = (double) n(sc, "groups[3].indicators[" + i + "].numerator") / n(sc, "groups[3].indicators[" + i + "].denominator");
			double fullAt = i == 0 ? 1.0 : 0.8;
			assertThat(d(sc, "groups[3].indicators[" + i + "].points")).as("4.%d", i + 1)
				.isEqualTo(Math.round(100 * d(sc, "groups[3].indicators[" + i + "].max") * Math.min(1.0, rate / fullAt)) / 100.0);
		}
		assertThat(d(sc, "total")).isEqualTo(Math.round(100 * (d(sc, "groups[0].points") + d(sc, "groups[1].points") + d(sc, "groups[2].points")
				+ d(sc, "groups[3].points") + d(sc, "groups[4].points"))) / 100.0);
	}

	@Test
	void aUnitOutsideTheCallersJurisdictionIsNotFoundAndAnInvertedPeriodIsRefused() throws Exception {
		mvc.perform(get("/api/v1/reports/summary").header("Authorization", Tokens.bearer(mvc, CLERK)).param("unitCode", "H41")
				.param("from", "2026-01-01").param("to", "2026-01-31"))
			.andExpect(status().isNotFound()).andExpect(header().string("Content-Type", "application/problem+json"));
		mvc.perform(get("/api/v1/reports/summary").header("Authorization", Tokens.bearer(mvc, CLERK)).param("unitCode", COMMUNE)
				.param("from", "2026-02-01").param("to", "2026-01-31"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
	}

	@Test
	void theProvinceSeesItsCommunesDossiersInItsSubtreeAndTheExcelExportHoldsTheTable() throws Exception {
		ReportingFixture f = new ReportingFixture(mvc);
		LocalDate day = ReportingFixture.today();
		DocumentContext commune = f.report("summary", CHAIRMAN, COMMUNE, day.minusYears(1), day);
		DocumentContext province = f.report("summary", "admin", "H41", day.minusYears(1), day);
		assertThat(n(province, "received.total")).isGreaterThanOrEqualTo(n(commune, "received.total")).isPositive();
		byte[] xlsx = mvc.perform(get("/api/v1/reports/summary.xlsx").header("Authorization", Tokens.bearer(mvc, CHAIRMAN))
				.param("unitCode", COMMUNE).param("from", day.minusYears(1).toString()).param("to", day.toString()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = wb.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo(COMMUNE);
			assertThat((long) sheet.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(n(commune, "carriedOver"));
			assertThat((long) sheet.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(n(commune, "received.total"));
		}
	}

	private static long n(DocumentContext json, String path) {
		return ((Number) json.read("$." + path)).longValue();
	}

	private static double d(DocumentContext json, String path) {
		return ((Number) json.read("$." + path)).doubleValue();
	}

	private Map<String, Long> numbers(ReportingFixture f, LocalDate from, LocalDate to) throws Exception {
		DocumentContext s = f.report("summary", CHAIRMAN, COMMUNE, from, to);
		Map<String, Long> m = new LinkedHashMap<>();
		for (String p : PATHS) {
			m.put(p, n(s, p));
		}
		return m;
	}


	@Test
	void withoutAUnitTheReportIsOfTheCallersOwnUnitOrForAnAdministratorOfTheInstallationsTopUnit() throws Exception {
		ReportingFixture f = new ReportingFixture(mvc);
		LocalDate from = ReportingFixture.today().minusDays(30), to = ReportingFixture.today();
		f.receive("COUNTER", null, "");
		// the read model follows the events after their transactions commit: compare once they are all handled
		org.motcua.support.EventPublications.awaitCompleted(jdbc);
		String own = f.report("summary", CHAIRMAN, COMMUNE, from, to).jsonString();
		String province = f.report("summary", "admin", "H41", from, to).jsonString();
		for (String[] userAndExpected : new String[][] { { CHAIRMAN, own }, { "admin", province } }) {
			String body = mvc.perform(get("/api/v1/reports/summary").header("Authorization", Tokens.bearer(mvc, userAndExpected[0]))
					.param("from", from.toString()).param("to", to.toString()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(body).as(userAndExpected[0]).isEqualTo(userAndExpected[1]);
		}
	}
}
