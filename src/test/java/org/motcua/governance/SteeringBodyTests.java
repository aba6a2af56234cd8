package org.motcua.governance;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SteeringBodyTests {

	@Autowired
	MockMvc mvc;

	String as(String user) {
		return Tokens.bearer(mvc, user);
	}

	@Test
	void doLuongsSteeringCommitteeIsLedByThePartySecretaryAndKeepsItsFormerSecretaryInHistory() throws Exception {
		mvc.perform(get("/api/v1/governance/bodies").param("unitCode", "H41.20").header("Authorization", as("chutich.doluong")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.kind == 'STEERING_COMMITTEE')].current[?(@.role == 'HEAD')].title").value(hasItem("Bí thư Huyện ủy Đô Lương")))
			.andExpect(jsonPath("$[?(@.kind == 'STEERING_COMMITTEE')].current[?(@.role == 'DEPUTY')].username").value(hasItem("chutich.doluong")))
			.andExpect(jsonPath("$[?(@.kind == 'STEERING_COMMITTEE')].history[*].toOn").value(hasItem("2023-06-30")))
			.andExpect(jsonPath("$[?(@.kind == 'STEERING_COMMITTEE')].current[?(@.role == 'SECRETARY')].username").value(hasItem("chuyenvien.doluong")));
		mvc.perform(get("/governance/bodies").with(user("chutich.tanky").roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ban Chỉ đạo cải cách hành chính huyện Tân Kỳ (demo)")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("huyện Đô Lương (demo)"))));
	}

	@Test
	void aBodyHasOneHeadAtATimeAndAChangeOfHeadKeepsTheHistory() throws Exception {
		String json = mvc.perform(post("/api/v1/governance/bodies").header("Authorization", as("cchc.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"unitCode":"H41.50","kind":"STEERING_COMMITTEE","name":"Ban Chỉ đạo CCHC xã (test)","foundingDecision":"QĐ 1 (test)","foundedOn":"2025-07-01"}"""))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		int id = JsonPath.read(json, "$.id");
		String members = "/api/v1/governance/bodies/" + id + "/members";
		mvc.perform(post(members).header("Authorization", as("cchc.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"fullName\":\"Bí thư Đảng ủy (test)\",\"title\":\"Bí thư Đảng ủy xã\",\"role\":\"HEAD\",\"fromOn\":\"2025-07-01\",\"version\":0}"))
			.andExpect(status().isOk());
		mvc.perform(post(members).header("Authorization", as("cchc.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"chutich.xadoluong\",\"title\":\"Chủ tịch UBND xã\",\"role\":\"HEAD\",\"fromOn\":\"2025-07-01\",\"version\":1}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("role"));
		mvc.perform(post(members).header("Authorization", as("cchc.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"chutich.xadoluong\",\"title\":\"Chủ tịch UBND xã\",\"role\":\"DEPUTY\",\"fromOn\":\"2025-07-01\",\"version\":0}"))
			.andExpect(status().isConflict());
		String body = mvc.perform(get("/api/v1/governance/bodies/" + id).header("Authorization", as("chutich.xadoluong")))
			.andReturn().getResponse().getContentAsString();
		List<Integer> heads = JsonPath.read(body, "$.current[?(@.role == 'HEAD')].id");
		mvc.perform(post(members + "/" + heads.get(0) + "/end").header("Authorization", as("cchc.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"toOn\":\"2026-03-31\",\"version\":1}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.history[0].fullName").value("Bí thư Đảng ủy (test)"));
		mvc.perform(post(members).header("Authorization", as("cchc.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"fullName\":\"Bí thư mới (test)\",\"title\":\"Bí thư Đảng ủy xã\",\"role\":\"HEAD\",\"fromOn\":\"2026-04-01\",\"version\":2}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.current[0].fullName").value("Bí thư mới (test)"));
		mvc.perform(post(members).header("Authorization", as("congchuc.xadoluong")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"fullName\":\"x\",\"title\":\"x\",\"role\":\"MEMBER\",\"fromOn\":\"2026-04-01\",\"version\":3}"))
			.andExpect(status().isForbidden());
	}
}
