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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AssessmentTests {

	@Autowired
	MockMvc mvc;

	String as(String user) {
		return Tokens.bearer(mvc, user);
	}

	@Test
	void theDemoCommunesAreRankedByAppraisedOrSelfTotals() throws Exception {
		String frameworks = mvc.perform(get("/api/v1/governance/assessments/frameworks").header("Authorization", as("cchc.nghean")))
			.andExpect(jsonPath("$[0].maxTotal").value(100.0)).andReturn().getResponse().getContentAsString();
		int framework = JsonPath.read(frameworks, "$[0].id");
		String ranking = mvc.perform(get("/api/v1/governance/assessments/ranking").param("frameworkId", String.valueOf(framework))
				.header("Authorization", as("cchc.nghean")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].rank").value(1))
			.andReturn().getResponse().getContentAsString();
		double first = ((Number) JsonPath.read(ranking, "$[0].total")).doubleValue();
		double second = ((Number) JsonPath.read(ranking, "$[1].total")).doubleValue();
		org.assertj.core.api.Assertions.assertThat(first).isGreaterThanOrEqualTo(second);
		List<String> statuses = JsonPath.read(ranking, "$[*].status");
		org.assertj.core.api.Assertions.assertThat(statuses).containsExactlyInAnyOrder("APPRAISED", "SUBMITTED");
		mvc.perform(get("/governance/assessments").with(user("cchc.nghean").roles("REFORM_OFFICER")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Bộ chỉ số CCHC cấp xã năm")));
	}

	@Test
	void aUnitSelfScoresWithEvidencePrefilledCriteriaComeFromDataAndTheProvinceAppraises() throws Exception {
		String framework = mvc.perform(post("/api/v1/governance/assessments/frameworks").header("Authorization", as("cchc.nghean"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"year":2030,"scope":"DEPARTMENT","name":"Chỉ số sở (test)","criteria":[
						  {"code":"1","title":"Chỉ đạo","children":[{"code":"1.1","title":"Kế hoạch","maxPoints":4},
						                                             {"code":"1.2","title":"Nhiệm vụ đúng hạn","maxPoints":6,"measure":"TASKS_ON_TIME_RATE"}]},
						  {"code":"2","title":"Số hóa","maxPoints":10}]}"""))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.maxTotal").value(20.0))
			.andReturn().getResponse().getContentAsString();
		int fw = JsonPath.read(framework, "$.id");
		mvc.perform(post("/api/v1/governance/assessments/frameworks").header("Authorization", as("chutich.nghean"))
				.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden());
		String json = mvc.perform(post("/api/v1/governance/assessments").header("Authorization", as("truongphong.nghean"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"frameworkId\":%d,\"unitCode\":\"H41\"}".formatted(fw)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.rows[?(@.code == '1.2')].prefilled").value(org.hamcrest.Matchers.hasItem(true)))
			.andExpect(jsonPath("$.rows[?(@.code == '1.2')].selfScore").value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.nullValue())))
			.andReturn().getResponse().getContentAsString();
		int id = JsonPath.read(json, "$.id");
		int plan = ((List<Integer>) JsonPath.read(json, "$.rows[?(@.code == '1.1')].criterionId")).get(0);
		int tasks = ((List<Integer>) JsonPath.read(json, "$.rows[?(@.code == '1.2')].criterionId")).get(0);
		int digital = ((List<Integer>) JsonPath.read(json, "$.rows[?(@.code == '2')].criterionId")).get(0);
		String base = "/api/v1/governance/assessments/" + id;

		mvc.perform(put(base + "/self-scores/" + plan).header("Authorization", as("truongphong.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"score\":3}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("evidence"));
		mvc.perform(put(base + "/self-scores/" + plan).header("Authorization", as("truongphong.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"score\":5,\"evidence\":\"KH 1\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("score"));
		mvc.perform(put(base + "/self-scores/" + plan).header("Authorization", as("truongphong.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"score\":4,\"evidence\":\"Kế hoạch số 1 (test)\"}"))
			.andExpect(status().isOk());
		mvc.perform(post(base + "/advance").header("Authorization", as("truongphong.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":0}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message").value(containsString("1.2")));
		mvc.perform(put(base + "/self-scores/" + tasks).header("Authorization", as("truongphong.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"score\":0}")).andExpect(status().isOk());
		// a score sent on the version read before the last save is turned away, and nothing changes
		mvc.perform(put(base + "/self-scores/" + digital).header("Authorization", as("truongphong.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"score\":1,\"evidence\":\"stale (test)\",\"version\":0}"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.current.selfTotal").value(4.0));
		String scored = mvc.perform(put(base + "/self-scores/" + digital).header("Authorization", as("truongphong.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"score\":7.5,\"evidence\":\"Báo cáo số hóa (test)\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.selfTotal").value(11.5)).andReturn().getResponse().getContentAsString();
		int version = JsonPath.read(scored, "$.version");
		mvc.perform(post(base + "/advance").header("Authorization", as("truongphong.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":%d}".formatted(version)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
		version++;
		mvc.perform(put(base + "/self-scores/" + plan).header("Authorization", as("truongphong.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"score\":3,\"evidence\":\"x\"}"))
			.andExpect(status().isConflict());
		mvc.perform(put(base + "/appraisal-scores/" + plan).header("Authorization", as("truongphong.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"score\":3}"))
			.andExpect(status().isForbidden());
		for (int[] s : new int[][] { { plan, 3 }, { tasks, 0 }, { digital, 7 } }) {
			mvc.perform(put(base + "/appraisal-scores/" + s[0]).header("Authorization", as("cchc.nghean")).contentType(MediaType.APPLICATION_JSON)
					.content("{\"score\":%d,\"version\":%d}".formatted(s[1], version)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.version").value(++version));
		}
		mvc.perform(post(base + "/advance").header("Authorization", as("cchc.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":%d}".formatted(version)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPRAISED"))
			.andExpect(jsonPath("$.appraisalTotal").value(10.0))
			.andExpect(jsonPath("$.rows[?(@.code == '1')].appraisalScore").value(org.hamcrest.Matchers.hasItem(3.0)));
		mvc.perform(get("/api/v1/governance/assessments/ranking").param("frameworkId", String.valueOf(fw)).header("Authorization", as("cchc.nghean")))
			.andExpect(jsonPath("$[0].unitCode").value("H41")).andExpect(jsonPath("$[0].total").value(10.0));
		mvc.perform(get("/governance/assessments/" + id).with(user("truongphong.nghean").roles("UNIT_HEAD")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Kế hoạch số 1 (test)")));
	}
}
