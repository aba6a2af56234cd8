package org.motcua.catalog;

import org.junit.jupiter.api.Test;
import org.motcua.support.Browser;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CatalogBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void aClerkFindsAProcedureByTypingWithoutDiacriticsAndOpensIt() {
		try (Browser browser = Browser.open(port)) {
			browser.signIn("tiepnhan.doluong", Tokens.DEMO_PASSWORD);
			browser.waitForText(By.id("welcome"), "Xin chào");
			browser.find(By.linkText("Thủ tục hành chính")).click();
			browser.waitForUrlEnding("/catalog");
			browser.find(By.id("q")).sendKeys("dang ky khai sinh");
			// htmx swaps the results, then records the search in the address bar
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().matches(".*q=dang(\\+|%20)ky(\\+|%20)khai(\\+|%20)sinh.*"));
			browser.waitForText(By.id("procedure-rows"), "Đăng ký khai sinh");
			assertThat(browser.find(By.id("procedure-rows")).getText()).doesNotContain("Chứng thực di chúc");

			browser.find(By.linkText("Đăng ký khai sinh")).click();
			browser.waitForUrlEnding("/catalog/procedures/H41-HT-001");
			assertThat(browser.find(By.id("procedure-name")).getText()).isEqualTo("Đăng ký khai sinh");
			assertThat(browser.find(By.id("components")).getText()).contains("Giấy chứng sinh");
			assertThat(browser.find(By.id("process-H41.20.21")).getText()).contains("Tiếp nhận");
		}
	}
}
