package org.motcua.portal;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.motcua.portal.FeedbackAttachmentsTests.PDF;
import static org.motcua.portal.FeedbackAttachmentsTests.PNG;
import static org.motcua.portal.FeedbackAttachmentsTests.from;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The sender answers a request for more information online, with the secret link they were sent. */
@IntegrationTest
class FeedbackRepliesTests {

	static final Pattern LINK = Pattern.compile("/phan-anh/bo-sung/([A-Za-z0-9_-]{20,})");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FeedbackService feedback;

	int act(String user, long id, String action, int version, String extra) throws Exception {
		String body = mvc.perform(post("/api/v1/feedback/{id}/actions", id).header("Authorization", Tokens.bearer(mvc, user))
				.contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"%s\",\"version\":%d%s}".formatted(action, version, extra)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.version");
	}

	/** The feedback, received from a sender with an e-mail address, and the link sent when information was asked for. */
	record Asked(long id, String tracking, String token, int version) {
	}

	Asked askedForInformation(boolean acceptFirst) throws Exception {
		String email = "reply-" + System.nanoTime() + "@example.test";
		FeedbackService.Received r = feedback.submit(new FeedbackSubmission(FeedbackSubmission.Topic.DOSSIER_HANDLING, "H41.50",
				"H41.50-260101-0001", null, null, "Hồ sơ bị giữ quá lâu.", false, "Phạm Thị Bổ Sung", null, email));
		int v = 0;
		if (acceptFirst) {
			v = act("tiepnhan.xadoluong", r.id(), "ACCEPT", v, "");
		}
		v = act("tiepnhan.xadoluong", r.id(), "REQUEST_INFO", v, ",\"note\":\"Gửi ảnh giấy biên nhận hồ sơ.\"");
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
				"SELECT count(*) FROM notification.message WHERE recipient = :r AND event_type = 'FEEDBACK_INFO_REQUESTED'")
			.param("r", email).query(Long.class).single() == 1);
		String body = jdbc.sql("SELECT body FROM notification.message WHERE recipient = :r AND event_type = 'FEEDBACK_INFO_REQUESTED'")
			.param("r", email).query(String.class).single();
		Matcher m = LINK.matcher(body);
		assertThat(m.find()).isTrue();
		return new Asked(r.id(), r.trackingCode(), m.group(1), v);
	}

	@Test
	void theSendersAnswerWithAFilePutsTheFeedbackBackIntoHandlingAndOfficialsSeeIt() throws Exception {
		Asked a = askedForInformation(true);
		mvc.perform(get("/api/v1/public/feedback/replies/{t}", a.token())).andExpect(status().isOk())
			.andExpect(jsonPath("$.trackingCode").value(a.tracking()))
			.andExpect(jsonPath("$.request").value("Gửi ảnh giấy biên nhận hồ sơ."));

		mvc.perform(multipart("/api/v1/public/feedback/replies/{t}", a.token()).with(from("10.84.0.1"))
				.file(new MockMultipartFile("files", "bien-nhan.png", "image/png", PNG))
				.param("text", "Ảnh giấy biên nhận đính kèm."))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.files[0].fileName").value("bien-nhan.png"));

		mvc.perform(get("/api/v1/feedback/{id}", a.id()).header("Authorization", Tokens.bearer(mvc, "congchuc.xadoluong")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.version").value(a.version() + 1))
			.andExpect(jsonPath("$.steps[*].action").value(contains("ACCEPT", "REQUEST_INFO", "REPLY")))
			.andExpect(jsonPath("$.steps[2].actor").value("sender"))
			.andExpect(jsonPath("$.steps[2].note").value("Ảnh giấy biên nhận đính kèm."))
			.andExpect(jsonPath("$.attachments[0].fileName").value("bien-nhan.png"))
			.andExpect(jsonPath("$.attachments[0].replyStep").isNumber())
			.andExpect(jsonPath("$.allowedActions", org.hamcrest.Matchers.hasItem("ANSWER")));
		assertThat(jdbc.sql("SELECT count(*) FROM audit.entry WHERE target_id = :t AND action = 'FEEDBACK_REPLIED'")
			.param("t", a.tracking()).query(Long.class).single()).isEqualTo(1);
		mvc.perform(get("/feedback/{id}", a.id()).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("congchuc.xadoluong")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("bien-nhan.png")))
			.andExpect(content().string(containsString("Ảnh giấy biên nhận đính kèm.")));
	}

	@Test
	void aWrongTokenIsNotFoundAndAnsweringTwiceOrAfterTheFeedbackMovedOnIsAClearConflict() throws Exception {
		mvc.perform(get("/api/v1/public/feedback/replies/{t}", "khong-dung-ma-bi-mat-nao-ca-1234567890"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(multipart("/api/v1/public/feedback/replies/{t}", "khong-dung-ma-bi-mat-nao-ca-1234567890").with(from("10.84.0.2"))
				.param("text", "x"))
			.andExpect(status().isNotFound());

		Asked a = askedForInformation(false);
		mvc.perform(multipart("/api/v1/public/feedback/replies/{t}", a.token()).with(from("10.84.0.3")).param("text", " "))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("text"));
		mvc.perform(multipart("/api/v1/public/feedback/replies/{t}", a.token()).with(from("10.84.0.3"))
				.file(new MockMultipartFile("files", "bien-nhan.pdf", "application/pdf", PNG)).param("text", "Đây"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("files"));
		assertThat(jdbc.sql("SELECT status FROM portal.feedback WHERE id = :id").param("id", a.id()).query(String.class).single())
			.as("a refused file records nothing").isEqualTo("INFO_REQUESTED");

		mvc.perform(multipart("/api/v1/public/feedback/replies/{t}", a.token()).with(from("10.84.0.3"))
				.file(new MockMultipartFile("files", "bien-nhan.pdf", "application/pdf", PDF)).param("text", "Đây"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RECEIVED"));
		mvc.perform(multipart("/api/v1/public/feedback/replies/{t}", a.token()).with(from("10.84.0.3")).param("text", "Lần nữa"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString(a.tracking())));

		Asked closed = askedForInformation(false);
		act("chutich.xadoluong", closed.id(), "REFUSE", closed.version(), ",\"note\":\"Không thuộc phạm vi.\"");
		mvc.perform(multipart("/api/v1/public/feedback/replies/{t}", closed.token()).with(from("10.84.0.4")).param("text", "Muộn"))
			.andExpect(status().isConflict());
		mvc.perform(get("/phan-anh/bo-sung/{t}", closed.token())).andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"reply-unavailable\"")));
	}

	@Test
	void theSenderAnswersOnThePageOfTheLinkAndAFileProblemShowsNextToTheField() throws Exception {
		Asked a = askedForInformation(false);
		mvc.perform(get("/phan-anh/bo-sung/{t}", a.token())).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reply-request\"")))
			.andExpect(content().string(containsString(a.tracking())));
		mvc.perform(multipart("/phan-anh/bo-sung/{t}", a.token()).with(from("10.84.0.5")).with(csrf())
				.file(new MockMultipartFile("files", "anh.pdf", "application/pdf", PNG)).param("text", "Receipt no. 15"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"files-error\"")))
			.andExpect(content().string(containsString("Receipt no. 15")));
		mvc.perform(multipart("/phan-anh/bo-sung/{t}", a.token()).with(from("10.84.0.5")).with(csrf())
				.file(new MockMultipartFile("files", "", "application/octet-stream", new byte[0])).param("text", "Receipt no. 15"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"reply-done\"")));
		mvc.perform(get("/phan-anh/bo-sung/{t}", "ma-sai-hoan-toan-khong-ton-tai-0000")).andExpect(status().isNotFound());
	}
}
