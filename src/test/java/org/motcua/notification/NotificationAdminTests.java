package org.motcua.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class NotificationAdminTests {

	static final String ADMIN = "admin";
	static final String CLERK = "tiepnhan.xadoluong";
	static final String PATH = "/api/v1/notification-templates/{event}/{language}";

	@Autowired
	MockMvc mvc;

	@Autowired
	Templates templates;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	ResultActions putTemplate(String user, String language, String subject, String body, String sms, int version) throws Exception {
		String json = "{\"subject\":%s,\"body\":%s,\"sms\":%s,\"version\":%d}".formatted(quote(subject), quote(body), quote(sms), version);
		return mvc.perform(put(PATH, "RESULT_RETURNED", language).header("Authorization", Tokens.bearer(mvc, user))
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	static String quote(String s) {
		return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

	@Test
	void anAdministratorEditsTheTemplateOfEachLanguageAndNoticesAreRenderedFromIt() throws Exception {
		Map<String, String> values = Map.of("code", "H41.50-261129-0042", "applicant", "Mai Văn Thử", "lookupUrl", "https://dvc.example/tra-cuu/x");
		Map<String, String> subjects = Map.of("vi", "Hồ sơ {{code}} đã trả kết quả", "en", "Dossier {{code}} returned", "th", "ส่งคืนแฟ้ม {{code}} แล้ว");
		for (String lang : Templates.LANGUAGES) {
			Templates.Template before = templates.get(NotificationEvent.RESULT_RETURNED, lang);
			try {
				putTemplate(ADMIN, lang, subjects.get(lang), "{{applicant}}: {{code}} — {{lookupUrl}}", "{{code}}", before.version())
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.version").value(before.version() + 1))
					.andExpect(jsonPath("$.updatedBy").value(ADMIN));
				Templates.Rendered r = templates.render(NotificationEvent.RESULT_RETURNED, lang, values);
				assertThat(r.subject()).isEqualTo(subjects.get(lang).replace("{{code}}", "H41.50-261129-0042"));
				assertThat(r.body()).isEqualTo("Mai Văn Thử: H41.50-261129-0042 — https://dvc.example/tra-cuu/x");
				assertThat(r.sms()).isEqualTo("H41.50-261129-0042");
			}
			finally {
				Templates.Template now = templates.get(NotificationEvent.RESULT_RETURNED, lang);
				templates.update(org.motcua.organization.Caller.system(), NotificationEvent.RESULT_RETURNED, lang,
						new Templates.TemplateChange(before.subject(), before.body(), before.sms(), now.version()));
			}
		}
		assertThat(jdbc.sql("SELECT count(*) FROM audit.entry WHERE action = 'NOTIFICATION_TEMPLATE_CHANGED' AND target_id = 'RESULT_RETURNED/th'")
			.query(Long.class).single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void theDefaultTemplatesSpeakEachLanguage() {
		Map<String, String> values = Map.of("code", "X-1", "dueDate", "08:00 01/12/2026");
		assertThat(templates.render(NotificationEvent.DOSSIER_RECEIVED, "vi", values).subject()).isEqualTo("Đã tiếp nhận hồ sơ X-1");
		assertThat(templates.render(NotificationEvent.DOSSIER_RECEIVED, "en", values).subject()).isEqualTo("Dossier X-1 received");
		assertThat(templates.render(NotificationEvent.DOSSIER_RECEIVED, "th", values).subject()).isEqualTo("ได้รับแฟ้มคำขอ X-1 แล้ว");
		assertThat(templates.render(NotificationEvent.DOSSIER_RECEIVED, "en", values).body()).contains("Result appointment: 08:00 01/12/2026.\n");
		for (NotificationEvent e : NotificationEvent.values()) {
			for (String lang : Templates.LANGUAGES) {
				Templates.Template t = templates.get(e, lang);
				assertThat(TemplateText.unknownPlaceholders(t.subject() + t.body() + t.sms(), e.placeholders())).as(e + "/" + lang).isEmpty();
			}
		}
	}

	@Test
	void anUnknownPlaceholderIsRefusedNamingItAndTheKnownOnes() throws Exception {
		int version = templates.get(NotificationEvent.RESULT_RETURNED, "en").version();
		putTemplate(ADMIN, "en", "Dossier {{code}}", "Your PIN is {{pin}}", "", version)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("body"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("{{pin}}")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("{{lookupUrl}}")));
		assertThat(templates.get(NotificationEvent.RESULT_RETURNED, "en").version()).isEqualTo(version);
	}

	@Test
	void anEditBasedOnAStaleVersionIsRefused() throws Exception {
		Templates.Template t = templates.get(NotificationEvent.RESULT_RETURNED, "vi");
		putTemplate(ADMIN, "vi", t.subject(), t.body(), t.sms(), t.version() - 1).andExpect(status().isConflict());
	}

	@Test
	void onlySystemAdministratorsSeeAndEditTemplates() throws Exception {
		Templates.Template t = templates.get(NotificationEvent.RESULT_RETURNED, "vi");
		putTemplate(CLERK, "vi", "x", "y", "", t.version()).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/notification-templates").header("Authorization", Tokens.bearer(mvc, CLERK))).andExpect(status().isForbidden());
		mvc.perform(get("/notifications/templates").with(user(CLERK).roles("ONE_STOP_CLERK"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/notification-templates").header("Authorization", Tokens.bearer(mvc, ADMIN)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(NotificationEvent.values().length * 3));
	}

	@Test
	void theTemplatePageShowsThePlaceholdersAndRefusesAnUnknownOneNextToTheField() throws Exception {
		mvc.perform(get("/notifications/templates").with(user(ADMIN).roles("SYSTEM_ADMIN"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("template-RESULT_RETURNED-th")));
		Templates.Template t = templates.get(NotificationEvent.RESULT_RETURNED, "en");
		mvc.perform(get("/notifications/templates/RESULT_RETURNED/en").with(user(ADMIN).roles("SYSTEM_ADMIN"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("{{lookupUrl}}")));
		mvc.perform(post("/notifications/templates/RESULT_RETURNED/en").with(user(ADMIN).roles("SYSTEM_ADMIN")).with(csrf())
				.param("subject", "Dossier {{code}}").param("body", "Hello {{owner}}").param("sms", "").param("version", String.valueOf(t.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"body-error\"")))
			.andExpect(content().string(containsString("{{owner}}")));
		assertThat(templates.get(NotificationEvent.RESULT_RETURNED, "en").version()).isEqualTo(t.version());
		mvc.perform(post("/notifications/templates/RESULT_RETURNED/en").with(user(ADMIN).roles("SYSTEM_ADMIN")).with(csrf())
				.param("subject", t.subject()).param("body", t.body()).param("sms", t.sms()).param("version", String.valueOf(t.version())))
			.andExpect(redirectedUrl("/notifications/templates"));
		assertThat(templates.get(NotificationEvent.RESULT_RETURNED, "en").version()).isEqualTo(t.version() + 1);
	}

	@Test
	void administratorsSeeAFailedMessageAndQueueItAgain() throws Exception {
		String to = "admin-fail-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
		outbox.enqueue(new Outbox.Draft("test:admin:" + to, NotificationEvent.RESULT_READY, NotificationChannel.EMAIL, to, "vi",
				Map.of("code", "ADM-1"), null));
		Instant at = Instant.now();
		for (int i = 0; i < 10 && statusOf(to) != MessageStatus.FAILED; i++) {
			at = at.plus(Duration.ofDays(1));
			drain(at);
		}
		assertThat(statusOf(to)).isEqualTo(MessageStatus.FAILED);
		long id = jdbc.sql("SELECT id FROM notification.message WHERE recipient = :r").param("r", to).query(Long.class).single();

		mvc.perform(get("/api/v1/notification-outbox").param("status", "FAILED").param("limit", "500")
				.header("Authorization", Tokens.bearer(mvc, ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].recipient").value(hasItem(to)))
			.andExpect(jsonPath("$.counts.FAILED").isNumber());
		mvc.perform(get("/notifications/outbox").param("status", "FAILED").with(user(ADMIN).roles("SYSTEM_ADMIN"))).andExpect(status().isOk())
			.andExpect(content().string(containsString(to)));
		mvc.perform(get("/api/v1/notification-outbox").header("Authorization", Tokens.bearer(mvc, CLERK))).andExpect(status().isForbidden());

		String json = mvc.perform(post("/api/v1/notification-outbox/{id}/retry", id).header("Authorization", Tokens.bearer(mvc, ADMIN)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<String>read(json, "$.status")).isEqualTo("PENDING");
		assertThat(JsonPath.<Integer>read(json, "$.attempts")).isZero();
		mvc.perform(post("/api/v1/notification-outbox/{id}/retry", id).header("Authorization", Tokens.bearer(mvc, ADMIN)))
			.andExpect(status().isConflict());
	}

	@Test
	void theMetricsEndpointCountsMessagesWaitingAndFailed() throws Exception {
		String to = "metrics-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
		outbox.enqueue(new Outbox.Draft("test:metrics:" + to, NotificationEvent.RESULT_READY, NotificationChannel.EMAIL, to, "vi",
				Map.of("code", "MET-1"), null));
		String metrics = mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
			.andExpect(content().string(containsString("motcua_notification_messages{status=\"FAILED\"}")))
			.andReturn().getResponse().getContentAsString();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("motcua_notification_messages\\{status=\"PENDING\"} ([0-9.E]+)").matcher(metrics);
		assertThat(m.find()).isTrue();
		assertThat(Double.parseDouble(m.group(1))).as("at least the message just queued").isGreaterThanOrEqualTo(1.0);
	}

	/** Runs the sender as of {@code at} until it finds nothing due (other tests' messages may be queued too). */
	void drain(Instant at) {
		for (int i = 0; i < 50; i++) {
			Outbox.Run run = outbox.deliverDue(at);
			if (run.sent() + run.retrying() + run.failed() == 0) {
				return;
			}
		}
	}

	MessageStatus statusOf(String to) {
		return MessageStatus.valueOf(jdbc.sql("SELECT status FROM notification.message WHERE recipient = :r").param("r", to)
			.query(String.class).single());
	}
}
