package org.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class IntakePagesTests {

	static final RequestPostProcessor CLERK = user("tiepnhan.xadoluong").roles("ONE_STOP_CLERK");

	@Autowired
	MockMvc mvc;

	@Test
	void theIntakePageOpensOnTheProcedureSearchBeforeAProcedureIsChosen() throws Exception {
		mvc.perform(get("/desk/intake").with(CLERK))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"procedure-search\""), containsString("Xã Đô Lương"),
					not(containsString("id=\"intake-form\"")))));
	}

	@Test
	void theProcedureSearchAnswersHtmxWithTheChoicesOnly() throws Exception {
		mvc.perform(get("/desk/intake/procedures").param("q", "ho kinh doanh").header("HX-Request", "true").with(CLERK))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"procedure-choices\""),
					containsString("procedureCode=H41-X-HKD-031"), not(containsString("<html")))));
	}

	@Test
	void anUnknownProcedureComesBackOnTheFormWithItsMessage() throws Exception {
		mvc.perform(post("/desk/intake").with(CLERK).with(csrf()).param("procedureCode", "H41-X-NONE-999")
				.param("fullName", "Hoàng Văn Bình").param("citizenId", "040090001234"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"intake-form\""), containsString("value=\"H41-X-NONE-999\""),
					containsString("id=\"procedureCode-error\""))));
	}
}
