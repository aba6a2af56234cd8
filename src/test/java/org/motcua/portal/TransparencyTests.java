package org.motcua.portal;

import java.time.LocalDate;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.ProcedureQuery;
import org.motcua.catalog.ProcedureStatus;
import org.motcua.organization.Caller;
import org.motcua.reporting.ReportQuery;
import org.motcua.reporting.Reports;
import org.motcua.reporting.Summary;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class TransparencyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FeedbackService feedback;

	@Autowired
	Reports reports;

	@Autowired
	Catalog catalog;

	Map<String, Object> figures(String unit) throws Exception {
		LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
		String body = mvc.perform(get("/api/v1/public/transparency/{u}?from={f}&to={t}", unit, today.minusYears(1), today))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$");
	}

	static long number(Map<String, Object> json, String path) {
		return ((Number) JsonPath.read(json, path)).longValue();
	}

	@Test
	void theUnitsFeedbackFiguresCountReceivedAnsweredOnTimeAndOverdue() throws Exception {
		Map<String, Object> before = figures("H41.50");
		long answered = feedback.submit(FeedbackTests.aboutRules()).id();
		mvc.perform(post("/api/v1/feedback/{id}/actions", answered).header("Authorization", Tokens.bearer(mvc, "tiepnhan.xadoluong"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"ACCEPT\",\"version\":0}")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/feedback/{id}/actions", answered).header("Authorization", Tokens.bearer(mvc, "tiepnhan.xadoluong"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"ANSWER\",\"version\":1,\"answer\":\"Đã trả lời.\"}"))
			.andExpect(status().isOk());
		LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
		// received 60 days ago (more than 15 working days), never answered: overdue now
		feedback.submit(FeedbackTests.aboutRules(), today.minusDays(60).atTime(9, 0).atZone(WorkingCalendar.ZONE).toInstant());

		Map<String, Object> after = figures("H41.50");
		assertThat(number(after, "$.feedback.received") - number(before, "$.feedback.received")).isEqualTo(2);
		assertThat(number(after, "$.feedback.answered") - number(before, "$.feedback.answered")).isEqualTo(1);
		assertThat(number(after, "$.feedback.answeredOnTime") - number(before, "$.feedback.answeredOnTime")).isEqualTo(1);
		assertThat(number(after, "$.feedback.overdue") - number(before, "$.feedback.overdue")).isEqualTo(1);
	}

	@Test
	void theServiceFiguresAndProceduresComeFromTheReportingAndCatalogueModules() throws Exception {
		LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
		Map<String, Object> page = figures("h41.50");
		Summary summary = reports.summary(Caller.system(), new ReportQuery("H41.50", today.minusYears(1), today, null, null));
		assertThat(number(page, "$.service.received.total")).isEqualTo(summary.received().total());
		assertThat(number(page, "$.service.finished.total")).isEqualTo(summary.finished().total());
		long procedures = catalog.search(new ProcedureQuery(null, null, null, "H41.50", null, ProcedureStatus.ACTIVE, null, 0, 1)).total();
		assertThat(procedures).as("the demo catalogue has procedures applied by the commune").isPositive();
		assertThat(number(page, "$.procedureTotal")).isEqualTo(procedures);
		assertThat(JsonPath.<String>read(page, "$.unit.code")).isEqualTo("H41.50");
	}

	@Test
	void theTransparencyPageIsPublicAndLinkedFromThePublicHome() throws Exception {
		mvc.perform(get("/public/procedures")).andExpect(content().string(containsString("href=\"/minh-bach\"")));
		mvc.perform(get("/minh-bach")).andExpect(status().isOk()).andExpect(content().string(containsString("href=\"/minh-bach/H41.50\"")));
		mvc.perform(get("/minh-bach/H41.50")).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"transparency-procedures\"")))
			.andExpect(content().string(containsString("id=\"feedback-received\"")));
		mvc.perform(get("/minh-bach/ZZ.99")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/public/transparency/H41.50?from=2026-05-01&to=2026-01-01")).andExpect(status().isBadRequest());
	}
}
