package org.motcua.citizen;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo data's citizen account. */
@IntegrationTest
class DemoCitizenTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theDemoCitizenSignsInWithTheDemoPasswordAndIsMarkedAsDemo() throws Exception {
		Cookie session = mvc.perform(formLogin("/cong-dan/dang-nhap").userParameter("email").user(OnlineSubmissionBrowserTests.DEMO_CITIZEN)
				.password(OnlineSubmissionBrowserTests.PASSWORD))
			.andExpect(redirectedUrl("/cong-dan"))
			.andReturn().getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		mvc.perform(get("/api/v1/citizen/me").cookie(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fullName").value("Nguyễn Văn Dân (demo)"))
			.andExpect(jsonPath("$.idNumber").value("040099000001"))
			.andExpect(jsonPath("$.verifiedAt").isNotEmpty());
	}
}
