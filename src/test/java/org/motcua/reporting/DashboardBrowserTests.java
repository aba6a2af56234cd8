package org.motcua.reporting;

import org.motcua.support.EventPublications;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.motcua.support.Browser;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commune chairman opens the dashboard, sees the charts drawn, follows a late dossier to its page, and exports
 * the standard table to Excel.
 */
@IntegrationTest
class DashboardBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void aLeaderOpensTheDashboardFollowsALateDossierAndExportsExcel() throws Exception {
		ReportingFixture f = new ReportingFixture(mvc);
		DocumentContext late = f.finish(f.receive("COUNTER", Instant.now().minus(25, ChronoUnit.DAYS), ""));
		String code = late.read("$.code");
		LocalDate to = ReportingFixture.today(), from = to.minusDays(30);
		String dashboard = "/reports/dashboard?unitCode=%s&from=%s&to=%s".formatted(ReportingFixture.COMMUNE, from, to);
		try (Browser browser = Browser.open(port)) {
			browser.signIn(ReportingFixture.CHAIRMAN, Tokens.DEMO_PASSWORD);
			browser.waitForUrlEnding("/");
			// the read model follows the dossier's events after their transactions commit
			EventPublications.awaitCompleted(jdbc);
			browser.go(dashboard);
			browser.find(By.id("kpi-received"));
			browser.find(By.cssSelector("#chart-flow[data-ready='true'] canvas"));
			browser.find(By.cssSelector("#chart-ranking canvas"));

			String xlsxHref = browser.find(By.id("dashboard-xlsx")).getAttribute("href");
			browser.clickToLeave(browser.find(By.cssSelector("#late-list a[href$='" + code + "']")));
			browser.waitForUrlEnding("/dossiers/" + code);
			browser.waitForText(By.id("dossier-code"), code);

			@SuppressWarnings("unchecked")
			List<Object> fetched = (List<Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
					  const bytes = new Uint8Array(await r.arrayBuffer());
					  let s = ''; for (const b of bytes) s += String.fromCharCode(b);
					  done([r.status, r.headers.get('Content-Type'), btoa(s)]);
					}).catch(e => done([0, String(e), '']));""", xlsxHref);
			assertThat(fetched.get(0)).isEqualTo(200L);
			assertThat((String) fetched.get(1)).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Base64.getDecoder().decode((String) fetched.get(2))))) {
				assertThat(wb.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo(ReportingFixture.COMMUNE);
				assertThat(wb.getSheetAt(0).getRow(12).getCell(1).getNumericCellValue()).as("finished late").isPositive();
			}
		}
	}
}
