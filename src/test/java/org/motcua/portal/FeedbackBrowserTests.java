package org.motcua.portal;

import org.junit.jupiter.api.Test;
import org.motcua.support.Browser;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen reports an official's conduct anonymously on the public site; the report reaches the head of the unit
 * (the commune's chairman) and not the clerks of the one-stop desk.
 */
@IntegrationTest
class FeedbackBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAnonymousConductReportReachesTheUnitHeadsInboxAndNotTheClerks() {
		String tracking;
		try (Browser browser = Browser.open(port)) {
			browser.go("/public/procedures");
			browser.clickToLeave(browser.find(By.id("feedback-link")));
			browser.waitForUrlEnding("/phan-anh");

			browser.find(By.id("topic-OFFICIAL_CONDUCT")).click();
			new Select(browser.find(By.id("unitCode"))).selectByValue("H41.50");
			browser.find(By.id("officialName")).sendKeys("Cán bộ quầy số 2 (áo xanh)");
			browser.find(By.id("anonymous1")).click();
			browser.find(By.id("contactName")).sendKeys("Người Giấu Tên");
			browser.clickToLeave(browser.find(By.id("feedback-submit")));
			assertThat(browser.find(By.id("content-error")).getText()).as("the missing text is named beside its field").isNotBlank();

			browser.find(By.id("content")).sendKeys("Cán bộ gợi ý đưa thêm 500.000 đồng để hồ sơ được giải quyết nhanh.");
			browser.clickToLeave(browser.find(By.id("feedback-submit")));
			tracking = browser.find(By.id("feedback-tracking")).getText();
			assertThat(tracking).matches("PA-[A-Z2-9]{10}");
			long id = jdbc.sql("SELECT id FROM portal.feedback WHERE tracking_code = :t AND anonymous AND contact_name IS NULL")
				.param("t", tracking).query(Long.class).single();

			browser.signIn("tiepnhan.xadoluong", Tokens.DEMO_PASSWORD);
			browser.waitForText(By.id("welcome"), "Xin chào");
			browser.clickToLeave(browser.find(By.linkText("Phản ánh, kiến nghị")));
			browser.waitForUrlEnding("/feedback");
			assertThat(browser.find(By.tagName("main")).getText()).as("a clerk of the unit").doesNotContain(tracking);
			browser.go("/feedback/" + id);
			assertThat(browser.find(By.tagName("main")).getText()).doesNotContain(tracking, "500.000");

			browser.go("/");
			browser.clickToLeave(browser.find(By.id("logout")));
			browser.waitForUrlEnding("/login?logout");
			browser.signIn("chutich.xadoluong", Tokens.DEMO_PASSWORD);
			browser.waitForText(By.id("welcome"), "Xin chào");
			browser.clickToLeave(browser.find(By.linkText("Phản ánh, kiến nghị")));
			browser.waitForUrlEnding("/feedback");
			browser.clickToLeave(browser.find(By.id("feedback-inbox")).findElement(By.linkText(tracking)));
			browser.waitForUrlEnding("/feedback/" + id);
			assertThat(browser.find(By.id("feedback-sender")).getText()).isEqualTo("Ẩn danh");
			assertThat(browser.find(By.id("feedback-content")).getText()).contains("500.000 đồng");

			browser.find(By.id("note-ACCEPT")).sendKeys("Giao thanh tra xã xác minh");
			browser.clickToLeave(browser.find(By.id("do-ACCEPT")));
			assertThat(browser.find(By.id("feedback-status")).getText()).isEqualTo("Đang xử lý");
			assertThat(browser.find(By.id("feedback-steps")).getText()).contains("Tiếp nhận xử lý", "chutich.xadoluong");
		}
	}
}
