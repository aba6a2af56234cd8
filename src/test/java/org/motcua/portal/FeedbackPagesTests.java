package org.motcua.portal;

import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class FeedbackPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FeedbackService feedback;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void theFeedbackFormShowsEachErrorNextToItsFieldWithoutSignIn() throws Exception {
		mvc.perform(get("/phan-anh")).andExpect(status().isOk()).andExpect(content().string(containsString("id=\"feedback-form\"")));
		mvc.perform(post("/phan-anh").with(csrf()).with(r -> { r.setRemoteAddr("10.81.0.1"); return r; })
				.param("topic", "PROCEDURE_RULES").param("unitCode", "H41.50").param("anonymous", "true").param("content", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"content-error\""), containsString("id=\"procedureCode-error\""),
					containsString("id=\"anonymous-error\""), not(containsString("id=\"unitCode-error\"")))));
	}

	@Test
	void anAnonymousConductReportSentFromTheFormGetsATrackingCodeAndKeepsNoContact() throws Exception {
		mvc.perform(post("/phan-anh").with(csrf()).with(r -> { r.setRemoteAddr("10.81.0.2"); return r; })
				.param("topic", "OFFICIAL_CONDUCT").param("unitCode", "H41.50").param("officialName", "Cán bộ quầy số 3")
				.param("content", "Đòi tiền bồi dưỡng.").param("anonymous", "true").param("contactName", "Tên Thật"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"feedback-tracking\">PA-"), not(containsString("Tên Thật")))));
	}

	@Test
	void anOfficialActsFromTheFeedbackPageAndSeesAStaleFormRejected() throws Exception {
		long id = feedback.submit(FeedbackTests.aboutRules()).id();
		mvc.perform(get("/feedback").with(user("tiepnhan.xadoluong")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"feedback-" + id + "\"")));
		mvc.perform(get("/feedback/{id}", id).with(user("tiepnhan.xadoluong")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"do-ACCEPT\"")));
		mvc.perform(post("/feedback/{id}/actions", id).with(user("tiepnhan.xadoluong")).with(csrf())
				.param("action", "ACCEPT").param("version", "0"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "portal.feedback.flash.done"));
		mvc.perform(post("/feedback/{id}/actions", id).with(user("tiepnhan.xadoluong")).with(csrf())
				.param("action", "ACCEPT").param("version", "0"))
			.andExpect(status().isConflict()).andExpect(content().string(containsString("id=\"action-error\"")));
		mvc.perform(post("/feedback/{id}/actions", id).with(user("tiepnhan.xadoluong")).with(csrf())
				.param("action", "ANSWER").param("version", "1").param("answer", " "))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"action-error\"")));
		mvc.perform(get("/feedback/{id}", id).with(user("tiepnhan.tanky"))).andExpect(status().isNotFound());
	}

	@Test
	void aPublishedAnswerHasItsPageWithHelpfulButtonsAndNothingBeforePublication() throws Exception {
		long id = feedback.submit(PublishedFeedbackTests.withPersonalData()).id();
		String tracking = jdbc.sql("SELECT tracking_code FROM portal.feedback WHERE id = :id").param("id", id).query(String.class).single();
		mvc.perform(get("/phan-anh/tra-loi/{t}", tracking)).andExpect(status().isNotFound());
		for (String[] step : new String[][] { { "tiepnhan.xadoluong", "ACCEPT", "0" }, { "tiepnhan.xadoluong", "ANSWER", "1" },
				{ "chutich.xadoluong", "PUBLISH", "2" } }) {
			mvc.perform(post("/feedback/{id}/actions", id).with(user(step[0])).with(csrf()).param("action", step[1])
					.param("version", step[2]).param("answer", "Hồ sơ của bà Phạm Thị Riêng Tư đã có kết quả."))
				.andExpect(status().is3xxRedirection());
		}
		mvc.perform(get("/phan-anh/tra-loi/{t}", tracking)).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"answer-text\""), containsString("P. T. R. T."),
					not(containsString("Riêng Tư")), containsString("id=\"helpful-yes\""))));
		mvc.perform(post("/phan-anh/tra-loi/{t}/huu-ich", tracking).with(csrf()).with(r -> { r.setRemoteAddr("10.81.0.7"); return r; })
				.param("helpful", "true"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "portal.feedback.helpful.thanks"));
		mvc.perform(get("/phan-anh/tra-loi").param("unitCode", "H41.50"))
			.andExpect(status().isOk()).andExpect(content().string(containsString(tracking)));
		mvc.perform(get("/phan-anh/tra-loi/{t}", tracking)).andExpect(content().string(containsString("id=\"helpful-yes\"")))
			.andExpect(content().string(containsString("(1)")));
	}

	@Test
	void theFeedbackInboxIsInTheNavigationOfHandlersOnly() throws Exception {
		mvc.perform(get("/feedback").with(user("chutich.xadoluong")))
			.andExpect(content().string(containsString("href=\"/feedback\"")));
		mvc.perform(get("/").with(user("admin")))
			.andExpect(content().string(not(containsString("href=\"/feedback\""))));
	}
}
