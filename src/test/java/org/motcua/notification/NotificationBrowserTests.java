package org.motcua.notification;

import java.time.Duration;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.motcua.support.Browser;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class NotificationBrowserTests {

	static final String CLERK = "tiepnhan.xadoluong";
	static final String SPECIALIST = "congchuc.xadoluong";
	static final String CHAIRMAN = "chutich.xadoluong";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Inbox inbox;

	DocumentContext step(String user, DocumentContext d, String action, String extra) throws Exception {
		return JsonPath.parse(mvc.perform(post("/api/v1/dossiers/{code}/actions", d.read("$.code", String.class))
				.header("Authorization", Tokens.bearer(mvc, user)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\":\"%s\",\"version\":%d%s}".formatted(action, d.read("$.version", Integer.class), extra)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	@Test
	void anAssignedOfficialSeesTheBellCountOpensTheMessageAndLandsOnTheDossier() throws Exception {
		String body = """
				{"procedureCode":"H41-X-HKD-031","receivingUnitCode":"H41.50","channel":"COUNTER",
				 "applicant":{"fullName":"Phan Văn Chuông","citizenId":"040090%06d","phone":"0912345678"},
				 "components":[{"code":"GDN","provided":true,"form":"ORIGINAL","quantity":1},{"code":"BB","provided":true},
				               {"code":"DN","provided":true},{"code":"GCN","provided":true}]}""".formatted(System.nanoTime() % 1_000_000);
		DocumentContext d = JsonPath.parse(mvc.perform(post("/api/v1/dossiers").header("Authorization", Tokens.bearer(mvc, CLERK))
				.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		String code = d.read("$.code");
		d = step(CLERK, d, "FORWARD", "");
		step(CHAIRMAN, d, "ASSIGN", ",\"lead\":\"%s\"".formatted(SPECIALIST));
		await().atMost(Duration.ofSeconds(20)).until(() -> messageId(code) != null);
		long id = messageId(code);

		try (Browser browser = Browser.open(port)) {
			browser.signIn(SPECIALIST, Tokens.DEMO_PASSWORD);
			browser.waitForUrlEnding("/");
			WebElement count = browser.find(By.cssSelector("#bell .bell-count"));
			assertThat(Long.parseLong(count.getText())).isEqualTo(inbox.unread(SPECIALIST));

			browser.clickToLeave(browser.find(By.id("bell")));
			browser.waitForUrlEnding("/notifications");
			WebElement item = browser.find(By.id("notification-" + id));
			assertThat(item.getText()).contains("Được giao xử lý hồ sơ " + code);
			assertThat(item.getAttribute("class")).contains("unread");

			browser.clickToLeave(item.findElement(By.tagName("button")));
			browser.waitForUrlEnding("/dossiers/" + code);
			assertThat(browser.driver().getPageSource()).contains(code);
		}
		assertThat(jdbc.sql("SELECT read_at IS NOT NULL FROM notification.message WHERE id = :id").param("id", id)
			.query(Boolean.class).single()).isTrue();
	}

	Long messageId(String code) {
		return jdbc.sql("""
				SELECT id FROM notification.message WHERE channel = 'IN_APP' AND recipient = :u AND event_type = 'DOSSIER_ASSIGNED'
				AND subject LIKE '%' || :c""").param("u", SPECIALIST).param("c", code).query(Long.class).optional().orElse(null);
	}
}
