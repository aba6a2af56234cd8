package org.motcua.security;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.organization.Role;
import org.motcua.organization.UnitCommands;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AuthenticationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organization organization;

	@Autowired
	Credentials credentials;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	/** A throw-away official, so lock-outs never touch the demo accounts other tests use. */
	private String freshOfficial(String username, String password) {
		tx.executeWithoutResult(s -> {
			organization.createOfficial(Caller.system(), new UnitCommands.NewOfficial(username, "Kiểm thử " + username, null,
					"H41.20", null, null, null, Set.of(Role.SPECIALIST)));
			credentials.seed(username, password, false);
		});
		return username;
	}

	@Test
	void officialSignsInWithUsernameAndPassword() throws Exception {
		mvc.perform(formLogin("/login").user("tiepnhan.doluong").password(Tokens.DEMO_PASSWORD))
			.andExpect(authenticated().withUsername("tiepnhan.doluong").withRoles("ONE_STOP_CLERK"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void wrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() throws Exception {
		mvc.perform(formLogin("/login").user("tiepnhan.tanky").password("Wrong@2026"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin("/login").user("nobody.here").password("Wrong@2026"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		jdbc.sql("UPDATE security.credential SET failed_attempts = 0 WHERE username = 'tiepnhan.tanky'").update();
	}

	@Test
	void fiveFailedAttemptsLockTheAccountForFifteenMinutesEvenAgainstTheRightPassword() throws Exception {
		String user = freshOfficial("khoa.thu", "Right@2026");
		for (int i = 1; i <= 4; i++) {
			mvc.perform(formLogin("/login").user(user).password("Wrong@2026")).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin("/login").user(user).password("Wrong@2026")).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(formLogin("/login").user(user).password("Right@2026"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"));
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"khoa.thu\",\"password\":\"Right@2026\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.reason").value("locked"));
		Long minutes = jdbc.sql("SELECT round(extract(epoch FROM locked_until - now()) / 60) FROM security.credential WHERE username = :u")
			.param("u", user).query(Long.class).single();
		assertThat(minutes).isBetween(14L, 15L);

		// once the lock-out has passed, the right password works again
		jdbc.sql("UPDATE security.credential SET locked_until = now() - interval '1 second' WHERE username = :u").param("u", user).update();
		mvc.perform(formLogin("/login").user(user).password("Right@2026")).andExpect(authenticated());
	}

	@Test
	void anAdministratorCanLiftALockOut() throws Exception {
		String user = freshOfficial("mo.khoa", "Right@2026");
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(user).password("Wrong@2026"));
		}
		mvc.perform(post("/api/v1/officials/mo.khoa/unlock").header("Authorization", Tokens.bearer(mvc, "admin")))
			.andExpect(status().isNoContent());
		mvc.perform(formLogin("/login").user(user).password("Right@2026")).andExpect(authenticated());
	}

	@Test
	void tokenEndpointIssuesABearerTokenThatExpires() throws Exception {
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"chuyenvien.doluong\",\"password\":\"Demo@2026\"}"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(jsonPath("$.token_type").value("Bearer"))
			.andExpect(jsonPath("$.expires_in").value(8 * 3600))
			.andExpect(jsonPath("$.access_token").isString());
	}

	@Test
	void anExpiredTokenIsRefused() throws Exception {
		String token = Tokens.issue(mvc, "chuyenvien.doluong", Tokens.DEMO_PASSWORD);
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		jdbc.sql("UPDATE security.api_token SET expires_at = now() - interval '1 second' WHERE token_hash = :h")
			.param("h", ApiTokens.sha256(token)).update();
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void aRevokedTokenIsRefused() throws Exception {
		String token = Tokens.issue(mvc, "chuyenvien.doluong", Tokens.DEMO_PASSWORD);
		mvc.perform(post("/api/v1/auth/revoke").header("Authorization", "Bearer " + token)).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
	}

	@Test
	void anAdministratorRevokesEveryTokenOfAnOfficial() throws Exception {
		String first = Tokens.issue(mvc, "chutich.tanky", Tokens.DEMO_PASSWORD);
		String second = Tokens.issue(mvc, "chutich.tanky", Tokens.DEMO_PASSWORD);
		mvc.perform(post("/api/v1/officials/chutich.tanky/tokens/revoke").header("Authorization", Tokens.bearer(mvc, "admin")))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + first)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + second)).andExpect(status().isUnauthorized());
	}

	@Test
	void meDescribesTheAuthenticatedOfficial() throws Exception {
		mvc.perform(get("/api/v1/me").header("Authorization", Tokens.bearer(mvc, "chutich.doluong")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("chutich.doluong"))
			.andExpect(jsonPath("$.fullName").value(containsString("Phạm Văn Dũng")))
			.andExpect(jsonPath("$.roles[0]").value("LEADER"))
			.andExpect(jsonPath("$.unitCode").value("H41.20"));
	}

	@Test
	void anOfficialWhosePasswordWasSetByAnAdministratorMustChangeItFirst() throws Exception {
		String user = freshOfficial("doi.matkhau", "Right@2026");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put("/api/v1/officials/doi.matkhau/password").header("Authorization", Tokens.bearer(mvc, "admin"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"Tam#Thoi2026\"}"))
			.andExpect(status().isNoContent());

		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"doi.matkhau\",\"password\":\"Tam#Thoi2026\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.reason").value("password_change_required"));

		MvcResult login = mvc.perform(formLogin("/login").user(user).password("Tam#Thoi2026"))
			.andExpect(redirectedUrl("/account/password")).andReturn();
		jakarta.servlet.http.Cookie session = login.getResponse().getCookie("SESSION");
		mvc.perform(get("/organization/units").cookie(session)).andExpect(redirectedUrl("/account/password"));

		mvc.perform(post("/account/password").cookie(session).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("currentPassword", "Tam#Thoi2026").param("newPassword", "short").param("confirmation", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mật khẩu phải có từ 8 đến 128 ký tự.")));

		mvc.perform(post("/account/password").cookie(session).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("currentPassword", "Tam#Thoi2026").param("newPassword", "Moi#Hon2026").param("confirmation", "Moi#Hon2026"))
			.andExpect(redirectedUrl("/"));
		mvc.perform(get("/organization/units").cookie(session)).andExpect(status().isOk());
		assertThat(Tokens.issue(mvc, user, "Moi#Hon2026")).isNotBlank();
	}

	@Test
	void formsWithoutACsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/login").param("username", "admin").param("password", Tokens.DEMO_PASSWORD))
			.andExpect(status().isForbidden());
	}
}
