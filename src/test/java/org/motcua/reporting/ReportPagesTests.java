package org.motcua.reporting;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The report pages render for a commune leader in each language, with the drill-down links and the print view. */
@IntegrationTest
class ReportPagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theSummaryPageLinksEveryNumberToItsDossiersAndOffersExcelAndPrint() throws Exception {
		mvc.perform(get("/reports").with(user(ReportingFixture.CHAIRMAN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kỳ trước chuyển qua")))
			.andExpect(content().string(containsString("/reports/dossiers?unitCode=H41.50")))
			.andExpect(content().string(containsString("metric=finished.late")))
			.andExpect(content().string(containsString("id=\"export-xlsx\"")))
			.andExpect(content().string(containsString("id=\"print-view\"")));
		LocalDate today = ReportingFixture.today();
		mvc.perform(get("/reports/print").with(user(ReportingFixture.CHAIRMAN)).param("unitCode", "H41.50")
				.param("from", today.withDayOfMonth(1).toString()).param("to", today.toString()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"print-table\"")));
		mvc.perform(get("/reports/dossiers").with(user(ReportingFixture.CHAIRMAN)).param("unitCode", "H41.50")
				.param("from", today.minusYears(1).toString()).param("to", today.toString()).param("metric", "received"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("href=\"/dossiers/H41.50")));
	}

	@Test
	void theScoresPageShowsTheUnitsGradeTheOfficialsBandsAndLinksTheDossiers() throws Exception {
		mvc.perform(get("/reports/scores").with(user(ReportingFixture.CHAIRMAN)).param("unitCode", "H41.50"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"scores-officials\"")))
			.andExpect(content().string(containsString("Không đo được ở hệ thống này")))
			.andExpect(content().string(containsString("href=\"/dossiers/H41.50")));
		mvc.perform(get("/reports/scores").with(user(ReportingFixture.CHAIRMAN)).param("quarter", "2026-Q9"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void thePublicVariantNeedsNoSignInAndShowsNoDossierOrPerson() throws Exception {
		LocalDate today = ReportingFixture.today();
		mvc.perform(get("/public/reports").param("unitCode", "H41").param("from", today.minusYears(1).toString())
				.param("to", today.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"public-summary\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/dossiers/"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(ReportingFixture.CHAIRMAN))));
		mvc.perform(get("/api/v1/public/reports/summary").param("unitCode", "H41.50").param("from", today.minusYears(1).toString())
				.param("to", today.toString()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.received.total").isNumber());
		mvc.perform(get("/api/v1/public/reports/dashboard").param("unitCode", "H41").param("from", today.minusYears(1).toString())
				.param("to", today.toString()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.rates").isArray());
	}

	@Test
	void theScorecardPageSaysWhatIsNotMeasurableAndTheDashboardDataFeedsTheCharts() throws Exception {
		mvc.perform(get("/reports/indicators766").with(user(ReportingFixture.CHAIRMAN)).header("Accept-Language", "vi"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không đo được ở hệ thống này")))
			.andExpect(content().string(containsString("Chia đều")));
		LocalDate today = ReportingFixture.today();
		mvc.perform(get("/reports/dashboard/data").with(user(ReportingFixture.CHAIRMAN)).param("unitCode", "H41.50")
				.param("from", today.minusYears(1).toString()).param("to", today.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.units[0]").exists())
			.andExpect(jsonPath("$.days").isArray());
		mvc.perform(get("/reports/dashboard").with(user("admin")).param("unitCode", "H41"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"ranking-table\"")));
		mvc.perform(get("/reports/dashboard").with(user(ReportingFixture.CHAIRMAN)).param("unitCode", "H41.50")
				.param("from", today.minusYears(1).toString()).param("to", today.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"workload-table\"")))
			.andExpect(content().string(containsString("<td>" + ReportingFixture.CLERK + "</td>")));
	}
}
