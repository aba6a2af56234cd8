package org.motcua.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.motcua.support.Browser;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk's journey with papers: a clerk receives a dossier in the browser, prints its receipt (Mẫu 01) from the
 * dossier page, and attaches the scan of a component, which then shows as digitized.
 */
@IntegrationTest
class ReceiptBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void aClerkReceivesADossierPrintsTheSignedReceiptAndAttachesAScan() throws Exception {
		try (Browser browser = Browser.open(port)) {
			browser.signIn(DossierFixture.CLERK, Tokens.DEMO_PASSWORD);
			browser.waitForUrlEnding("/");
			browser.go("/desk");
			browser.find(By.id("new-dossier")).click();
			browser.go("/desk/intake?procedureCode=" + DossierFixture.HOUSEHOLD_BUSINESS);
			browser.find(By.id("fullName")).sendKeys("Trương Thị Biên Nhận");
			browser.find(By.id("citizenId")).sendKeys("040190008811");
			browser.find(By.id("phone")).sendKeys("0912345678");
			browser.find(By.id("address")).sendKeys("Xóm 5, xã Đô Lương");
			for (WebElement box : browser.driver().findElements(By.cssSelector("#checklist input[type=checkbox]"))) {
				if (!box.isSelected()) {
					box.click();
				}
			}
			browser.find(By.id("intake-submit")).click();
			String code = browser.find(By.id("dossier-code")).getText();
			assertThat(code).matches("H41\\.50\\.01-\\d{6}-\\d{4}");

			WebElement print = browser.find(By.id("print-receipt"));
			assertThat(print.getText()).contains("Mẫu 01");
			String href = print.getAttribute("href");
			assertThat(href).endsWith("/dossiers/" + code + "/forms/receipt");
			@SuppressWarnings("unchecked")
			List<Object> fetched = (List<Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
					  const bytes = new Uint8Array(await r.arrayBuffer());
					  let s = ''; for (const b of bytes) s += String.fromCharCode(b);
					  done([r.status, r.headers.get('Content-Type'), r.headers.get('Signature-Status'), btoa(s)]);
					}).catch(e => done([0, String(e), null, '']));""", href);
			assertThat(fetched.get(0)).isEqualTo(200L);
			assertThat(fetched.get(1)).isEqualTo("application/pdf");
			assertThat(fetched.get(2)).isEqualTo("signed");
			String text = Pdfs.text(Base64.getDecoder().decode((String) fetched.get(3)));
			assertThat(text).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", code, "Trương Thị Biên Nhận", "Xóm 5, xã Đô Lương");

			Path scan = Files.createTempFile("giay-de-nghi", ".pdf");
			try {
				Files.write(scan, AttachmentsApiTests.pdf());
				new org.openqa.selenium.support.ui.Select(browser.find(By.id("upload-target"))).selectByValue("GDN");
				browser.find(By.id("upload-file")).sendKeys(scan.toString());
				browser.find(By.id("upload-submit")).click();
				browser.waitForText(By.id("component-GDN"), scan.getFileName().toString());
				assertThat(browser.find(By.id("component-GDN")).getText()).contains("Đã số hóa");
			}
			finally {
				Files.deleteIfExists(scan);
			}
		}
	}
}
