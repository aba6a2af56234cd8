package org.motcua.governance;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.everyItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class InspectionTests {

	@Autowired
	MockMvc mvc;

	String as(String user) {
		return Tokens.bearer(mvc, user);
	}

	int inspection(String titlePart) throws Exception {
		String json = mvc.perform(get("/api/v1/governance/inspections").header("Authorization", as("kiemtra.nghean")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Integer> ids = JsonPath.read(json, "$.items[?(@.title =~ /.*" + titlePart + ".*/)].id");
		return ids.get(0);
	}

	@Test
	void aRecommendationBecomesATaskOfTheInspectedUnitHeadedByItsChairmanAndTheTeamClosesIt() throws Exception {
		int id = inspection("xã Đô Lương năm");
		String json = mvc.perform(post("/api/v1/governance/inspections/" + id + "/findings").header("Authorization", as("kiemtra.nghean"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"unitCode":"H41.50","kind":"SHORTCOMING","category":"PROCEDURE_PUBLICATION","text":"Chưa niêm yết TTHC mới (test)",
						 "recommendation":{"text":"Niêm yết đầy đủ TTHC mới công bố (test)","workingDays":10}}"""))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		List<Integer> taskIds = JsonPath.read(json, "$.findings[*].recommendations[?(@.text == 'Niêm yết đầy đủ TTHC mới công bố (test)')].taskId");
		List<Integer> recIds = JsonPath.read(json, "$.findings[*].recommendations[?(@.text == 'Niêm yết đầy đủ TTHC mới công bố (test)')].id");
		int task = taskIds.get(0);
		int rec = recIds.get(0);
		int plan = JsonPath.read(json, "$.units[0].remediationPlanId");

		mvc.perform(get("/api/v1/governance/tasks/" + task).header("Authorization", as("chutich.xadoluong")))
			.andExpect(jsonPath("$.assignee").value("chutich.xadoluong"))
			.andExpect(jsonPath("$.unitCode").value("H41.50"))
			.andExpect(jsonPath("$.planId").value(plan))
			.andExpect(jsonPath("$.createdBy").value("kiemtra.nghean"))
			.andExpect(jsonPath("$.source").value(org.hamcrest.Matchers.startsWith("Kiến nghị kiểm tra")));
		mvc.perform(get("/api/v1/governance/plans/" + plan).header("Authorization", as("chutich.xadoluong")))
			.andExpect(jsonPath("$.kind").value("REMEDIATION"));
		mvc.perform(get("/api/v1/governance/tasks").param("headOf", "true").header("Authorization", as("chutich.xadoluong")))
			.andExpect(jsonPath("$.items[*].id").value(hasItem(task)));

		mvc.perform(post("/api/v1/governance/inspections/" + id + "/findings").header("Authorization", as("truongphong.nghean"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"unitCode\":\"H41.50\",\"kind\":\"STRENGTH\",\"category\":\"OTHER\",\"text\":\"x\"}"))
			.andExpect(status().isForbidden());
		String close = "/api/v1/governance/inspections/recommendations/" + rec + "/close";
		mvc.perform(post(close).header("Authorization", as("chutich.xadoluong")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\":\"xong\",\"version\":0}"))
			.andExpect(status().isForbidden());
		mvc.perform(post(close).header("Authorization", as("kiemtra.nghean")).contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post(close).header("Authorization", as("kiemtra.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\":\"Đã niêm yết, có ảnh chụp (test)\",\"version\":0}"))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/governance/tasks/" + task).header("Authorization", as("chutich.xadoluong")))
			.andExpect(jsonPath("$.status").value("DONE"));
		mvc.perform(post(close).header("Authorization", as("kiemtra.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\":\"again\",\"version\":1}"))
			.andExpect(status().isConflict());
	}

	@Test
	void aRecommendationForSomeoneOutsideTheInspectedUnitIsRefusedAndNothingIsRecorded() throws Exception {
		int id = inspection("xã Đô Lương năm");
		mvc.perform(post("/api/v1/governance/inspections/" + id + "/findings").header("Authorization", as("kiemtra.nghean"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"unitCode":"H41.50","kind":"SHORTCOMING","category":"OTHER","text":"Không được lưu (test)",
						 "recommendation":{"text":"Giao sai người (test)","assignee":"chuyenvien.tanky","workingDays":5}}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("recommendation.assignee"));
		mvc.perform(post("/api/v1/governance/inspections/" + id + "/findings").header("Authorization", as("kiemtra.nghean"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"unitCode\":\"H41.21\",\"text\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("unitCode", "kind", "category", "text")));
		mvc.perform(get("/api/v1/governance/inspections/" + id).header("Authorization", as("kiemtra.nghean")))
			.andExpect(jsonPath("$.findings[*].text").value(org.hamcrest.Matchers.not(hasItem("Không được lưu (test)"))));
	}

	@Test
	void theSeedInspectionRecordsTheReportsFindingsAndItsRecommendationsWereFollowedUpUntilClosed() throws Exception {
		int id = inspection("huyện Đô Lương và huyện Tân Kỳ");
		mvc.perform(get("/api/v1/governance/inspections/" + id).header("Authorization", as("cchc.nghean")))
			.andExpect(jsonPath("$.status").value("CONCLUDED"))
			.andExpect(jsonPath("$.followUp.recommendations").value(3))
			.andExpect(jsonPath("$.followUp.closed").value(3))
			.andExpect(jsonPath("$.findings[?(@.kind == 'STRENGTH')]", org.hamcrest.Matchers.hasSize(2)))
			.andExpect(jsonPath("$.findings[*].recommendations[*].closedBy").value(everyItem(org.hamcrest.Matchers.is("kiemtra.nghean"))));
		mvc.perform(get("/api/v1/governance/inspections/" + id).header("Authorization", as("chuyenvien.tanky")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.findings[*].unitCode").value(everyItem(org.hamcrest.Matchers.is("H41.21"))));
		mvc.perform(get("/api/v1/governance/inspections/" + id).header("Authorization", as("tiepnhan.xadoluong")))
			.andExpect(status().isNotFound());
	}

	@Test
	void anInspectionNeedsALeadAndUnitsAndOnlyInspectorsPlanIt() throws Exception {
		mvc.perform(post("/api/v1/governance/inspections").header("Authorization", as("kiemtra.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"Thử (test)\",\"year\":2026,\"startsOn\":\"2026-12-10\",\"endsOn\":\"2026-12-01\",\"members\":[{\"username\":\"cchc.nghean\",\"role\":\"MEMBER\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("endsOn", "members", "unitCodes")));
		mvc.perform(post("/api/v1/governance/inspections").header("Authorization", as("chutich.xadoluong")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"x\"}"))
			.andExpect(status().isForbidden());
	}
}
