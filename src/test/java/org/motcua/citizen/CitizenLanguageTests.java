package org.motcua.citizen;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The language a citizen reads their notices in, chosen on the profile page or through the API. */
@IntegrationTest
class CitizenLanguageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CitizenAccounts accounts;

	@Autowired
	CitizenLanguages languages;

	String email;

	Cookie signedIn() throws Exception {
		email = "ngonngu" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
		accounts.verify(accounts.register(new CitizenAccounts.Registration(email, CitizenAccountTests.PASSWORD, "Lò Văn Thái",
				null, null), "http://localhost/cong-dan/xac-minh").verificationToken());
		return mvc.perform(formLogin("/cong-dan/dang-nhap").userParameter("email").user(email).password(CitizenAccountTests.PASSWORD))
			.andReturn().getResponse().getCookie("SESSION");
	}

	@Test
	void aCitizenChoosesThaiOnTheProfilePageAndTheirNoticesFollowIt() throws Exception {
		Cookie session = signedIn();
		assertThat(languages.preferred(null, email)).as("nothing chosen: the installation's language applies").isEmpty();
		mvc.perform(get("/cong-dan").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"citizen-language-form\"")));
		mvc.perform(post("/cong-dan/ngon-ngu").cookie(session).with(csrf()).param("language", "th").param("version", "1"))
			.andExpect(redirectedUrl("/cong-dan?languageSaved"));
		assertThat(languages.preferred(null, email)).contains("th");
		assertThat(languages.preferred("H41.50-NO-SUCH-DOSSIER", email.toUpperCase())).as("by the verified e-mail").contains("th");
		mvc.perform(get("/api/v1/citizen/me").cookie(session)).andExpect(jsonPath("$.language").value("th"));
	}

	@Test
	void anUnknownLanguageIsShownNextToTheFieldAndAStaleVersionIsAConflict() throws Exception {
		Cookie session = signedIn();
		mvc.perform(post("/cong-dan/ngon-ngu").cookie(session).with(csrf()).param("language", "fr").param("version", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"language-error\"")));
		mvc.perform(put("/api/v1/citizen/me/language").cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"language\":\"en\",\"version\":1}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.language").value("en")).andExpect(jsonPath("$.version").value(2));
		mvc.perform(put("/api/v1/citizen/me/language").cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"language\":\"vi\",\"version\":1}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(put("/api/v1/citizen/me/language").cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"language\":\"xx\",\"version\":2}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("language"));
		assertThat(languages.preferred(null, email)).contains("en");
	}
}
