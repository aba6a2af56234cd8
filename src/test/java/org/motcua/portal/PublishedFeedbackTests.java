package org.motcua.portal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@RecordApplicationEvents
class PublishedFeedbackTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FeedbackService feedback;

	@Autowired
	ApplicationEvents events;

	static FeedbackSubmission withPersonalData() {
		return new FeedbackSubmission(FeedbackSubmission.Topic.DOSSIER_HANDLING, "H41.50", "H41.50-260601-0001", null, null,
				"Tôi là Phạm Thị Riêng Tư, CCCD 040090001234, điện thoại 0912 345 678, e-mail rieng.tu@example.vn; hồ sơ bị chậm.",
				false, "Phạm Thị Riêng Tư", "0912345678", "rieng.tu@example.vn");
	}

	void act(String username, long id, String action, int version, String extra) throws Exception {
		mvc.perform(post("/api/v1/feedback/{id}/actions", id).header("Authorization", Tokens.bearer(mvc, username))
			.contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"%s\",\"version\":%d%s}".formatted(action, version, extra)))
			.andExpect(status().isOk());
	}

	ResultActions mark(String ref, String client, boolean helpful) throws Exception {
		return mvc.perform(post("/api/v1/public/feedback/{ref}/helpful", ref).with(r -> { r.setRemoteAddr(client); return r; })
			.contentType(MediaType.APPLICATION_JSON).content("{\"helpful\":" + helpful + "}"));
	}

	long answered() throws Exception {
		FeedbackService.Received r = feedback.submit(withPersonalData());
		act("tiepnhan.xadoluong", r.id(), "ACCEPT", 0, "");
		act("congchuc.xadoluong", r.id(), "ANSWER", 1,
				",\"answer\":\"Kính gửi bà Phạm Thị Riêng Tư: hồ sơ đã có kết quả; liên hệ 0912345678 nếu cần.\"");
		return r.id();
	}

	@Test
	void anAnswerBecomesPublicOnlyOncePublishedAndWithoutPersonalData() throws Exception {
		long id = answered();
		assertThat(events.stream(PortalEvents.FeedbackAnswered.class).filter(e -> e.feedbackId() == id))
			.singleElement().satisfies(e -> assertThat(e.onTime()).isTrue());
		mvc.perform(get("/api/v1/public/feedback/{id}", id)).andExpect(status().isNotFound());
		mark(Long.toString(id), "10.80.0.9", true).andExpect(status().isNotFound());

		act("chutich.xadoluong", id, "PUBLISH", 2, "");
		assertThat(events.stream(PortalEvents.FeedbackPublished.class).filter(e -> e.feedbackId() == id)).hasSize(1);
		var personal = allOf(not(containsString("Riêng Tư")), not(containsString("040090001234")),
				not(containsString("0912")), not(containsString("rieng.tu")));
		mvc.perform(get("/api/v1/public/feedback/{id}", id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.content", personal))
			.andExpect(jsonPath("$.content", containsString("*********234")))
			.andExpect(jsonPath("$.content", containsString("P. T. R. T.")))
			.andExpect(jsonPath("$.answer", personal))
			.andExpect(jsonPath("$.answer", containsString("hồ sơ đã có kết quả")))
			.andExpect(jsonPath("$.contactName").doesNotExist())
			.andExpect(jsonPath("$.dossierCode").doesNotExist());
		String tracking = mvc.perform(get("/api/v1/public/feedback?unitCode=h41.50&size=100")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<Integer> ids = com.jayway.jsonpath.JsonPath.read(tracking, "$.items[*].id");
		assertThat(ids).contains((int) id);
	}

	@Test
	void helpfulMarksCountOncePerClientAndAClientMayChangeItsMind() throws Exception {
		long id = answered();
		act("chutich.xadoluong", id, "PUBLISH", 2, "");
		String tracking = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/v1/public/feedback/{id}", id))
			.andReturn().getResponse().getContentAsString(), "$.trackingCode");

		mark(tracking, "10.80.0.1", true).andExpect(status().isOk()).andExpect(jsonPath("$.helpful").value(1));
		mark(tracking, "10.80.0.1", true).andExpect(jsonPath("$.helpful").value(1));
		mark(Long.toString(id), "10.80.0.2", false).andExpect(jsonPath("$.helpful").value(1)).andExpect(jsonPath("$.notHelpful").value(1));
		mark(tracking.toLowerCase(), "10.80.0.1", false).andExpect(jsonPath("$.helpful").value(0)).andExpect(jsonPath("$.notHelpful").value(2));
		mvc.perform(post("/api/v1/public/feedback/{ref}/helpful", tracking).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/feedback/{id}", id).header("Authorization", Tokens.bearer(mvc, "chutich.xadoluong")))
			.andExpect(jsonPath("$.notHelpful").value(2));
	}

	@Test
	void scrubbingRemovesAddressesLongNumbersAndTheNamesGiven() {
		String out = Masking.scrub("Gọi 0912.345.678 hoặc a.b@x.vn; anh Lê Văn Tám nói vậy. Phí 50000 đồng.",
				java.util.Arrays.asList("lê văn tám", null));
		assertThat(out).isEqualTo("Gọi *******678 hoặc ***@*** ; anh l. v. t. nói vậy. Phí 50000 đồng.".replace(" ;", ";"));
	}
}
