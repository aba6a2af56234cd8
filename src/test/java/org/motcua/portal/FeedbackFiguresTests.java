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

	@Test
	void answersWhosePublishedAnswerHasMoreNotHelpfulThanHelpfulMarksFailIndicator5Point3UntilReadersChangeTheirMinds()
			throws Exception {
		EventPublications.awaitCompleted(jdbc);
		long[] before = indicator("5.3");

		long liked = feedback.submit(FeedbackTests.aboutRules()).id();
		long disliked = feedback.submit(FeedbackTests.aboutRules()).id();
		for (long id : new long[] { liked, disliked }) {
			act(id, "ACCEPT", 0, "");
			act(id, "ANSWER", 1, ",\"answer\":\"Đã hướng dẫn lại thủ tục.\"");
			act("chutich.xadoluong", id, "PUBLISH", 2, "");
		}
		mark(liked, "10.81.0.1", true);
		mark(disliked, "10.81.0.1", true);
		mark(disliked, "10.81.0.2", false);
		mark(disliked, "10.81.0.3", false);
		EventPublications.awaitCompleted(jdbc);

		long[] after = indicator("5.3");
		assertThat(after[1] - before[1]).as("answered").isEqualTo(2);
		assertThat(after[0] - before[0]).as("answered on time and not disliked").isEqualTo(1);
		assertThat(indicator("5.2")[1]).as("5.2 and 5.3 share their denominator").isEqualTo(after[1]);

		mark(disliked, "10.81.0.3", true);
		EventPublications.awaitCompleted(jdbc);
		assertThat(indicator("5.3")[0] - before[0]).as("one helpful and two not helpful became two helpful and one not").isEqualTo(2);
	}

	private void mark(long id, String client, boolean helpful) throws Exception {
		mvc.perform(post("/api/v1/public/feedback/{ref}/helpful", id).with(r -> {
			r.setRemoteAddr(client);
			return r;
		}).contentType(MediaType.APPLICATION_JSON).content("{\"helpful\":" + helpful + "}")).andExpect(status().isOk());
	}

	private void act(long id, String action, int version, String extra) throws Exception {
		act("congchuc.xadoluong", id, action, version, extra);
	}

	private void act(String user, long id, String action, int version, String extra) throws Exception {
		mvc.perform(post("/api/v1/feedback/{id}/actions", id).header("Authorization", Tokens.bearer(mvc, user))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\":\"%s\",\"version\":%d%s}".formatted(action, version, extra)))
			.andExpect(status().isOk());
	}

	private long[] indicator52() throws Exception {
		return indicator("5.2");
	}

	/** Numerator and denominator of an indicator of group 5 for the commune over the year up to today. */
	private long[] indicator(String code) throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		String body = mvc.perform(get("/api/v1/reports/indicators766?unitCode=H41.50&from={from}&to={to}", today.minusYears(1), today)
			.header("Authorization", Tokens.bearer(mvc, "admin"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		List<Object> n = JsonPath.read(body, "$.groups[*].indicators[?(@.code == '" + code + "')].numerator");
		List<Object> d = JsonPath.read(body, "$.groups[*].indicators[?(@.code == '" + code + "')].denominator");
		return new long[] { ((Number) n.get(0)).longValue(), ((Number) d.get(0)).longValue() };
	}

}
