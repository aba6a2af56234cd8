package org.motcua.portal;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class FeedbackHandlingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FeedbackService feedback;

	static FeedbackSubmission conductReport(String official) {
		return new FeedbackSubmission(FeedbackSubmission.Topic.OFFICIAL_CONDUCT, "H41.50", null, null, official,
				"Cán bộ gợi ý nộp thêm tiền để giải quyết nhanh.", true, null, null, null);
	}

	ResultActions act(String username, long id, String action, int version, String extra) throws Exception {
		return mvc.perform(post("/api/v1/feedback/{id}/actions", id).header("Authorization", Tokens.bearer(mvc, username))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\":\"%s\",\"version\":%d%s}".formatted(action, version, extra)));
	}

	ResultActions read(String username, long id) throws Exception {
		return mvc.perform(get("/api/v1/feedback/{id}", id).header("Authorization", Tokens.bearer(mvc, username)));
	}

	List<Integer> inbox(String username, String query) throws Exception {
		String body = mvc.perform(get("/api/v1/feedback?size=200&" + query).header("Authorization", Tokens.bearer(mvc, username)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.items[*].id");
	}

	@Test
	void aClerkAcceptsAndAnswersFeedbackAndAStaleVersionIsAConflict() throws Exception {
		long id = feedback.submit(FeedbackTests.aboutRules()).id();
		assertThat(inbox("tiepnhan.xadoluong", "status=RECEIVED&kind=PROCEDURE_RULES&unit=H41.50")).contains((int) id);

		act("tiepnhan.xadoluong", id, "ACCEPT", 0, "").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.allowedActions", hasItem("ANSWER")));
		act("congchuc.xadoluong", id, "ACCEPT", 0, "").andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.current.version").value(1));

		act("congchuc.xadoluong", id, "ANSWER", 1, ",\"answer\":\"Bản sao chứng thực không bắt buộc; đã hướng dẫn bộ phận một cửa.\"")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ANSWERED"))
			.andExpect(jsonPath("$.publishBy").isNotEmpty())
			.andExpect(jsonPath("$.steps[*].action").value(org.hamcrest.Matchers.contains("ACCEPT", "ANSWER")));
		assertThat(jdbc.sql("SELECT count(*) FROM audit.entry WHERE target_id = (SELECT tracking_code FROM portal.feedback WHERE id = :id) AND action IN ('FEEDBACK_ACCEPT','FEEDBACK_ANSWER')")
			.param("id", id).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void anActionTheStatusDoesNotAllowIsAConflictNamingTheAllowedOnes() throws Exception {
		long id = feedback.submit(FeedbackTests.aboutRules()).id();
		act("chutich.xadoluong", id, "PUBLISH", 0, "").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("PUBLISH")))
			.andExpect(jsonPath("$.allowedActions", hasItem("ACCEPT")));
		act("tiepnhan.xadoluong", id, "REFUSE", 0, "").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		act("tiepnhan.xadoluong", id, "ACCEPT", 0, "").andExpect(status().isOk());
		act("tiepnhan.xadoluong", id, "ANSWER", 1, ",\"answer\":\"Đã xem xét.\"").andExpect(status().isOk());
		// a clerk does not approve publication
		act("tiepnhan.xadoluong", id, "PUBLISH", 2, "").andExpect(status().isForbidden());
		act("chutich.xadoluong", id, "PUBLISH", 2, "").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.allowedActions").isEmpty());
	}

	@Test
	void aClerkEscalatesFeedbackToTheUnitHeadOnceWithAReason() throws Exception {
		long id = feedback.submit(FeedbackTests.aboutRules()).id();
		act("tiepnhan.xadoluong", id, "ESCALATE", 0, "").andExpect(status().isBadRequest());
		act("tiepnhan.xadoluong", id, "ESCALATE", 0, ",\"note\":\"Vượt thẩm quyền của bộ phận một cửa\"").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.escalatedTo").value("chutich.xadoluong"))
			.andExpect(jsonPath("$.escalatedAt").isNotEmpty());
		act("tiepnhan.xadoluong", id, "ESCALATE", 1, ",\"note\":\"Nhắc lại\"").andExpect(status().isConflict());
		read("tiepnhan.xadoluong", id).andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void feedbackOfAnotherUnitIsOutsideTheInbox() throws Exception {
		long id = feedback.submit(FeedbackTests.aboutRules()).id();
		assertThat(inbox("tiepnhan.tanky", "")).doesNotContain((int) id);
		read("tiepnhan.tanky", id).andExpect(status().isNotFound());
		act("tiepnhan.tanky", id, "ACCEPT", 0, "").andExpect(status().isNotFound());
	}

	@Test
	void aConductReportIsVisibleOnlyToTheOfficialsSuperiorsAndInspectors() throws Exception {
		long id = feedback.submit(conductReport("chị Lê Thị Thu ở quầy tiếp nhận")).id();
		for (String superior : List.of("chutich.xadoluong", "chutich.nghean", "kiemtra.nghean")) {
			assertThat(inbox(superior, "kind=OFFICIAL_CONDUCT")).as(superior).contains((int) id);
			read(superior, id).andExpect(status().isOk()).andExpect(jsonPath("$.contactName").doesNotExist());
		}
		// truongphong.nghean heads an office of the province, not of the commune: not the official's superior
		for (String other : List.of("tiepnhan.xadoluong", "congchuc.xadoluong", "admin", "truongphong.nghean", "cchc.nghean")) {
			assertThat(inbox(other, "")).as(other).doesNotContain((int) id);
			read(other, id).andExpect(status().isNotFound());
		}
		act("tiepnhan.xadoluong", id, "ACCEPT", 0, "").andExpect(status().isNotFound());
		act("kiemtra.nghean", id, "ACCEPT", 0, ",\"note\":\"Thanh tra xác minh\"").andExpect(status().isOk());
	}

	@Test
	void anOfficeHeadSeesConductReportsOfTheirOwnUnitOnly() throws Exception {
		long id = feedback.submit(new FeedbackSubmission(FeedbackSubmission.Topic.OFFICIAL_CONDUCT, "H41", null, null,
				"Cán bộ trả kết quả", "Trả kết quả chậm mà không xin lỗi.", true, null, null, null)).id();
		read("truongphong.nghean", id).andExpect(status().isOk());
		read("tiepnhan.nghean", id).andExpect(status().isNotFound());
		read("truongphong.doluong", id).andExpect(status().isNotFound());
	}

	@Test
	void aConductReportAboutTheHeadIsHiddenFromThatHeadButNotFromTheOneAbove() throws Exception {
		long id = feedback.submit(conductReport("Chủ tịch Trần Văn Tâm")).id();
		assertThat(inbox("chutich.xadoluong", "")).doesNotContain((int) id);
		read("chutich.xadoluong", id).andExpect(status().isNotFound());
		read("chutich.nghean", id).andExpect(status().isOk());
		assertThat(inbox("chutich.nghean", "unit=H41.50")).contains((int) id);
	}

	@Test
	void theInboxRejectsAUnitOutsideTheJurisdictionAndNeverListsConductReportsToAClerk() throws Exception {
		mvc.perform(get("/api/v1/feedback?unit=H41.21").header("Authorization", Tokens.bearer(mvc, "tiepnhan.xadoluong")))
			.andExpect(status().isNotFound());
		feedback.submit(conductReport("Nguyễn Văn Sơn"));
		mvc.perform(get("/api/v1/feedback").header("Authorization", Tokens.bearer(mvc, "tiepnhan.xadoluong")))
			.andExpect(jsonPath("$.items[*].topic", not(hasItem("OFFICIAL_CONDUCT"))));
	}
}
