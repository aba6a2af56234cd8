package org.motcua.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.motcua.governance.tasks.TaskCommands;
import org.motcua.governance.tasks.TaskPriority;
import org.motcua.governance.tasks.TaskStatus;
import org.motcua.governance.tasks.Tasks;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.organization.Role;
import org.motcua.organization.UnitCommands;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CommitmentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Tasks tasks;

	@Autowired
	Organization organization;

	@Autowired
	org.motcua.security.Credentials credentials;

	String as(String user) {
		return Tokens.bearer(mvc, user);
	}

	@Test
	void theAdministratorReadsThe2024CommitmentsWithTheirEvaluations() throws Exception {
		mvc.perform(get("/api/v1/governance/commitments").param("year", "2024").header("Authorization", as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(4))
			.andExpect(jsonPath("$.summary.evaluated").value(4))
			.andExpect(jsonPath("$.summary.achieved").value(3))
			.andExpect(jsonPath("$.items[?(@.signer == 'chutich.xadason')].evaluation.consequence").value(org.hamcrest.Matchers.hasItem("TRANSFER")))
			.andExpect(jsonPath("$.items[?(@.signer == 'truongphong.doluong')].targets[0].measured.value").value(org.hamcrest.Matchers.hasItem(75.0)));
		mvc.perform(get("/api/v1/governance/commitments").param("year", "2024").param("unitCode", "H41.21").header("Authorization", as("chutich.tanky")))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].signer").value("truongphong.tanky"));
	}

	@Test
	void theCommunesCommitmentMeasuresItsDossiersLive() throws Exception {
		String json = mvc.perform(get("/api/v1/governance/commitments").param("unitCode", "H41.50").header("Authorization", as("chutich.xadoluong")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].targets[0].kind").value("ON_TIME_RATE"))
			.andExpect(jsonPath("$.items[0].targets[0].measured.denominator").value(greaterThan(0)))
			.andReturn().getResponse().getContentAsString();
		double onTime = ((Number) JsonPath.read(json, "$.items[0].targets[0].measured.value")).doubleValue();
		String status = JsonPath.read(json, "$.items[0].targets[0].status");
		org.assertj.core.api.Assertions.assertThat(status).isEqualTo(onTime >= 90 ? "ON_TRACK" : "AT_RISK");
		int received = JsonPath.read(json, "$.items[0].targets[2].measured.denominator");
		org.assertj.core.api.Assertions.assertThat(received).isGreaterThanOrEqualTo(10);
		org.assertj.core.api.Assertions.assertThat((String) JsonPath.read(json, "$.items[0].targets[4].status")).isEqualTo("ASSESSED_AT_YEAR_END");
	}

	@Test
	void aTaskTargetIsComputedFromTheUnitsTasksAndAFailedCommitmentEndsInResignationOrTransfer() throws Exception {
		Caller sys = Caller.system();
		organization.createOfficial(sys, new UnitCommands.NewOfficial("truongthanhtra.test", "Chánh Thanh tra (test)", "Chánh Thanh tra tỉnh",
				"H41", "H41.09", null, null, Set.of(Role.UNIT_HEAD)));
		credentials.seed("truongthanhtra.test", Tokens.DEMO_PASSWORD, false);
		record(sys, "Nhiệm vụ đúng hạn (test)", LocalDate.of(2025, 3, 14), TaskStatus.DONE, LocalDate.of(2025, 3, 10));
		record(sys, "Nhiệm vụ trễ hạn (test)", LocalDate.of(2025, 6, 13), TaskStatus.DONE, LocalDate.of(2025, 7, 1));
		record(sys, "Nhiệm vụ đã hủy (test)", LocalDate.of(2025, 9, 12), TaskStatus.CANCELLED, null);

		String json = mvc.perform(post("/api/v1/governance/commitments").header("Authorization", as("cchc.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"year":2025,"signer":"truongthanhtra.test","signerTitle":"Chánh Thanh tra tỉnh","counterpart":"chutich.nghean",
						 "counterpartTitle":"Chủ tịch UBND tỉnh","signedOn":"2025-01-20",
						 "targets":[{"kind":"TASKS_ON_TIME_RATE","threshold":60,"description":"Nhiệm vụ đúng hạn"},
						            {"kind":"QUALITATIVE","description":"Kết luận kiểm tra đúng thời hạn"}]}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.agencyCode").value("H41.09"))
			.andExpect(jsonPath("$.targets[0].measured.value").value(50.0))
			.andExpect(jsonPath("$.targets[0].measured.numerator").value(1))
			.andExpect(jsonPath("$.targets[0].measured.denominator").value(2))
			.andExpect(jsonPath("$.targets[0].status").value("AT_RISK"))
			.andExpect(jsonPath("$.liveStatus").value("AT_RISK"))
			.andReturn().getResponse().getContentAsString();
		int id = JsonPath.read(json, "$.id");
		int qualitative = JsonPath.read(json, "$.targets[1].id");
		String evaluation = "/api/v1/governance/commitments/" + id + "/evaluation";
		String assessed = "\"targets\":[{\"targetId\":%d,\"achieved\":true}]".formatted(qualitative);

		mvc.perform(post(evaluation).header("Authorization", as("truongthanhtra.test")).contentType(MediaType.APPLICATION_JSON)
				.content("{" + assessed + ",\"consequence\":\"CONTINUES\",\"evaluatedOn\":\"2025-12-20\",\"version\":0}"))
			.andExpect(status().isForbidden());
		mvc.perform(post(evaluation).header("Authorization", as("chutich.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"consequence\":\"CONTINUES\",\"evaluatedOn\":\"2025-11-15\",\"version\":0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("evaluatedOn", "targets[1].achieved")));
		mvc.perform(post(evaluation).header("Authorization", as("chutich.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{" + assessed + ",\"consequence\":\"CONTINUES\",\"evaluatedOn\":\"2025-12-20\",\"version\":0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("consequence"));
		mvc.perform(post(evaluation).header("Authorization", as("chutich.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{" + assessed + ",\"consequence\":\"TRANSFER\",\"evaluatedOn\":\"2025-12-20\",\"version\":0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("decisionRef"));
		mvc.perform(post(evaluation).header("Authorization", as("chutich.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{" + assessed + ",\"consequence\":\"TRANSFER\",\"decisionRef\":\"QĐ 99/QĐ-UBND (test)\",\"evaluatedOn\":\"2025-12-20\",\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("EVALUATED"))
			.andExpect(jsonPath("$.evaluation.achieved").value(false))
			.andExpect(jsonPath("$.evaluation.consequence").value("TRANSFER"))
			.andExpect(jsonPath("$.targets[0].achieved").value(false))
			.andExpect(jsonPath("$.targets[1].achieved").value(true));
		mvc.perform(post(evaluation).header("Authorization", as("chutich.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{" + assessed + ",\"consequence\":\"TRANSFER\",\"decisionRef\":\"x\",\"evaluatedOn\":\"2025-12-20\",\"version\":1}"))
			.andExpect(status().isConflict());
		mvc.perform(get("/governance/commitments").param("year", "2025").with(user("chutich.nghean").roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("QĐ 99/QĐ-UBND (test)")));
	}

	private void record(Caller sys, String title, LocalDate deadline, TaskStatus outcome, LocalDate completed) {
		tasks.recordHistory(sys, new TaskCommands.NewTask(null, null, title, null, "H41", "H41.09", "kiemtra.nghean", List.of(), deadline, null,
				TaskPriority.NORMAL, null), outcome, completed, 100);
	}

	@Test
	void aCommitmentNeedsAHeadAndTheChairmanAboveThem() throws Exception {
		mvc.perform(post("/api/v1/governance/commitments").header("Authorization", as("cchc.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"year":2026,"signer":"chuyenvien.nghean","signerTitle":"x","counterpart":"chutich.doluong","counterpartTitle":"y",
						 "signedOn":"2026-01-10","targets":[{"kind":"ON_TIME_RATE","threshold":120,"description":"x"}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("signer", "counterpart", "targets[0].threshold")));
		mvc.perform(post("/api/v1/governance/commitments").header("Authorization", as("cchc.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"year":2026,"signer":"truongphong.nghean","signerTitle":"x","counterpart":"chutich.doluong","counterpartTitle":"y",
						 "signedOn":"2026-01-10","targets":[{"kind":"QUALITATIVE","description":"x"}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("counterpart"));
		mvc.perform(post("/api/v1/governance/commitments").header("Authorization", as("chuyenvien.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isForbidden());
	}
}
