package org.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.motcua.support.Browser;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.dossier.DeskJourneyBrowserTests.CLERK;
import static org.motcua.dossier.DeskJourneyBrowserTests.COMMUNE_CODE;
import static org.motcua.dossier.DeskJourneyBrowserTests.act;
import static org.motcua.dossier.DeskJourneyBrowserTests.fillApplicant;
import static org.motcua.dossier.DeskJourneyBrowserTests.openFromInbox;
import static org.motcua.dossier.DeskJourneyBrowserTests.pickProcedure;
import static org.motcua.dossier.DeskJourneyBrowserTests.switchTo;
import static org.motcua.dossier.DeskJourneyBrowserTests.tickEveryComponent;
import static org.motcua.dossier.DeskJourneyBrowserTests.timeline;

/**
 * An inter-level transfer (liên thông, Decree 61/2018 Art. 19(7)) in the two-tier local government: a commune
 * receives a land dossier that the province decides and transfers it; the province processes the linked dossier,
 * and its result comes back to the commune's desk, which returns it to the applicant.
 */
@IntegrationTest
class InterLevelTransferBrowserTests {

	static final String PROVINCE_CLERK = "tiepnhan.nghean";

	@LocalServerPort
	int port;

	@Test
	void aCommuneTransfersALandDossierToTheProvinceWhoseResultComesBackToTheCommuneDesk() {
		try (Browser browser = Browser.open(port)) {
			browser.signIn(CLERK, Tokens.DEMO_PASSWORD);
			browser.waitForText(By.id("welcome"), "Lê Thị Thu");
			browser.go("/desk/intake");
			pickProcedure(browser, "H41-T-DD-044", "H41-T-DD-044");
			fillApplicant(browser, "Đặng Thị Lan", "040185004321", "0987654321");
			tickEveryComponent(browser);
			browser.clickToLeave(browser.find(By.id("intake-submit")));
			String parent = browser.find(By.id("dossier-code")).getText();
			assertThat(parent).matches(COMMUNE_CODE);
			assertThat(browser.find(By.id("dossier-status")).getText()).isEqualTo("Đã tiếp nhận");

			browser.find(By.id("to-TRANSFER")).sendKeys("H41");
			act(browser, "TRANSFER", "Đã chuyển liên thông");
			String child = browser.find(By.id("dossier-child")).getText();
			assertThat(child).matches("H41\\.40\\.01-\\d{6}-\\d{4}");
			assertThat(timeline(browser)).last().asString().contains("Chuyển liên thông", CLERK, "Đã chuyển liên thông", "H41");

			switchTo(browser, PROVINCE_CLERK);
			openFromInbox(browser, child);
			assertThat(browser.find(By.id("dossier-status")).getText()).isEqualTo("Đã tiếp nhận");
			assertThat(browser.find(By.id("dossier-parent")).getText()).isEqualTo(parent);
			assertThat(browser.find(By.id("dossier-due")).getText()).matches(DeskJourneyBrowserTests.DATE_TIME);
			act(browser, "FORWARD", "Đang xử lý");

			switchTo(browser, "chuyenvien.nghean");
			openFromInbox(browser, child);
			act(browser, "FORWARD", "Đang xử lý");

			switchTo(browser, "truongphong.nghean");
			openFromInbox(browser, child);
			act(browser, "APPROVE", "Đang xử lý");

			switchTo(browser, PROVINCE_CLERK);
			openFromInbox(browser, child);
			act(browser, "RESULT_READY", "Đã trả kết quả");
			assertThat(timeline(browser)).last().asString().contains("Trả kết quả", PROVINCE_CLERK, "Đã trả kết quả");
			browser.clickToLeave(browser.find(By.id("dossier-parent")));
			browser.waitForUrlEnding("/dossiers/" + parent);
			assertThat(browser.find(By.id("dossier-status")).getText()).as("the commune's dossier, seen from the province")
				.isEqualTo("Có kết quả, chờ trả");

			switchTo(browser, CLERK);
			browser.clickToLeave(browser.find(By.linkText("Bộ phận một cửa")));
			browser.clickToLeave(browser.find(By.id("desk-ready")).findElement(By.linkText(parent)));
			browser.waitForUrlEnding("/dossiers/" + parent);
			assertThat(browser.find(By.id("dossier-status")).getText()).isEqualTo("Có kết quả, chờ trả");
			assertThat(browser.find(By.id("dossier-child")).getText()).isEqualTo(child);
			assertThat(browser.find(By.id("dossier-timeliness")).getText()).isIn("Trước hạn", "Đúng hạn");
			assertThat(timeline(browser)).last().asString().contains("Kết quả đã về bộ phận một cửa", PROVINCE_CLERK, "Có kết quả, chờ trả");
			act(browser, "RETURN_RESULT", "Đã trả kết quả");
		}
	}
}
