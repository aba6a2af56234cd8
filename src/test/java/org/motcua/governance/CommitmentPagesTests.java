package org.motcua.governance;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.motcua.governance.commitments.Commitment;
import org.motcua.governance.commitments.Commitments;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.organization.Role;
import org.motcua.organization.UnitCommands;
import org.motcua.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CommitmentPagesTests {

	static final String REFORM_OFFICER = "cchc.nghean";
	static final String CHAIRMAN = "chutich.nghean";

	@Autowired
	MockMvc mvc;

	@Autowired
	Organization organization;

	@Autowired
	Commitments commitments;

	/** A head of the provincial inspectorate (H41.09) who has signed nothing yet. */
	String newHead() {
		String username = "truongphong.page" + ThreadLocalRandom.current().nextInt(1_000_000);
		organization.createOfficial(Caller.system(), new UnitCommands.NewOfficial(username, "Trưởng Phòng Cam Kết (test)", "Chánh Thanh tra",
				"H41", "H41.09", null, null, Set.of(Role.UNIT_HEAD)));
		return username;
	}

	MockHttpServletRequestBuilder commitment(String signer) {
		return commitment(signer, CHAIRMAN, "QUALITATIVE", "");
	}

	MockHttpServletRequestBuilder commitment(String signer, String counterpart, String thirdKind, String thirdThreshold) {
		return post("/governance/commitments/new").with(user(REFORM_OFFICER).roles("REFORM_OFFICER")).with(csrf())
			.param("year", "2025").param("signer", signer).param("signerTitle", "Chánh Thanh tra tỉnh")
			.param("counterpart", counterpart).param("counterpartTitle", "Chủ tịch UBND tỉnh").param("signedOn", "2025-01-20")
			.param("targets[0].kind", "TASKS_ON_TIME_RATE").param("targets[0].threshold", "80").param("targets[0].description", "Nhiệm vụ đúng hạn (trang)")
			.param("targets[1].kind", "").param("targets[1].threshold", "").param("targets[1].description", "")
			.param("targets[2].kind", thirdKind).param("targets[2].threshold", thirdThreshold).param("targets[2].description", "Công khai kết quả kiểm tra (trang)");
	}

	@Test
	void theRecordingFormRendersForAReformOfficerAndIsRefusedToAClerk() throws Exception {
		mvc.perform(get("/governance/commitments/new").with(user(REFORM_OFFICER).roles("REFORM_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ghi nhận bản cam kết")))
			.andExpect(content().string(containsString("name=\"targets[5].kind\"")));
		mvc.perform(get("/governance/commitments").with(user(REFORM_OFFICER).roles("REFORM_OFFICER")))
			.andExpect(content().string(containsString("href=\"/governance/commitments/new\"")));
		mvc.perform(get("/governance/commitments/new").with(user("tiepnhan.nghean").roles("ONE_STOP_CLERK")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aValidCommitmentIsRecordedSkippingEmptyRowsAndShowsItsLiveStatus() throws Exception {
		String head = newHead();
		mvc.perform(commitment(head)).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/governance/commitments?year=2025#commitment-*"));
		Commitment c = commitments.list(Caller.system(), null, 2025).stream().filter(x -> x.signer().equals(head)).findFirst().orElseThrow();
		assertThat(c.targets()).extracting(Commitment.Target::description)
			.containsExactly("Nhiệm vụ đúng hạn (trang)", "Công khai kết quả kiểm tra (trang)");
		assertThat(c.agencyCode()).isEqualTo("H41.09");
		mvc.perform(get("/governance/commitments").param("year", "2025").with(user(REFORM_OFFICER).roles("REFORM_OFFICER")))
			.andExpect(content().string(containsString("Nhiệm vụ đúng hạn (trang)")))
			.andExpect(content().string(containsString("Đánh giá cuối năm")));
	}

	@Test
	void anInvalidCommitmentShowsEachProblemNextToItsFieldAndKeepsTheRowsFilledIn() throws Exception {
		String head = newHead();
		mvc.perform(commitment(head, "chutich.doluong", "ONLINE_RATE", "120"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("chutich.doluong không phải Chủ tịch UBND cấp trên của người ký.")))
			.andExpect(content().string(containsString("id=\"counterpart-error\"")))
			// the empty second row was dropped, so the third row's problem is shown on the second row, where its values now are
			.andExpect(content().string(containsString("Mức cam kết không hợp lệ (tỷ lệ từ 0 đến 100).")))
			.andExpect(content().string(containsString("id=\"targets1.threshold\" name=\"targets[1].threshold\" value=\"120\"")));
		assertThat(commitments.list(Caller.system(), null, 2025)).noneMatch(x -> x.signer().equals(head));
	}

	@Test
	void theYearEndEvaluationShowsMissingAssessmentsNextToTheTargetAndAStaleVersionAsAConflict() throws Exception {
		String head = newHead();
		mvc.perform(commitment(head)).andExpect(status().is3xxRedirection());
		Commitment c = commitments.list(Caller.system(), null, 2025).stream().filter(x -> x.signer().equals(head)).findFirst().orElseThrow();
		String page = "/governance/commitments/" + c.id() + "/evaluation";
		mvc.perform(get(page).with(user(CHAIRMAN).roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"targets[1].achieved\"")));

		mvc.perform(post(page).with(user(CHAIRMAN).roles("LEADER")).with(csrf()).param("version", "0")
				.param("targets[0].targetId", String.valueOf(c.targets().get(0).id())).param("targets[1].targetId", String.valueOf(c.targets().get(1).id()))
				.param("consequence", "TRANSFER").param("evaluatedOn", "2025-12-20"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chỉ tiêu 2 không đo được từ dữ liệu")))
			.andExpect(content().string(containsString("Cần số, ký hiệu quyết định xử lý.")));

		// the task target is at risk or, without 2025 tasks of the office, left to the evaluator: not achieved either way
		mvc.perform(post(page).with(user(CHAIRMAN).roles("LEADER")).with(csrf()).param("version", "3")
				.param("targets[0].targetId", String.valueOf(c.targets().get(0).id())).param("targets[1].targetId", String.valueOf(c.targets().get(1).id()))
				.param("targets[0].achieved", "false").param("targets[1].achieved", "true").param("consequence", "TRANSFER").param("decisionRef", "QĐ 7/QĐ-UBND (trang)")
				.param("evaluatedOn", "2025-12-20"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dữ liệu đã được người khác thay đổi")))
			.andExpect(content().string(containsString("Tải lại dữ liệu mới nhất")))
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		assertThat(commitments.get(Caller.system(), c.id()).evaluation()).isNull();

		mvc.perform(post(page).with(user(CHAIRMAN).roles("LEADER")).with(csrf()).param("version", "0")
				.param("targets[0].targetId", String.valueOf(c.targets().get(0).id())).param("targets[1].targetId", String.valueOf(c.targets().get(1).id()))
				.param("targets[0].achieved", "false").param("targets[1].achieved", "true").param("consequence", "TRANSFER").param("decisionRef", "QĐ 7/QĐ-UBND (trang)")
				.param("evaluatedOn", "2025-12-20"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/governance/commitments").param("year", "2025").with(user(CHAIRMAN).roles("LEADER")))
			.andExpect(content().string(containsString("QĐ 7/QĐ-UBND (trang)")))
			.andExpect(content().string(not(containsString("id=\"evaluate-" + c.id() + "\""))));
	}
}
