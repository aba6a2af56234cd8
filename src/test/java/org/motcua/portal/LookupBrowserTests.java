package org.motcua.portal;

import org.junit.jupiter.api.Test;
import org.motcua.support.Browser;
import org.motcua.support.IntegrationTest;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The applicant's journey without signing in: the receipt's QR code opens the lookup page for their dossier,
 * they enter the PIN from the receipt, see where the dossier stands with their data masked, and rate the
 * service once the result was returned.
 */
@IntegrationTest
class LookupBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anApplicantLooksUpTheirDossierWithThePinAndRatesItAfterTheReturn() throws Exception {
		PortalDossiers dossiers = new PortalDossiers(mvc, jdbc);
		String code = dossiers.returned("Ngô Thị Trình Duyệt", "040190002468", "0977111222").read("$.code");
		String pin = dossiers.pin(code);
		try (Browser browser = Browser.open(port)) {
			browser.go("/public/procedures");
			browser.clickToLeave(browser.find(By.id("lookup-link")));
			browser.waitForUrlEnding("/tra-cuu");

			browser.go("/tra-cuu/" + code);
			assertThat(browser.find(By.id("code")).getAttribute("value")).isEqualTo(code);
			browser.find(By.id("factor")).sendKeys(pin);
			browser.clickToLeave(browser.find(By.id("lookup-submit")));

			assertThat(browser.find(By.id("dossier-code")).getText()).isEqualTo(code);
			assertThat(browser.find(By.id("dossier-status")).getText()).isEqualTo("Đã trả kết quả");
			assertThat(browser.find(By.id("dossier-applicant")).getText()).isEqualTo("N*** T*** T*** Duyệt");
			assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("040190002468", "Ngô Thị");
			assertThat(browser.find(By.id("dossier-timeline")).getText()).contains("Trả kết quả");

			browser.find(By.id("satisfied-yes")).click();
			browser.find(By.id("contacts")).clear();
			browser.find(By.id("contacts")).sendKeys("1");
			browser.find(By.id("onTime")).click();
			browser.find(By.id("comment")).sendKeys("Cán bộ hướng dẫn tận tình");
			browser.clickToLeave(browser.find(By.id("rating-submit")));

			assertThat(browser.find(By.id("rating-thanks")).getText()).isEqualTo("Cảm ơn ông/bà đã đánh giá.");
			assertThat(browser.driver().findElements(By.id("rating-form"))).isEmpty();
		}
		assertThat(jdbc.sql("SELECT contacts FROM portal.rating WHERE dossier_code = :c AND satisfied AND on_time")
			.param("c", code).query(Integer.class).single()).isEqualTo(1);
	}
}
