package org.motcua.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.motcua.citizen.CitizenAccounts;
import org.motcua.portal.FeedbackHandling;
import org.motcua.portal.FeedbackService;
import org.motcua.portal.FeedbackSubmission;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.motcua.notification.NotificationEventsTests.digits;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Notices on feedback after its receipt (information requested, answered, published, the sender's answer, overdue,
 * escalated) and the language each recipient reads them in.
 */
@IntegrationTest
class FeedbackNoticesTests {

	static final String COMMUNE = "H41.50";
	static final String CLERK = "tiepnhan.xadoluong";
	static final String SPECIALIST = "congchuc.xadoluong";
	static final String CHAIRMAN = "chutich.xadoluong";
	static final Pattern REPLY_LINK = Pattern.compile("/phan-anh/bo-sung/([A-Za-z0-9_-]{20,})");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Outbox outbox;

	@Autowired
	FeedbackService feedback;

	@Autowired
	FeedbackHandling handling;

	@Autowired
	CitizenAccounts citizens;

	int act(String user, long id, String action, int version, String extra) throws Exception {
		String body = mvc.perform(post("/api/v1/feedback/{id}/actions", id).header("Authorization", Tokens.bearer(mvc, user))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\":\"%s\",\"version\":%d%s}".formatted(action, version, extra)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.version");
	}

	List<Outbox.Message> messages(String recipient, NotificationEvent event) {
		return jdbc.sql(Outbox.SELECT + " WHERE recipient = :r AND event_type = :e ORDER BY id")
			.param("r", recipient).param("e", event.name()).query(Outbox::map).list();
	}

	Outbox.Message awaitOne(String recipient, NotificationEvent event) {
		await().atMost(Duration.ofSeconds(20)).until(() -> !messages(recipient, event).isEmpty());
		return messages(recipient, event).get(0);
	}

	long inApp(String username, NotificationEvent event, String tracking) {
		return jdbc.sql("""
				SELECT count(*) FROM notification.message WHERE channel = 'IN_APP' AND recipient = :u AND event_type = :e
				AND subject LIKE '%' || :t || '%'""").param("u", username).param("e", event.name()).param("t", tracking)
			.query(Long.class).single();
	}

	@Test
	void theSenderIsToldOfTheRequestTheAnswerAndThePublicationInTheLanguageOfThePageTheyWroteFrom() throws Exception {
		String email = "sender-" + digits(8) + "@example.test";
		String phone = "09" + digits(8);
		FeedbackService.Received r = feedback.submit(new FeedbackSubmission(FeedbackSubmission.Topic.PROCEDURE_RULES, COMMUNE,
				null, "H41-X-HKD-031", null, "The form asks for a certified copy.", false, "Anna Smith", phone, email, "en"));
		assertThat(awaitOne(email, NotificationEvent.FEEDBACK_ACKNOWLEDGED).subject()).isEqualTo("Feedback " + r.trackingCode() + " received");

		int v = act(CLERK, r.id(), "REQUEST_INFO", 0, ",\"note\":\"Please send a photo of the receipt.\"");
		Outbox.Message request = awaitOne(email, NotificationEvent.FEEDBACK_INFO_REQUESTED);
		assertThat(request.language()).isEqualTo("en");
		assertThat(request.subject()).isEqualTo("More information needed for feedback " + r.trackingCode());
		assertThat(request.body()).contains("Anna Smith").contains("Please send a photo of the receipt.");
		Matcher link = REPLY_LINK.matcher(request.body());
		assertThat(link.find()).as("the e-mail carries the secret link").isTrue();
		assertThat(awaitOne(phone, NotificationEvent.FEEDBACK_INFO_REQUESTED).body()).contains("/phan-anh/bo-sung/" + link.group(1));

		mvc.perform(multipart("/api/v1/public/feedback/replies/{token}", link.group(1)).param("text", "The receipt number is 123.")
				.with(r2 -> {
					r2.setRemoteAddr("10.83.0.1");
					return r2;
				}))
			.andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(20)).until(() -> inApp(CLERK, NotificationEvent.FEEDBACK_REPLIED, r.trackingCode()) == 1
				&& inApp(SPECIALIST, NotificationEvent.FEEDBACK_REPLIED, r.trackingCode()) == 1);

		v = handling.get(org.motcua.organization.Caller.system(), r.id()).version();
		v = act(CLERK, r.id(), "ACCEPT", v, "");
		v = act(SPECIALIST, r.id(), "ANSWER", v, ",\"answer\":\"A plain copy is enough.\"");
		Outbox.Message answered = awaitOne(email, NotificationEvent.FEEDBACK_ANSWERED);
		assertThat(answered.subject()).isEqualTo("Feedback " + r.trackingCode() + " answered");
		act(CHAIRMAN, r.id(), "PUBLISH", v, "");
		Outbox.Message published = awaitOne(email, NotificationEvent.FEEDBACK_PUBLISHED);
		assertThat(published.body()).contains("/phan-anh/tra-loi/" + r.trackingCode());

		GreenMail smtp = Smtp.start();
		try {
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				outbox.deliverDue(Instant.now().plus(Duration.ofDays(1)));
				return Smtp.to(smtp, email).size() >= 4;
			});
			List<String> subjects = Smtp.to(smtp, email).stream().map(FeedbackNoticesTests::subject).toList();
			assertThat(subjects).contains("More information needed for feedback " + r.trackingCode(),
					"The answer to feedback " + r.trackingCode() + " is published");
			MimeMessage publishedMail = Smtp.to(smtp, email).stream()
				.filter(m -> subject(m).startsWith("The answer to feedback")).findFirst().orElseThrow();
			assertThat(String.valueOf(publishedMail.getContent())).contains("/phan-anh/tra-loi/" + r.trackingCode());
		}
		finally {
			smtp.stop();
		}
	}

	static String subject(MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void anAnonymousConductReportAboutTheChairmanReachesTheProvinceButNeverTheChairmanNorAnyPublicChannel() throws Exception {
		FeedbackService.Received r = feedback.submit(new FeedbackSubmission(FeedbackSubmission.Topic.OFFICIAL_CONDUCT, COMMUNE,
				null, null, "Chủ tịch Trần Văn Tâm", "Gợi ý nộp thêm tiền.", true, "Tên Người Gửi", "0912345678",
				"an-danh@example.test", "vi"));
		await().atMost(Duration.ofSeconds(20)).until(() -> inApp("chutich.nghean", NotificationEvent.FEEDBACK_RECEIVED, r.trackingCode()) == 1);
		assertThat(inApp("kiemtra.nghean", NotificationEvent.FEEDBACK_RECEIVED, r.trackingCode())).isEqualTo(1);
		for (String never : List.of(CHAIRMAN, CLERK, SPECIALIST)) {
			assertThat(inApp(never, NotificationEvent.FEEDBACK_RECEIVED, r.trackingCode())).as(never).isZero();
		}

		handling.escalateOverdue(r.answerBy().plus(Duration.ofDays(1)));
		await().atMost(Duration.ofSeconds(20)).until(() -> inApp("chutich.nghean", NotificationEvent.FEEDBACK_OVERDUE, r.trackingCode()) == 1);
		assertThat(inApp(CHAIRMAN, NotificationEvent.FEEDBACK_OVERDUE, r.trackingCode())).isZero();

		List<Map<String, Object>> toPublic = jdbc.sql("""
				SELECT recipient, body FROM notification.message WHERE event_key LIKE 'feedback:' || :id || '%' AND channel <> 'IN_APP'""")
			.param("id", r.id()).query().listOfRows();
		assertThat(toPublic).as("an anonymous report keeps no contact: no e-mail or SMS").isEmpty();
		assertThat(jdbc.sql("SELECT count(*) FROM notification.message WHERE event_key LIKE 'feedback:' || :id || '%' AND body LIKE '%Tên Người Gửi%'")
			.param("id", r.id()).query(Long.class).single()).as("no notice names the sender").isZero();
	}

	@Test
	void overdueFeedbackReachesItsUnitsHandlersAndHeadInAppOnce() {
		FeedbackService.Received r = feedback.submit(new FeedbackSubmission(FeedbackSubmission.Topic.PROCEDURE_RULES, COMMUNE,
				null, "H41-X-HKD-031", null, "Chưa ai trả lời.", false, null, null, null));
		handling.escalateOverdue(r.answerBy().plus(Duration.ofHours(2)));
		handling.escalateOverdue(r.answerBy().plus(Duration.ofHours(3)));
		await().atMost(Duration.ofSeconds(20)).until(() -> inApp(CHAIRMAN, NotificationEvent.FEEDBACK_OVERDUE, r.trackingCode()) == 1
				&& inApp(CLERK, NotificationEvent.FEEDBACK_OVERDUE, r.trackingCode()) == 1);
		Outbox.Message m = messages(CHAIRMAN, NotificationEvent.FEEDBACK_OVERDUE).stream()
			.filter(x -> x.subject().contains(r.trackingCode())).findFirst().orElseThrow();
		assertThat(m.body()).contains("ANSWER").contains(Notifier.format(r.answerBy()));
		assertThat(m.link()).isEqualTo("/feedback/" + r.id());
	}

	@Test
	void aThaiSpeakingCitizenGetsTheThaiReceiptOfTheirDossier() throws Exception {
		String email = "thai-" + digits(8) + "@example.test";
		CitizenAccounts.Registered reg = citizens.register(new CitizenAccounts.Registration(email, "Sawasdee#2026", "Somchai Jaidee",
				null, null), "http://localhost/cong-dan/xac-minh");
		citizens.verify(reg.verificationToken());
		citizens.chooseLanguage(email, "th", null);

		String body = """
				{"procedureCode":"H41-X-HKD-031","receivingUnitCode":"%s","channel":"COUNTER",
				 "applicant":{"fullName":"Somchai Jaidee","citizenId":"040%s","email":"%s","address":"Xóm 3"},
				 "components":[{"code":"GDN","provided":true,"form":"ORIGINAL","quantity":1},{"code":"BB","provided":true},
				               {"code":"DN","provided":true},{"code":"GCN","provided":true}]}""".formatted(COMMUNE, digits(9), email);
		String code = JsonPath.read(mvc.perform(post("/api/v1/dossiers").header("Authorization", Tokens.bearer(mvc, CLERK))
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.code");

		Outbox.Message receipt = awaitOne(email, NotificationEvent.DOSSIER_RECEIVED);
		assertThat(receipt.language()).isEqualTo("th");
		assertThat(receipt.subject()).isEqualTo("ได้รับแฟ้มคำขอ " + code + " แล้ว");
	}

	@Test
	void aMissingEnglishTemplateFallsBackToTheInstallationLanguage() {
		Map<String, Object> english = jdbc.sql("SELECT subject, body, sms FROM notification.template WHERE event_type = 'FEEDBACK_ACKNOWLEDGED' AND language = 'en'")
			.query().singleRow();
		jdbc.sql("DELETE FROM notification.template WHERE event_type = 'FEEDBACK_ACKNOWLEDGED' AND language = 'en'").update();
		try {
			String email = "fallback-" + digits(8) + "@example.test";
			FeedbackService.Received r = feedback.submit(new FeedbackSubmission(FeedbackSubmission.Topic.PROCEDURE_RULES, COMMUNE,
					null, "H41-X-HKD-031", null, "Khó hiểu.", false, "John Doe", null, email, "en"));
			Outbox.Message ack = awaitOne(email, NotificationEvent.FEEDBACK_ACKNOWLEDGED);
			assertThat(ack.language()).isEqualTo("vi");
			assertThat(ack.subject()).isEqualTo("Đã nhận phản ánh, kiến nghị " + r.trackingCode());
		}
		finally {
			jdbc.sql("INSERT INTO notification.template (event_type, language, subject, body, sms) VALUES ('FEEDBACK_ACKNOWLEDGED', 'en', :s, :b, :sms)")
				.param("s", english.get("subject")).param("b", english.get("body")).param("sms", english.get("sms")).update();
		}
	}
}
