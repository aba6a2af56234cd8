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
	void theFeedbackInboxIsInTheNavigationOfHandlersOnly() throws Exception {
		mvc.perform(get("/feedback").with(user("chutich.xadoluong")))
			.andExpect(content().string(containsString("href=\"/feedback\"")));
		mvc.perform(get("/").with(user("admin")))
			.andExpect(content().string(not(containsString("href=\"/feedback\""))));
	}
}
