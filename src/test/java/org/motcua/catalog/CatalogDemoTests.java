package org.motcua.catalog;

import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
}
