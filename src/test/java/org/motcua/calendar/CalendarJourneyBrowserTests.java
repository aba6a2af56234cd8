package org.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.motcua.support.Browser;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class CalendarJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void aClerkSeesTetHighlightedAndComputesADeadlineAcrossIt() {
		try (Browser browser = Browser.open(port)) {
			browser.signIn("tiepnhan.doluong", Tokens.DEMO_PASSWORD);
			browser.waitForText(By.id("welcome"), "Nguyễn Thị Hoa");
			browser.find(By.linkText("Lịch làm việc")).click();
			browser.waitForUrlEnding("/calendar");
			browser.go("/calendar/2026");
			browser.waitForText(By.tagName("h1"), "Lịch làm việc năm 2026");

			WebElement tet = browser.find(By.cssSelector("td[data-date='2026-02-17']"));
			assertThat(tet.getAttribute("class")).contains("holiday");
			assertThat(tet.findElement(By.className("lunar")).getText()).isEqualTo("1/1");
			assertThat(browser.find(By.id("legend")).getText()).contains("Nghỉ lễ, Tết");

			WebElement from = browser.find(By.id("from"));
			((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", from, "2026-02-13T10:00");
			WebElement amount = browser.find(By.id("amount"));
			amount.clear();
			amount.sendKeys("2");
			new Select(browser.find(By.id("unit"))).selectByValue("WORKING_DAYS");
			browser.find(By.id("deadline-submit")).click();
			browser.waitForText(By.id("due"), "Thứ Ba 24/02/2026 10:00");
			assertThat(browser.find(By.id("effective-start")).getText()).isEqualTo("Thứ Sáu 13/02/2026 10:00");
			assertThat(browser.driver().getCurrentUrl()).as("htmx answered in place").endsWith("/calendar/2026");
		}
	}
}
