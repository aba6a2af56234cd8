package org.motcua.catalog;

import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CatalogDemoTests {

	@Autowired
	MockMvc mvc;

	@Test
	void doLuongAppliesThreeHundredFortySevenProceduresTwoHundredThirtySevenAtDistrictAndOneHundredTenAtCommuneLevel() throws Exception {
		mvc.perform(get("/api/v1/procedures/stats").param("unitCode", "H41.20").header("Authorization", Tokens.bearer(mvc, "tiepnhan.doluong")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(347))
			.andExpect(jsonPath("$.byLevel.DISTRICT").value(237))
			.andExpect(jsonPath("$.byLevel.COMMUNE").value(110))
			.andExpect(jsonPath("$.withInternalProcess").value(347));
	}

	@Test
	void publicationTrackingFlagsLateAnnouncementsLatePublicationsAndMissingParts() throws Exception {
		mvc.perform(get("/api/v1/procedures/publication-issues").param("unitCode", "H41.20").header("Authorization", Tokens.bearer(mvc, "cchc.nghean")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.procedures").value(347))
			.andExpect(jsonPath("$.items[?(@.code == 'DL-MH-H029')].issues[*].kind", hasItem("ANNOUNCEMENT_LATE")))
			.andExpect(jsonPath("$.items[?(@.code == 'DL-MH-H031')].issues[*].kind", hasItem("PUBLICATION_LATE")))
			.andExpect(jsonPath("$.items[?(@.code == 'DL-MH-H037')].issues[*].kind", hasItem("NOT_PUBLISHED")))
			.andExpect(jsonPath("$.items[?(@.code == 'DL-MH-H053')].issues[*].kind", hasItem("MISSING_COMPONENTS")))
			.andExpect(jsonPath("$.items[?(@.code == 'DL-MH-H047')].issues[*].kind", hasItem("MISSING_LEGAL_BASIS")))
			.andExpect(jsonPath("$.items[?(@.code == 'H41-HT-001')]").isEmpty());
	}

	@Test
	void thePublicationPageAndTheProcedurePageShowTheIssues() throws Exception {
		mvc.perform(get("/catalog/publication").param("unitCode", "H41.20").with(user("cchc.nghean").roles("REFORM_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"publication-issues\""), containsString("Công bố muộn: hạn"))));
		mvc.perform(get("/catalog/procedures/DL-MH-H053").with(user("cchc.nghean").roles("REFORM_OFFICER")))
			.andExpect(content().string(allOf(containsString("id=\"procedure-issues\""), containsString("Thiếu thành phần hồ sơ"))));
	}
}
