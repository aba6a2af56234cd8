package org.motcua.citizen;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.motcua.shared.InvalidInputException;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CitizenAccountTests {

	static final String PASSWORD = "CongDan@2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	CitizenAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	private static String freshEmail() {
		return "cd" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
	}

	private CitizenAccounts.Registered register(String email) {
		return accounts.register(new CitizenAccounts.Registration(email, PASSWORD, "Nguyễn Văn An", "0912345678", "001090000001"),
				"http://localhost/cong-dan/xac-minh");
	}

	private Cookie signIn(String email) throws Exception {
		MvcResult result = mvc.perform(formLogin("/cong-dan/dang-nhap").userParameter("email").user(email).password(PASSWORD))
			.andExpect(redirectedUrl("/cong-dan"))
			.andReturn();
		return result.getResponse().getCookie("SESSION");
	}

	@Test
	void aCitizenRegistersOnThePageVerifiesTheEmailFromTheLoggedLinkAndSignsIn(CapturedOutput output) throws Exception {
		String email = freshEmail();
		mvc.perform(post("/cong-dan/dang-ky").with(csrf())
				.param("email", email).param("password", PASSWORD).param("confirmation", PASSWORD)
				.param("fullName", "Trần Thị Bình").param("phone", "0987654321").param("idNumber", "001190000002"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(email)));
		Matcher link = Pattern.compile(Pattern.quote(email) + ": (\\S+/cong-dan/xac-minh)\\?token=([A-Za-z0-9_-]+)").matcher(output.getAll());
		assertThat(link.find()).as("the verification link is logged").isTrue();
		String token = link.group(2);

		mvc.perform(formLogin("/cong-dan/dang-nhap").userParameter("email").user(email).password(PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/cong-dan/dang-nhap?unverified"));

		mvc.perform(get("/cong-dan/xac-minh").param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("citizen-verified")));

		Cookie session = signIn(email);
		mvc.perform(get("/cong-dan").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trần Thị Bình")));
		mvc.perform(get("/api/v1/citizen/me").cookie(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value(email))
			.andExpect(jsonPath("$.idNumber").value("001190000002"));
		assertThat(jdbc.sql("SELECT password_hash FROM citizen.account WHERE email = :e").param("e", email).query(String.class).single())
			.startsWith("{bcrypt}").doesNotContain(PASSWORD);
	}

	@Test
	void aVerificationTokenCanBeUsedOnlyOnce() throws Exception {
		String token = register(freshEmail()).verificationToken();
		assertThat(accounts.verify(token)).isPresent();
		assertThat(accounts.verify(token)).isEmpty();
		mvc.perform(get("/cong-dan/xac-minh").param("token", token))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("citizen-verify-failed")));
	}

	@Test
	void anExpiredOrUnknownVerificationTokenIsRefusedAndTheAccountStaysLocked() throws Exception {
		String email = freshEmail();
		CitizenAccounts.Registered registered = register(email);
		jdbc.sql("UPDATE citizen.verification_token SET expires_at = now() - interval '1 minute' WHERE account_id = :id")
			.param("id", registered.id().value()).update();
		mvc.perform(get("/cong-dan/xac-minh").param("token", registered.verificationToken()))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/cong-dan/xac-minh").param("token", "not-a-token"))
			.andExpect(status().isBadRequest());
		assertThat(accounts.find(registered.id()).orElseThrow().verified()).isFalse();
		mvc.perform(formLogin("/cong-dan/dang-nhap").userParameter("email").user(email).password(PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/cong-dan/dang-nhap?unverified"));
	}

	@Test
	void aWrongPasswordIsRefused() throws Exception {
		String email = freshEmail();
		accounts.verify(register(email).verificationToken());
		mvc.perform(formLogin("/cong-dan/dang-nhap").userParameter("email").user(email).password("Wrong@2026x"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/cong-dan/dang-nhap?error"));
	}

	@Test
	void registrationRefusesAWeakPasswordABadEmailAndATakenEmailFieldByField() throws Exception {
		String email = freshEmail();
		register(email);
		assertThatThrownBy(() -> accounts.register(new CitizenAccounts.Registration(email.toUpperCase(), PASSWORD, "A", null, null), "x"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.extracting(InvalidInputException.FieldProblem::messageKey).containsExactly("error.citizen.email-taken"));
		assertThatThrownBy(() -> accounts.register(new CitizenAccounts.Registration("no-at-sign", "short", "", "12", "123"), "x"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.extracting(InvalidInputException.FieldProblem::field)
				.contains("email", "password", "fullName", "phone", "idNumber"));
		mvc.perform(post("/cong-dan/dang-ky").with(csrf())
				.param("email", "no-at-sign").param("password", "short").param("confirmation", "short").param("fullName", "X"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("email-error")))
			.andExpect(content().string(containsString("password-error")));
	}

	@Test
	void aCitizenSessionDoesNotOpenTheOfficialsPagesAndAnOfficialIsNotACitizen() throws Exception {
		String email = freshEmail();
		accounts.verify(register(email).verificationToken());
		Cookie citizen = signIn(email);
		mvc.perform(get("/dossiers").cookie(citizen))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));

		MvcResult official = mvc.perform(formLogin("/login").user("tiepnhan.doluong").password(Tokens.DEMO_PASSWORD)).andReturn();
		Cookie officialSession = official.getResponse().getCookie("SESSION");
		mvc.perform(get("/cong-dan").cookie(officialSession))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/cong-dan/dang-nhap"));
		mvc.perform(get("/api/v1/citizen/me").cookie(officialSession))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType("application/problem+json"));
	}

	@Test
	void signingOutEndsTheCitizenSession() throws Exception {
		String email = freshEmail();
		accounts.verify(register(email).verificationToken());
		Cookie session = signIn(email);
		mvc.perform(post("/cong-dan/dang-xuat").cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/cong-dan/dang-nhap?logout"));
		mvc.perform(get("/api/v1/citizen/me").cookie(session))
			.andExpect(status().isUnauthorized());
	}
}
