package org.motcua.catalog;

import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SimplificationTests {

	@Autowired
	MockMvc mvc;

	String as(String user) {
		return Tokens.bearer(mvc, user);
	}

	@Test
	void doLuongHasTwelveProposals() throws Exception {
		mvc.perform(get("/api/v1/simplifications").param("unitCode", "H41.20").header("Authorization", as("chutich.doluong")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(12))
			.andExpect(jsonPath("$.summary.byStatus.IMPLEMENTED").value(2));
	}

	@Test
	void aProposalCarriesItsCostOfComplianceAndMovesOnlyAlongTheAllowedTransitions() throws Exception {
		String body = mvc.perform(post("/api/v1/simplifications").header("Authorization", as("cchc.nghean"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"procedureCode":"TK-MH-H001","unitCode":"H41.21","kind":"CUT_STEPS","description":"Bỏ bước trình ký trung gian",
						 "rationale":"Trưởng phòng đã được ủy quyền ký","before":{"workHours":8,"hourlyCost":20000,"feesAndCharges":50000},
						 "after":{"workHours":4,"hourlyCost":20000,"feesAndCharges":50000},"frequencyPerYear":1,"subjects":200}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.unitCode").value("H41.21"))
			.andExpect(jsonPath("$.status").value("PROPOSED"))
			.andExpect(jsonPath("$.cost.perUseBefore").value(210000))
			.andExpect(jsonPath("$.cost.yearlyBefore").value(42000000))
			.andExpect(jsonPath("$.cost.yearlyAfter").value(26000000))
			.andExpect(jsonPath("$.cost.yearlySaving").value(16000000))
			.andExpect(jsonPath("$.cost.savingPercent").value(38.1))
			.andReturn().getResponse().getContentAsString();
		int id = com.jayway.jsonpath.JsonPath.read(body, "$.id");
		String decision = "{\"status\":\"%s\",\"version\":%d}";
		mvc.perform(post("/api/v1/simplifications/" + id + "/decision").header("Authorization", as("truongphong.doluong"))
				.contentType(MediaType.APPLICATION_JSON).content(decision.formatted("APPROVED", 0)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/simplifications/" + id + "/decision").header("Authorization", as("chutich.doluong"))
				.contentType(MediaType.APPLICATION_JSON).content(decision.formatted("APPROVED", 0)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/simplifications/" + id + "/decision").header("Authorization", as("chutich.tanky"))
				.contentType(MediaType.APPLICATION_JSON).content(decision.formatted("IMPLEMENTED", 0)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"))
			.andExpect(jsonPath("$.errors[0].message").value("Không thể chuyển phương án từ Đề xuất sang Đã thực thi."));
		mvc.perform(post("/api/v1/simplifications/" + id + "/decision").header("Authorization", as("chutich.tanky"))
				.contentType(MediaType.APPLICATION_JSON).content(decision.formatted("APPROVED", 0)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED")).andExpect(jsonPath("$.decidedBy").value("chutich.tanky"));
		mvc.perform(post("/api/v1/simplifications/" + id + "/decision").header("Authorization", as("chutich.tanky"))
				.contentType(MediaType.APPLICATION_JSON).content(decision.formatted("REJECTED", 0)))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/audit").param("target", String.valueOf(id)).param("action", "SIMPLIFICATION_APPROVED")
				.header("Authorization", as("admin")))
			.andExpect(jsonPath("$.items[0].actor").value("chutich.tanky"));
	}

	@Test
	void aProposalIsRefusedWithEveryProblemAndClerksCannotPropose() throws Exception {
		mvc.perform(post("/api/v1/simplifications").header("Authorization", as("truongphong.doluong"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"procedureCode":"H41-HKD-031","kind":"CUT_TIME","proposedTime":5,"description":"","rationale":"",
						 "before":{"workHours":-1,"hourlyCost":20000,"feesAndCharges":0}}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("description", "rationale",
					"before.workHours", "proposedTime")));
		mvc.perform(post("/api/v1/simplifications").header("Authorization", as("tiepnhan.doluong"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"procedureCode\":\"H41-HKD-031\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void thePageCalculatesTheCostBeforeSavingAndListsTheProposals() throws Exception {
		mvc.perform(get("/catalog/simplification").param("unitCode", "H41.20").with(user("chutich.doluong").roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("12 phương án"), containsString("id=\"proposals\""),
					containsString("Phê duyệt"))));
		mvc.perform(post("/catalog/simplification").with(user("truongphong.doluong").roles("UNIT_HEAD")).with(csrf())
				.param("action", "calculate").param("procedureCode", "DL-MH-H011").param("unitCode", "H41.20").param("kind", "MOVE_ONLINE")
				.param("beforeHours", "8").param("beforeHourlyCost", "20000").param("beforeFees", "0")
				.param("afterHours", "2").param("afterHourlyCost", "20000").param("afterFees", "0")
				.param("frequencyPerYear", "1").param("subjects", "100"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chi phí một năm: 16.000.000 → 4.000.000 đồng; tiết kiệm 12.000.000 đồng (75")));
		mvc.perform(post("/catalog/simplification").with(user("truongphong.doluong").roles("UNIT_HEAD")).with(csrf())
				.param("action", "save").param("procedureCode", "DL-MH-H011").param("unitCode", "H41.20").param("kind", "MOVE_ONLINE")
				.param("description", "").param("rationale", "Người dân ở xa"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"description-error\"")));
	}
}
