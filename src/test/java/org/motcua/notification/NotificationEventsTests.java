package org.motcua.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.icegreen.greenmail.util.GreenMail;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.motcua.dossier.Channel;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierEvents;
import org.motcua.dossier.DossierStatus;
import org.motcua.portal.FeedbackService;
import org.motcua.portal.FeedbackSubmission;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class NotificationEventsTests {

	static final String COMMUNE = "H41.50";
	static final String HOUSEHOLD_BUSINESS = "H41-X-HKD-031";
	static final String CLERK = "tiepnhan.xadoluong";
	static final String SPECIALIST = "congchuc.xadoluong";
	static final String CHAIRMAN = "chutich.xadoluong";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Outbox outbox;

	@Autowired
	NotificationListeners listeners;

	@Autowired
	FeedbackService feedback;

	@Autowired
	OverdueWarnings warnings;

	@Autowired
	org.motcua.dossier.DossierService dossierService;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	ApplicationEventPublisher publisher;

	static String digits(int n) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < n; i++) {
			s.append(ThreadLocalRandom.current().nextInt(10));
		}
		return s.toString();
	}

	DocumentContext receive(String name, String email, String phone) throws Exception {
		String body = """
				{"procedureCode":"%s","receivingUnitCode":"%s","channel":"COUNTER",
				 "applicant":{"fullName":"%s","citizenId":"040%s","phone":"%s","email":"%s","address":"Xóm 3, xã Đô Lương"},
				 "components":[{"code":"GDN","provided":true,"form":"ORIGINAL","quantity":1},{"code":"BB","provided":true},
				               {"code":"DN","provided":true},{"code":"GCN","provided":true}]}"""
			.formatted(HOUSEHOLD_BUSINESS, COMMUNE, name, digits(9), phone, email);
		return JsonPath.parse(mvc.perform(post("/api/v1/dossiers").header("Authorization", Tokens.bearer(mvc, CLERK))
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	DocumentContext step(String user, DocumentContext d, String action, String extra) throws Exception {
		return JsonPath.parse(mvc.perform(post("/api/v1/dossiers/{code}/actions", d.read("$.code", String.class))
				.header("Authorization", Tokens.bearer(mvc, user)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\":\"%s\",\"version\":%d%s}".formatted(action, d.read("$.version", Integer.class), extra)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	List<Outbox.Message> messages(String recipient, NotificationEvent event) {
		return jdbc.sql(Outbox.SELECT + " WHERE recipient = :r AND event_type = :e ORDER BY id")
			.param("r", recipient).param("e", event.name()).query(Outbox::map).list();
	}

	List<Outbox.Message> awaitMessages(String recipient, NotificationEvent event, int count) {
		await().atMost(Duration.ofSeconds(20)).until(() -> messages(recipient, event).size() >= count);
		return messages(recipient, event);
	}

	@Test
	void aDossierReceivedAtTheDeskSendsTheReceiptToTheApplicantsEmailAndPhone() throws Exception {
		String email = "receipt-" + digits(8) + "@example.test";
		String phone = "09" + digits(8);
		DocumentContext d = receive("Hoàng Văn Biên Nhận", email, phone);
		String code = d.read("$.code");

		Outbox.Message mail = awaitMessages(email, NotificationEvent.DOSSIER_RECEIVED, 1).get(0);
		assertThat(mail.channel()).isEqualTo(NotificationChannel.EMAIL);
		assertThat(mail.subject()).isEqualTo("Đã tiếp nhận hồ sơ " + code);
		assertThat(mail.body()).contains("Hoàng Văn Biên Nhận").contains(Notifier.format(Instant.parse(d.read("$.dueAt"))))
			.contains("/tra-cuu/" + code);
		Outbox.Message sms = awaitMessages(phone, NotificationEvent.DOSSIER_RECEIVED, 1).get(0);
		assertThat(sms.channel()).isEqualTo(NotificationChannel.SMS);
		assertThat(sms.body()).startsWith("Ho so " + code + " da duoc tiep nhan");

		GreenMail smtp = Smtp.start();
		try {
			for (int i = 0; i < 50 && messages(email, NotificationEvent.DOSSIER_RECEIVED).get(0).status() != MessageStatus.SENT; i++) {
				outbox.deliverDue(Instant.now().plus(Duration.ofDays(1)));
			}
			List<MimeMessage> received = Smtp.to(smtp, email);
			assertThat(received).hasSize(1);
			assertThat(received.get(0).getSubject()).isEqualTo("Đã tiếp nhận hồ sơ " + code);
		}
		finally {
			smtp.stop();
		}
		assertThat(messages(phone, NotificationEvent.DOSSIER_RECEIVED).get(0).status())
			.as("SMS through the default gateway, which logs").isEqualTo(MessageStatus.SENT);
		assertThat(messages(phone, NotificationEvent.DOSSIER_RECEIVED).get(0).deliveredBy()).isEqualTo("sms-log");
	}

	@Test
	void anOnlineSubmissionReachesTheDeskAndItsCompletionRoundTripReachesTheApplicant() throws Exception {
		String email = "online-" + digits(8) + "@example.test";
		var applicant = new org.motcua.dossier.Applicant("Vương Thị Trực Tuyến", "040" + digits(9), null, email, "Xóm 5");
		var components = List.of(new org.motcua.dossier.ComponentCheck("GDN", null, true, "ORIGINAL", 1),
				new org.motcua.dossier.ComponentCheck("BB", null, true, null, null), new org.motcua.dossier.ComponentCheck("DN", null, true, null, null),
				new org.motcua.dossier.ComponentCheck("GCN", null, true, null, null));
		var submitted = dossierService.submitOnline("citizen:online-test", new org.motcua.dossier.IntakeCommand(HOUSEHOLD_BUSINESS, COMMUNE,
				Channel.ONLINE, applicant, null, null, components, null, null, null));
		String code = submitted.code();
		await().atMost(Duration.ofSeconds(20)).until(() -> inAppAbout(CLERK, NotificationEvent.DOSSIER_SUBMITTED, code) == 1);
		assertThat(inAppAbout(SPECIALIST, NotificationEvent.DOSSIER_SUBMITTED, code)).as("only the desk").isZero();
		assertThat(messages(email, NotificationEvent.DOSSIER_RECEIVED)).as("no receipt before the desk's check").isEmpty();

		DocumentContext d = JsonPath.parse(mvc.perform(get("/api/v1/dossiers/{code}", code).header("Authorization", Tokens.bearer(mvc, CLERK)))
			.andReturn().getResponse().getContentAsString());
		d = step(CLERK, d, "REQUEST_COMPLETION", ",\"missingItems\":[\"Bản sao hợp đồng thuê nhà\"]");
		assertThat(awaitMessages(email, NotificationEvent.COMPLETION_REQUESTED, 1).get(0).subject()).isEqualTo("Yêu cầu bổ sung hồ sơ " + code);
		dossierService.resubmitOnline(code, d.read("$.version", Integer.class), "citizen:online-test", "Đã bổ sung hợp đồng");
		await().atMost(Duration.ofSeconds(20)).until(() -> inAppAbout(CLERK, NotificationEvent.DOSSIER_RESUBMITTED, code) == 1);

		d = JsonPath.parse(mvc.perform(get("/api/v1/dossiers/{code}", code).header("Authorization", Tokens.bearer(mvc, CLERK)))
			.andReturn().getResponse().getContentAsString());
		step(CLERK, d, "ACCEPT", "");
		assertThat(awaitMessages(email, NotificationEvent.DOSSIER_RECEIVED, 1).get(0).subject()).isEqualTo("Đã tiếp nhận hồ sơ " + code);
	}

	long inAppAbout(String username, NotificationEvent event, String code) {
		return jdbc.sql("""
				SELECT count(*) FROM notification.message WHERE channel = 'IN_APP' AND recipient = :u AND event_type = :e
				AND subject LIKE '%' || :c || '%'""").param("u", username).param("e", event.name()).param("c", code).query(Long.class).single();
	}

	@Test
	void anEventHandedOverAgainSendsNothingTwice() throws Exception {
		String email = "again-" + digits(8) + "@example.test";
		DocumentContext d = receive("Đặng Thị Hai Lần", email, "09" + digits(8));
		String code = d.read("$.code");
		awaitMessages(email, NotificationEvent.DOSSIER_RECEIVED, 1);
		DossierEvents.DossierRegistered again = new DossierEvents.DossierRegistered(code, null, COMMUNE, HOUSEHOLD_BUSINESS,
				Channel.COUNTER, DossierStatus.RECEIVED, Instant.parse(d.read("$.receivedAt")), Instant.parse(d.read("$.dueAt")));
		listeners.on(again);
		listeners.on(again);
		assertThat(messages(email, NotificationEvent.DOSSIER_RECEIVED)).hasSize(1);
		assertThat(jdbc.sql("SELECT count(*) FROM notification.message WHERE event_key = :k").param("k", "dossier:" + code + ":RECEIVED")
			.query(Long.class).single()).as("one e-mail and one SMS").isEqualTo(2);
	}

	/** The listeners the event publication registry stores an event for, seen inside a transaction that is then undone. */
	List<String> listenersStoredFor(Object event, String code) {
		return tx.execute(s -> {
			publisher.publishEvent(event);
			List<String> ids = jdbc.sql("SELECT listener_id FROM event_publication WHERE serialized_event LIKE '%' || :c || '%'")
				.param("c", code).query(String.class).list();
			s.setRollbackOnly();
			return ids;
		});
	}

	@Test
	void onlyActionsThatLeadToANoticeAreStoredForTheNotificationListener() {
		String code = "PROBE-" + digits(10);
		Instant now = Instant.now();
		for (DossierAction action : DossierAction.values()) {
			var event = new DossierEvents.DossierActionTaken(code, action, DossierStatus.IN_PROGRESS, DossierStatus.IN_PROGRESS,
					COMMUNE, HOUSEHOLD_BUSINESS, Channel.COUNTER, now, CLERK, null, null, null);
			List<String> stored = listenersStoredFor(event, code);
			assertThat(stored).as(action.name()).anyMatch(id -> id.contains("reporting"));
			boolean notifies = switch (action) {
				case ACCEPT, REQUEST_COMPLETION, TRANSFER, APOLOGISE, RESULT_READY, RETURN_RESULT, ASSIGN, RESUBMIT -> true;
				default -> false;
			};
			assertThat(stored.stream().anyMatch(id -> id.contains("NotificationListeners"))).as(action.name()).isEqualTo(notifies);
		}
		var child = new DossierEvents.DossierRegistered(code, "PARENT-" + code, COMMUNE, HOUSEHOLD_BUSINESS, Channel.COUNTER,
				DossierStatus.RECEIVED, now, null);
		assertThat(listenersStoredFor(child, code)).as("a dossier created by a transfer is not announced")
			.noneMatch(id -> id.contains("NotificationListeners")).anyMatch(id -> id.contains("reporting"));
		var received = new DossierEvents.DossierRegistered(code, null, COMMUNE, HOUSEHOLD_BUSINESS, Channel.COUNTER,
				DossierStatus.RECEIVED, now, null);
		assertThat(listenersStoredFor(received, code)).anyMatch(id -> id.contains("NotificationListeners"));
	}

	@Test
	void theAssignedOfficialFindsTheDossierInTheirInAppMessagesAndMarksItRead() throws Exception {
		DocumentContext d = receive("Lý Văn Giao", "assign-" + digits(8) + "@example.test", "09" + digits(8));
		String code = d.read("$.code");
		d = step(CLERK, d, "FORWARD", "");
		d = step(CHAIRMAN, d, "ASSIGN", ",\"lead\":\"%s\"".formatted(SPECIALIST));
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
				SELECT count(*) FROM notification.message WHERE channel = 'IN_APP' AND recipient = :u AND event_type = 'DOSSIER_ASSIGNED'
				AND subject LIKE '%' || :c || '%'""").param("u", SPECIALIST).param("c", code).query(Long.class).single() == 1);
		assertThat(jdbc.sql("SELECT count(*) FROM notification.message WHERE recipient = :u AND subject LIKE '%' || :c || '%'")
			.param("u", CHAIRMAN).param("c", code).query(Long.class).single()).as("not to the one who assigned").isZero();

		String json = mvc.perform(get("/api/v1/notifications").param("unread", "true").header("Authorization", Tokens.bearer(mvc, SPECIALIST)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].subject").value(hasItem("Được giao xử lý hồ sơ " + code)))
			.andReturn().getResponse().getContentAsString();
		List<Integer> ids = JsonPath.read(json, "$.items[?(@.subject == 'Được giao xử lý hồ sơ " + code + "')].id");
		long id = ids.get(0);
		assertThat(JsonPath.<List<String>>read(json, "$.items[?(@.id == " + id + ")].link")).containsExactly("/dossiers/" + code);
		long unread = ((Number) JsonPath.read(mvc.perform(get("/api/v1/notifications/unread-count")
				.header("Authorization", Tokens.bearer(mvc, SPECIALIST))).andReturn().getResponse().getContentAsString(), "$.unread")).longValue();
		assertThat(unread).isPositive();

		mvc.perform(post("/api/v1/notifications/{id}/read", id).header("Authorization", Tokens.bearer(mvc, CLERK)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/notifications/{id}/read", id).header("Authorization", Tokens.bearer(mvc, SPECIALIST)))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/notifications/unread-count").header("Authorization", Tokens.bearer(mvc, SPECIALIST)))
			.andExpect(jsonPath("$.unread").value((int) unread - 1));
		mvc.perform(get("/api/v1/notifications").param("unread", "true").header("Authorization", Tokens.bearer(mvc, SPECIALIST)))
			.andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) id))));
		mvc.perform(get("/api/v1/notifications")).andExpect(status().isUnauthorized());
	}

	@Test
	void anApologyGivesTheApplicantTheNewAppointment() throws Exception {
		String email = "apology-" + digits(8) + "@example.test";
		DocumentContext d = receive("Cao Thị Hẹn Lại", email, "09" + digits(8));
		d = step(CLERK, d, "FORWARD", "");
		Instant due = Instant.parse(d.read("$.dueAt"));
		Instant newDue = due.plus(7, ChronoUnit.DAYS);
		step(CHAIRMAN, d, "APOLOGISE", ",\"newDueAt\":\"%s\",\"note\":\"Cần xác minh thêm\"".formatted(newDue));
		Outbox.Message m = awaitMessages(email, NotificationEvent.DOSSIER_APOLOGISED, 1).get(0);
		assertThat(m.body()).contains(Notifier.format(newDue)).contains(Notifier.format(due));
	}

	@Test
	void feedbackReachesTheUnitInAppAndIsAcknowledgedToTheSubmitter() {
		String email = "feedback-" + digits(8) + "@example.test";
		FeedbackService.Received r = feedback.submit(new FeedbackSubmission(FeedbackSubmission.Topic.PROCEDURE_RULES, COMMUNE, null,
				HOUSEHOLD_BUSINESS, null, "Biểu mẫu khó hiểu.", false, "Nguyễn Góp Ý", null, email));
		Outbox.Message ack = awaitMessages(email, NotificationEvent.FEEDBACK_ACKNOWLEDGED, 1).get(0);
		assertThat(ack.subject()).isEqualTo("Đã nhận phản ánh, kiến nghị " + r.trackingCode());
		assertThat(ack.body()).contains("Nguyễn Góp Ý").contains(Notifier.format(r.answerBy()));
		await().atMost(Duration.ofSeconds(20)).until(() -> inApp(CLERK, r.trackingCode()) == 1 && inApp(CHAIRMAN, r.trackingCode()) == 1);
	}

	@Test
	void aConductReportReachesOnlyTheUnitsLeadersNotItsOtherOfficials() {
		FeedbackService.Received r = feedback.submit(new FeedbackSubmission(FeedbackSubmission.Topic.OFFICIAL_CONDUCT, COMMUNE, null,
				null, "Cán bộ quầy 1", "Đòi thêm tiền.", true, null, null, null));
		await().atMost(Duration.ofSeconds(20)).until(() -> inApp(CHAIRMAN, r.trackingCode()) == 1);
		assertThat(inApp(CLERK, r.trackingCode())).isZero();
		assertThat(inApp(SPECIALIST, r.trackingCode())).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM notification.message WHERE event_key = :k AND channel <> 'IN_APP'")
			.param("k", "feedback:" + r.id()).query(Long.class).single()).as("anonymous: no acknowledgement").isZero();
	}

	long inApp(String username, String tracking) {
		return jdbc.sql("""
				SELECT count(*) FROM notification.message WHERE channel = 'IN_APP' AND recipient = :u AND event_type = 'FEEDBACK_RECEIVED'
				AND subject LIKE '%' || :t""").param("u", username).param("t", tracking).query(Long.class).single();
	}

	@Test
	void overdueDossiersAreWarnedToTheirOfficialsOncePerDay() throws Exception {
		DocumentContext d = receive("Tạ Văn Quá Hạn", "overdue-" + digits(8) + "@example.test", "09" + digits(8));
		String code = d.read("$.code");
		d = step(CLERK, d, "FORWARD", "");
		step(CHAIRMAN, d, "ASSIGN", ",\"lead\":\"%s\"".formatted(SPECIALIST));
		Instant afterDue = Instant.parse(d.read("$.dueAt")).plus(Duration.ofDays(1));
		warnings.warn(afterDue);
		assertThat(warnings(code)).containsExactly("Hồ sơ " + code + " đã quá hạn");
		warnings.warn(afterDue.plus(Duration.ofMinutes(30)));
		assertThat(warnings(code)).as("once per day").hasSize(1);
		Instant justBefore = Instant.parse(d.read("$.dueAt")).minus(Duration.ofMinutes(30));
		warnings.warn(justBefore);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM notification.message WHERE recipient = :u AND event_type = 'DOSSIER_AT_RISK' AND subject LIKE '%' || :c || '%'""")
			.param("u", SPECIALIST).param("c", code).query(Long.class).single()).as("at risk half an hour before the due time").isEqualTo(1);
	}

	List<String> warnings(String code) {
		return jdbc.sql("""
				SELECT subject FROM notification.message WHERE recipient = :u AND event_type = 'DOSSIER_OVERDUE' AND subject LIKE '%' || :c || '%'""")
			.param("u", SPECIALIST).param("c", code).query(String.class).list();
	}
}
