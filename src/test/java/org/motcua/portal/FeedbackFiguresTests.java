package org.motcua.portal;

import org.motcua.support.EventPublications;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class FeedbackFiguresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FeedbackService feedback;

	@Test
	void answersOnTimeAndLateMoveIndicator5Point2AndTheDashboardByExactlyThoseAnswers() throws Exception {
		long[] before = indicator52();

		long onTime = feedback.submit(FeedbackTests.aboutRules()).id();
		long late = feedback.submit(FeedbackTests.aboutRules(), Instant.now().minus(Duration.ofDays(40))).id();
		for (long id : new long[] { onTime, late }) {
			act(id, "ACCEPT", 0, "");
			act(id, "ANSWER", 1, ",\"answer\":\"Đã hướng dẫn lại thủ tục.\"");
		}
		EventPublications.awaitCompleted(jdbc);

		long[] after = indicator52();
		assertThat(after[0] - before[0]).as("answered on time").isEqualTo(1);
		assertThat(after[1] - before[1]).as("answered").isEqualTo(2);

		String page = mvc.perform(get("/reports/dashboard?unitCode=H41.50").with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("chutich.xadoluong")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"kpi-feedback\"").containsAnyOf(after[0] + " trên " + after[1], after[0] + " of " + after[1]);
	}

	private void act(long id, String action, int version, String extra) throws Exception {
		mvc.perform(post("/api/v1/feedback/{id}/actions", id).header("Authorization", Tokens.bearer(mvc, "congchuc.xadoluong"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\":\"%s\",\"version\":%d%s}".formatted(action, version, extra)))
			.andExpect(status().isOk());
	}

	/** Numerator and denominator of indicator 5.2 for the commune over the year up to today. */
	private long[] indicator52() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		String body = mvc.perform(get("/api/v1/reports/indicators766?unitCode=H41.50&from={from}&to={to}", today.minusYears(1), today)
			.header("Authorization", Tokens.bearer(mvc, "admin"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		List<Object> n = JsonPath.read(body, "$.groups[*].indicators[?(@.code == '5.2')].numerator");
		List<Object> d = JsonPath.read(body, "$.groups[*].indicators[?(@.code == '5.2')].denominator");
		return new long[] { ((Number) n.get(0)).longValue(), ((Number) d.get(0)).longValue() };
	}

}
