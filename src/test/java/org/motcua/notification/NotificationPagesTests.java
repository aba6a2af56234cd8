package org.motcua.notification;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class NotificationPagesTests {

	static final String OFFICIAL = "tiepnhan.tanky";

	@Autowired
	MockMvc mvc;

	@Autowired
	Outbox outbox;

	@Autowired
	Inbox inbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theHeaderBellLoadsTheUnreadCountAndThePageListsTheMessages() throws Exception {
		String code = "PAGE-" + UUID.randomUUID().toString().substring(0, 8);
		outbox.enqueue(new Outbox.Draft("test:page:" + code, NotificationEvent.DOSSIER_ASSIGNED, NotificationChannel.IN_APP, OFFICIAL,
				"vi", Map.of("code", code, "procedure", "Cấp phép", "dueDate", "17:00 30/11/2026"), "/dossiers/" + code));
		long unread = inbox.unread(OFFICIAL);
		assertThat(unread).isPositive();

		mvc.perform(get("/").with(user(OFFICIAL))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"bell\"")))
			.andExpect(content().string(containsString("hx-get=\"/notifications/bell\"")));
		mvc.perform(get("/notifications/bell").with(user(OFFICIAL)).header("HX-Request", "true")).andExpect(status().isOk())
			.andExpect(content().string(containsString("<span class=\"bell-count\">" + unread + "</span>")))
			.andExpect(content().string(not(containsString("<html"))));
		String page = mvc.perform(get("/notifications").with(user(OFFICIAL))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Được giao xử lý hồ sơ " + code)))
			.andExpect(content().string(containsString("hạn giải quyết 17:00 30/11/2026")))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<html");

		long id = jdbc.sql("SELECT id FROM notification.message WHERE event_key = :k").param("k", "test:page:" + code).query(Long.class).single();
		mvc.perform(post("/notifications/{id}/read", id).with(user(OFFICIAL)).with(csrf()))
			.andExpect(redirectedUrl("/dossiers/" + code));
		assertThat(inbox.unread(OFFICIAL)).isEqualTo(unread - 1);
		mvc.perform(post("/notifications/read-all").with(user(OFFICIAL)).with(csrf())).andExpect(redirectedUrl("/notifications"));
		mvc.perform(get("/notifications/bell").with(user(OFFICIAL))).andExpect(content().string(not(containsString("bell-count"))));
	}
}
