package org.motcua.web;

import org.junit.jupiter.api.Test;
import org.motcua.support.Browser;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SignInJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void aClerkSignsInSeesTheHomePageInVietnameseThenSwitchesToEnglish() {
		try (Browser browser = Browser.open(port)) {
			browser.go("/");
			browser.waitForUrlEnding("/login");
			assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Đăng nhập MotCua");

			browser.signIn("tiepnhan.doluong", Tokens.DEMO_PASSWORD);
			browser.waitForText(By.id("welcome"), "Xin chào, Nguyễn Thị Hoa (demo)");
			assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
			assertThat(browser.find(By.tagName("nav")).getText()).contains("Đơn vị hành chính").doesNotContain("Nhật ký hệ thống");
			assertThat(browser.driver().getPageSource()).contains("Cán bộ tiếp nhận một cửa");

			browser.find(By.id("lang-en")).click();
			browser.waitForText(By.id("welcome"), "Welcome, Nguyễn Thị Hoa (demo)");
			assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
			assertThat(browser.find(By.tagName("nav")).getText()).contains("Administrative units");
			assertThat(browser.driver().getPageSource()).contains("One-stop clerk");

			browser.find(By.id("logout")).click();
			browser.waitForUrlEnding("/login?logout");
		}
	}
}
