package org.motcua.citizen;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motcua.support.Browser;
import org.motcua.support.IntegrationTest;
import org.motcua.support.StubOidcProvider;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The citizen's OpenID Connect sign-in in a real browser, through the stub provider's redirects and back. */
@IntegrationTest
class CitizenOidcBrowserTests {

	static StubOidcProvider provider;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startProvider() throws Exception {
		provider = StubOidcProvider.start();
	}

	@AfterAll
	static void stopProvider() {
		provider.close();
	}

	@Test
	void aCitizenClicksTheProviderButtonAndLandsSignedInOnTheirOwnPages() {
		String email = "trinhduyet" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
		provider.willSignIn(CitizenOidcSignInTests.person("vneid-" + UUID.randomUUID(), "Trình Duyệt Định Danh", email, true,
				"001190054321"));
		try (Browser browser = Browser.open(port)) {
			browser.go("/cong-dan/dang-nhap");
			assertThat(browser.find(By.id("citizen-oidc-login")).getText()).contains("Stub ID");
			browser.clickToLeave(browser.find(By.id("citizen-oidc-login")));
			browser.waitForUrlEnding("/cong-dan");
			browser.waitForText(By.id("citizen-profile"), "Trình Duyệt Định Danh");
			assertThat(browser.find(By.id("citizen-profile")).getText()).contains(email, "001190054321");
			browser.clickToLeave(browser.find(By.id("citizen-dossiers-link")));
			browser.waitForUrlEnding("/cong-dan/ho-so");
		}
	}
}
