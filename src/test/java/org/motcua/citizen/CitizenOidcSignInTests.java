package org.motcua.citizen;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.DocumentContext;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.motcua.support.StubOidcProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in through an OpenID Connect provider, against {@link StubOidcProvider} on the loopback interface: the
 * whole authorization-code flow runs (MockMvc for MotCua, real HTTP between MotCua and the stub).
 */
@IntegrationTest
class CitizenOidcSignInTests {

	static final String START = "/cong-dan/oidc/dang-nhap/vneid";

	static StubOidcProvider provider;

	@Autowired
	MockMvc mvc;

	@Autowired
	CitizenAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void startProvider() throws Exception {
		provider = StubOidcProvider.start();
	}

	@AfterAll
	static void stopProvider() {
		provider.close();
	}

	static StubOidcProvider.Person person(String subject, String name, String email, boolean emailVerified, String idNumber) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("name", name);
		if (email != null) {
			claims.put("email", email);
			claims.put("email_verified", emailVerified);
		}
		if (idNumber != null) {
			claims.put("citizen_id", idNumber);
		}
		return new StubOidcProvider.Person(subject, claims);
	}

	static String newSubject() {
		return "vneid-" + UUID.randomUUID();
	}

	static String newEmail() {
		return "oidc" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
	}

	/** MotCua's redirect to the provider: the session cookie and the provider's answer (MotCua's callback URL). */
	record Started(Cookie session, URI callback) {
	}

	Started start() throws Exception {
		MvcResult started = mvc.perform(get(START)).andExpect(status().is3xxRedirection()).andReturn();
		String authorize = started.getResponse().getRedirectedUrl();
		assertThat(authorize).startsWith(provider.issuer() + "/authorize?");
		HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(authorize)).GET().build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(answer.statusCode()).isEqualTo(302);
		return new Started(started.getResponse().getCookie("SESSION"),
				URI.create(answer.headers().firstValue("Location").orElseThrow()));
	}

	/** The callback as the browser would send it; the session cookie after it (a new id once signed in). */
	MvcResult callback(Started s, URI callback) throws Exception {
		return mvc.perform(get(callback).cookie(s.session())).andReturn();
	}

	Cookie signIn(StubOidcProvider.Person person) throws Exception {
		provider.willSignIn(person);
		Started s = start();
		MvcResult done = callback(s, s.callback());
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/cong-dan");
		Cookie renewed = done.getResponse().getCookie("SESSION");
		return renewed != null ? renewed : s.session();
	}

	DocumentContext me(Cookie session) throws Exception {
		return CitizenSubmissionPagesTests.json(mvc.perform(get("/api/v1/citizen/me").cookie(session)).andExpect(status().isOk()));
	}

	long links(String subject) {
		return jdbc.sql("SELECT count(*) FROM citizen.oidc_link WHERE subject LIKE :s").param("s", subject + "%").query(Long.class).single();
	}

	long accountCount() {
		return jdbc.sql("SELECT count(*) FROM citizen.account").query(Long.class).single();
	}

	@Test
	void theCitizenLoginPageOffersTheConfiguredProviderButTheOfficialsLoginDoesNot() throws Exception {
		mvc.perform(get("/cong-dan/dang-nhap").header("Accept-Language", "vi"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đăng nhập bằng Stub ID")))
			.andExpect(content().string(containsString("href=\"" + START + "\"")));
		mvc.perform(get("/login")).andExpect(content().string(not(containsString("/cong-dan/oidc/"))));
		mvc.perform(get("/oauth2/authorization/vneid")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void signingInUsesTheAuthorizationCodeFlowWithStateNonceAndPkceAndCreatesAnAccountFromTheClaims() throws Exception {
		String email = newEmail();
		Cookie session = signIn(person(newSubject(), "Nguyễn Thị Định Danh", email, true, "001190012345"));
		Map<String, String> asked = provider.lastAuthorizationRequest();
		assertThat(asked.get("response_type")).isEqualTo("code");
		assertThat(asked.get("client_id")).isEqualTo(StubOidcProvider.CLIENT_ID);
		assertThat(asked.get("scope").split(" ")).contains("openid", "profile", "email");
		assertThat(asked.get("state")).isNotBlank();
		assertThat(asked.get("nonce")).isNotBlank();
		assertThat(asked.get("code_challenge")).isNotBlank();
		assertThat(asked.get("code_challenge_method")).isEqualTo("S256");
		assertThat(asked.get("redirect_uri")).isEqualTo("http://localhost/cong-dan/oidc/callback/vneid");
		DocumentContext me = me(session);
		assertThat(me.read("$.fullName", String.class)).isEqualTo("Nguyễn Thị Định Danh");
		assertThat(me.read("$.email", String.class)).isEqualTo(email);
		assertThat(me.read("$.idNumber", String.class)).isEqualTo("001190012345");
		assertThat(me.read("$.verifiedAt", Object.class)).isNotNull();
		mvc.perform(get("/cong-dan").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Nguyễn Thị Định Danh")));
		// the provider's session is a citizen's only: the officials' pages stay closed
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aCitizenSignedInThroughTheProviderSeesOnlyTheirOwnDossiers() throws Exception {
		CitizenSubmissionPagesTests t = new CitizenSubmissionPagesTests();
		t.mvc = mvc;
		t.accounts = accounts;
		Cookie mine = signIn(person(newSubject(), "Chủ Hồ Sơ Định Danh", newEmail(), true, "001190067890"));
		String own = CitizenSubmissionPagesTests.codeOf(mvc.perform(t.form(mine)).andExpect(status().is3xxRedirection()));
		Cookie other = t.citizen("Người Nộp Mật Khẩu");
		String theirs = CitizenSubmissionPagesTests.codeOf(mvc.perform(t.form(other)).andExpect(status().is3xxRedirection()));
		mvc.perform(get("/cong-dan/ho-so").cookie(mine))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(own)))
			.andExpect(content().string(not(containsString(theirs))));
		mvc.perform(get("/cong-dan/ho-so/{code}", own).cookie(mine)).andExpect(status().isOk());
		mvc.perform(get("/cong-dan/ho-so/{code}", theirs).cookie(mine)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/citizen/dossiers/{code}", theirs).cookie(mine)).andExpect(status().isNotFound());
	}

	@Test
	void aSecondSignInWithTheSameProviderIdentityOpensTheSameAccount() throws Exception {
		String subject = newSubject();
		long first = me(signIn(person(subject, "Hai Lần Đăng Nhập", newEmail(), true, "001190011111"))).read("$.id", Long.class);
		long before = accountCount();
		// the provider now reports another address: the identity, not the address, finds the account
		long second = me(signIn(person(subject, "Hai Lần Đăng Nhập", newEmail(), true, "001190011111"))).read("$.id", Long.class);
		assertThat(second).isEqualTo(first);
		assertThat(accountCount()).isEqualTo(before);
		assertThat(links(subject)).isEqualTo(1);
	}

	@Test
	void aVerifiedProviderEmailLinksToTheExistingPasswordAccountWhichKeepsItsPassword() throws Exception {
		String email = newEmail();
		CitizenAccounts.Registered registered = accounts.register(new CitizenAccounts.Registration(email,
				CitizenAccountTests.PASSWORD, "Đã Có Mật Khẩu", null, null), "http://localhost/cong-dan/xac-minh");
		accounts.verify(registered.verificationToken());
		Cookie session = signIn(person(newSubject(), "Đã Có Mật Khẩu", email.toUpperCase(), true, null));
		assertThat(me(session).read("$.id", Long.class)).isEqualTo(registered.id().value());
		mvc.perform(formLogin("/cong-dan/dang-nhap").userParameter("email").user(email).password(CitizenAccountTests.PASSWORD))
			.andExpect(redirectedUrl("/cong-dan"));
	}

	@Test
	void aVerifiedProviderEmailClaimsARegistrationNeverVerifiedAndRemovesItsPassword() throws Exception {
		String email = newEmail();
		// someone registered this address without ever proving it is theirs
		CitizenAccounts.Registered squatter = accounts.register(new CitizenAccounts.Registration(email,
				CitizenAccountTests.PASSWORD, "Người Đăng Ký Trước", null, null), "http://localhost/cong-dan/xac-minh");
		Cookie session = signIn(person(newSubject(), "Chủ Địa Chỉ", email, true, null));
		DocumentContext me = me(session);
		assertThat(me.read("$.id", Long.class)).isEqualTo(squatter.id().value());
		assertThat(me.read("$.verifiedAt", Object.class)).isNotNull();
		mvc.perform(formLogin("/cong-dan/dang-nhap").userParameter("email").user(email).password(CitizenAccountTests.PASSWORD))
			.andExpect(redirectedUrl("/cong-dan/dang-nhap?error"));
		assertThat(accounts.verify(squatter.verificationToken())).isEmpty();
	}

	@Test
	void anUnverifiedProviderEmailDoesNotTakeOverAnExistingPasswordAccount() throws Exception {
		String email = newEmail();
		CitizenAccounts.Registered registered = accounts.register(new CitizenAccounts.Registration(email,
				CitizenAccountTests.PASSWORD, "Chủ Tài Khoản Thật", null, null), "http://localhost/cong-dan/xac-minh");
		accounts.verify(registered.verificationToken());
		String subject = newSubject();
		Cookie session = signIn(person(subject, "Kẻ Mạo Danh", email, false, null));
		DocumentContext me = me(session);
		assertThat(me.read("$.id", Long.class)).isNotEqualTo(registered.id().value());
		assertThat(me.read("$.email", String.class)).isNull();
		assertThat(me.read("$.fullName", String.class)).isEqualTo("Kẻ Mạo Danh");
		assertThat(jdbc.sql("SELECT count(*) FROM citizen.oidc_link WHERE account_id = :id").param("id", registered.id().value())
			.query(Long.class).single()).isZero();
		assertThat(accounts.find(registered.id()).orElseThrow().fullName()).isEqualTo("Chủ Tài Khoản Thật");
		// the account without e-mail still finds its pages by its id
		mvc.perform(get("/cong-dan").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Kẻ Mạo Danh")));
	}

	@Test
	void anAccountCreatedThroughTheProviderCannotBeOpenedWithAPassword() throws Exception {
		String email = newEmail();
		signIn(person(newSubject(), "Không Mật Khẩu", email, true, null));
		mvc.perform(formLogin("/cong-dan/dang-nhap").userParameter("email").user(email).password(""))
			.andExpect(redirectedUrl("/cong-dan/dang-nhap?error"));
		mvc.perform(formLogin("/cong-dan/dang-nhap").userParameter("email").user(email).password(CitizenAccountTests.PASSWORD))
			.andExpect(redirectedUrl("/cong-dan/dang-nhap?error"));
	}

	@Test
	void anIdTokenWithATamperedSignatureIsRefusedAndNothingIsCreated() throws Exception {
		String subject = newSubject();
		provider.willSignIn(person(subject, "Chữ Ký Giả", newEmail(), true, "001190099999"));
		provider.willTamperWithTheIdTokenSignature();
		long before = accountCount();
		Started s = start();
		MvcResult done = callback(s, s.callback());
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/cong-dan/dang-nhap?oidcError");
		assertThat(accountCount()).isEqualTo(before);
		assertThat(links(subject)).isZero();
		mvc.perform(get("/cong-dan").cookie(s.session())).andExpect(redirectedUrl("/cong-dan/dang-nhap"));
		mvc.perform(get("/cong-dan/dang-nhap").param("oidcError", "").header("Accept-Language", "vi"))
			.andExpect(content().string(containsString("Không đăng nhập được qua nhà cung cấp định danh")));
	}

	@Test
	void cancelledConsentAtTheProviderReturnsToTheLoginPageWithAMessage() throws Exception {
		provider.willSignIn(person(newSubject(), "Không Đồng Ý", newEmail(), true, null));
		provider.willAnswerWithError("access_denied");
		long before = accountCount();
		Started s = start();
		assertThat(s.callback().getRawQuery()).contains("error=access_denied");
		MvcResult done = callback(s, s.callback());
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/cong-dan/dang-nhap?oidcCancelled");
		assertThat(accountCount()).isEqualTo(before);
		mvc.perform(get("/cong-dan/dang-nhap").param("oidcCancelled", "").header("Accept-Language", "vi"))
			.andExpect(content().string(containsString("Bạn đã hủy hoặc không đồng ý chia sẻ thông tin")));
	}

	@Test
	void aCallbackWithAStateMotCuaDidNotIssueIsRefused() throws Exception {
		String subject = newSubject();
		provider.willSignIn(person(subject, "Trạng Thái Giả", newEmail(), true, null));
		long before = accountCount();
		Started s = start();
		String code = s.callback().getRawQuery().replaceAll(".*code=([^&]+).*", "$1");
		MvcResult done = callback(s, URI.create("http://localhost/cong-dan/oidc/callback/vneid?code=" + code + "&state=forged"));
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/cong-dan/dang-nhap?oidcError");
		assertThat(accountCount()).isEqualTo(before);
		assertThat(links(subject)).isZero();
	}

	@Test
	void aProviderMotCuaCannotUseEndsOnTheLoginPageWithAMessage() throws Exception {
		mvc.perform(get("/cong-dan/oidc/dang-nhap/unknown")).andExpect(redirectedUrl("/cong-dan/dang-nhap?oidcError"));
	}

	@Configuration(proxyBeanMethods = false)
	static class Probe {

		@Bean
		@Conditional(CitizenOidcLogin.Configured.class)
		String oidcSignIn() {
			return "on";
		}
	}

	@Test
	void withoutAnIssuerTheOpenIdConnectSignInIsNotCreated() {
		ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Probe.class);
		runner.run(c -> assertThat(c).doesNotHaveBean("oidcSignIn"));
		runner.withPropertyValues("motcua.citizen.oidc.issuer-uri=").run(c -> assertThat(c).doesNotHaveBean("oidcSignIn"));
		runner.withPropertyValues("motcua.citizen.oidc.issuer-uri=https://sso.example.vn").run(c -> assertThat(c).hasBean("oidcSignIn"));
	}
}
