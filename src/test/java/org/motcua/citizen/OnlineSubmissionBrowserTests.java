package org.motcua.citizen;

import java.nio.file.Files;
import java.nio.file.Path;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.motcua.support.Browser;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The first journey of issue 7: the demo citizen finds a procedure in the public catalogue, submits it online with
 * a file, the commune's clerk accepts it at the desk, the citizen follows it by code on the public lookup, the
 * result is returned and the citizen rates the service there.
 */
@IntegrationTest
class OnlineSubmissionBrowserTests {

	static final String DEMO_CITIZEN = "congdan.demo@example.vn";
	static final String PASSWORD = "Demo@2026";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Test
	void aCitizenSubmitsOnlineTheDeskAcceptsAndTheCitizenFollowsAndRatesTheResult() throws Exception {
		Path file = Files.createTempFile("giay-de-nghi", ".pdf");
		Files.write(file, CitizenSubmissionPagesTests.PDF);
		String code;
		try (Browser browser = Browser.open(port)) {
			browser.go("/cong-dan/dang-nhap");
			browser.find(By.id("email")).sendKeys(DEMO_CITIZEN);
			browser.find(By.id("password")).sendKeys(PASSWORD);
			browser.clickToLeave(browser.find(By.id("citizen-login-submit")));
			browser.waitForUrlEnding("/cong-dan");

			browser.go("/public/procedures");
			WebElement q = browser.find(By.id("q"));
			q.sendKeys("dang ky thanh lap ho kinh doanh", Keys.ENTER);
			WebElement procedure = browser.find(By.cssSelector("a[href$='/public/procedures/" + CitizenDossierTests.HOUSEHOLD_BUSINESS + "']"));
			browser.clickToLeave(procedure);
			browser.clickToLeave(browser.find(By.id("submit-online-link")));

			assertThat(browser.find(By.id("submit-applicant")).getText()).contains("Nguyễn Văn Dân (demo)", "040099000001");
			new Select(browser.find(By.id("receivingUnitCode"))).selectByValue(CitizenDossierTests.COMMUNE);
			browser.find(By.id("address")).sendKeys("Xóm 7, xã Đô Lương");
			browser.find(By.cssSelector("input[name=returnChannel][value=ONLINE]")).click();
			WebElement gdn = browser.find(By.id("component-GDN"));
			if (!gdn.isSelected()) {
				gdn.click();
			}
			browser.find(By.id("file-GDN")).sendKeys(file.toAbsolutePath().toString());
			browser.clickToLeave(browser.find(By.id("submit-online")));

			code = browser.find(By.id("dossier-code")).getText();
			assertThat(browser.find(By.id("dossier-status")).getText()).isEqualTo("Chờ tiếp nhận");
			assertThat(browser.find(By.id("dossier-files")).getText()).contains(file.getFileName().toString());

			browser.go("/cong-dan/ho-so");
			assertThat(browser.find(By.id("citizen-dossiers")).getText()).contains(code);
		}
		assertThat(code).isNotBlank();

		try (Browser desk = Browser.open(port)) {
			desk.signIn("tiepnhan.xadoluong", PASSWORD);
			desk.waitForText(By.id("welcome"), "Lê Thị Thu");
			desk.go("/dossiers/" + code);
			desk.clickToLeave(desk.find(By.id("action-ACCEPT")).findElement(By.cssSelector("button[type=submit]")));
			assertThat(desk.find(By.id("dossier-status")).getText()).isEqualTo("Đã tiếp nhận");
		}

		try (Browser citizen = Browser.open(port)) {
			citizen.go("/tra-cuu/" + code);
			citizen.find(By.id("factor")).sendKeys("0001");
			citizen.clickToLeave(citizen.find(By.id("lookup-submit")));
			assertThat(citizen.find(By.id("dossier-status")).getText()).isEqualTo("Đã tiếp nhận");
		}

		DocumentContext d = JsonPath.parse(mvc.perform(get("/api/v1/dossiers/{code}", code)
				.header("Authorization", Tokens.bearer(mvc, CitizenDossierTests.CLERK))).andReturn().getResponse().getContentAsString());
		d = step("tiepnhan.xadoluong", d, "FORWARD", "");
		d = step("congchuc.xadoluong", d, "FORWARD", "");
		d = step("congchuc.xadoluong", d, "FORWARD", "");
		d = step("chutich.xadoluong", d, "APPROVE", "");
		d = step("tiepnhan.xadoluong", d, "RESULT_READY", "");
		step("tiepnhan.xadoluong", d, "RETURN_RESULT", ",\"via\":\"ONLINE\"");

		try (Browser citizen = Browser.open(port)) {
			citizen.go("/tra-cuu/" + code);
			citizen.find(By.id("factor")).sendKeys("0001");
			citizen.clickToLeave(citizen.find(By.id("lookup-submit")));
			assertThat(citizen.find(By.id("dossier-status")).getText()).isEqualTo("Đã trả kết quả");
			citizen.find(By.id("satisfied-yes")).click();
			citizen.clickToLeave(citizen.find(By.id("rating-submit")));
			assertThat(citizen.find(By.id("rating-thanks")).getText()).isEqualTo("Cảm ơn ông/bà đã đánh giá.");
		}
		Files.deleteIfExists(file);
	}

	private DocumentContext step(String user, DocumentContext dossier, String action, String extra) throws Exception {
		String json = mvc.perform(post("/api/v1/dossiers/{code}/actions", dossier.read("$.code", String.class))
				.header("Authorization", Tokens.bearer(mvc, user)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\":\"%s\",\"version\":%d%s}".formatted(action, dossier.read("$.version", Integer.class), extra)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.parse(json);
	}
}
