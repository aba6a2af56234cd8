package org.motcua.governance;

import org.junit.jupiter.api.Test;
import org.motcua.governance.inspections.Inspection;
import org.motcua.governance.inspections.InspectionCommands;
import org.motcua.governance.inspections.Inspections;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class InspectionPlanPagesTests {

	static final String INSPECTOR = "kiemtra.nghean";
	static final RequestPostProcessor AS_INSPECTOR = user(INSPECTOR).roles("INSPECTOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	Inspections inspections;

	@Autowired
	Organization organization;

	MockHttpServletRequestBuilder plan(String path, String title, String leadRole, String endsOn, int version) {
		return post(path).with(AS_INSPECTOR).with(csrf()).param("title", title).param("decisionRef", "QĐ 45/QĐ-TTr (trang)")
			.param("year", "2026").param("startsOn", "2026-12-01").param("endsOn", endsOn)
			.param("members[0].username", INSPECTOR).param("members[0].role", leadRole)
			.param("members[1].username", "").param("members[1].role", "")
			.param("members[2].username", "cchc.nghean").param("members[2].role", "MEMBER")
			.param("unitCodes", "H41.50").param("checklist", "Niêm yết thủ tục hành chính\n\nBố trí bộ phận một cửa\n")
			.param("version", String.valueOf(version));
	}

	long planned(String title) throws Exception {
		String location = mvc.perform(plan("/governance/inspections/new", title, "LEAD", "2026-12-10", 0))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/governance/inspections/");
		return Long.parseLong(location.substring("/governance/inspections/".length()));
	}

	@Test
	void thePlanningFormRendersForPlannersWithTheCallerAsLeadAndIsRefusedToOthers() throws Exception {
		mvc.perform(get("/governance/inspections/new").with(AS_INSPECTOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"kiemtra.nghean\"")))
			.andExpect(content().string(containsString("name=\"members[5].role\"")));
		mvc.perform(get("/governance/inspections").with(AS_INSPECTOR)).andExpect(content().string(containsString("id=\"inspection-new\"")));
		mvc.perform(get("/governance/inspections/new").with(user("chutich.xadoluong").roles("LEADER"))).andExpect(status().isForbidden());
	}

	@Test
	void aValidPlanIsStoredWithItsTeamUnitsAndChecklistSkippingEmptyRowsAndLines() throws Exception {
		long id = planned("Kiểm tra CCHC xã Đô Lương đợt 12 (trang)");
		Inspection i = inspections.get(Caller.system(), id);
		assertThat(i.status()).isEqualTo(Inspection.Status.PLANNED);
		assertThat(i.members()).extracting(Inspection.Member::username).containsExactly(INSPECTOR, "cchc.nghean");
		assertThat(i.units()).extracting(Inspection.InspectedUnit::unitCode).containsExactly("H41.50");
		assertThat(i.checklist()).extracting(Inspection.Criterion::text).containsExactly("Niêm yết thủ tục hành chính", "Bố trí bộ phận một cửa");
		mvc.perform(get("/governance/inspections/" + id).with(AS_INSPECTOR)).andExpect(content().string(containsString("id=\"inspection-replan\"")));
	}

	@Test
	void aPlanWithoutALeadOrEndingBeforeItStartsShowsTheProblemsNextToTheTeamAndTheDate() throws Exception {
		mvc.perform(plan("/governance/inspections/new", "Kế hoạch sai (trang)", "MEMBER", "2026-11-01", 0))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"members-error\"")))
			.andExpect(content().string(containsString("Đoàn kiểm tra cần có trưởng đoàn.")))
			.andExpect(content().string(containsString("id=\"endsOn-error\"")));
		assertThat(inspections.list(Caller.system(), 2026)).noneMatch(i -> i.title().equals("Kế hoạch sai (trang)"));
	}

	@Test
	void thePlanIsEditedWhilePlannedAStaleVersionIsAConflictAndOnceStartedItCannotBeChanged() throws Exception {
		long id = planned("Kiểm tra CCHC đợt 12 (trang, bản đầu)");
		String path = "/governance/inspections/" + id + "/plan";
		mvc.perform(get(path).with(AS_INSPECTOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kiểm tra CCHC đợt 12 (trang, bản đầu)")));
		mvc.perform(plan(path, "Kiểm tra CCHC đợt 12 (trang, đã sửa)", "LEAD", "2026-12-12", 0)).andExpect(status().is3xxRedirection());
		assertThat(inspections.get(Caller.system(), id).title()).isEqualTo("Kiểm tra CCHC đợt 12 (trang, đã sửa)");
		assertThat(inspections.get(Caller.system(), id).endsOn()).hasToString("2026-12-12");

		mvc.perform(plan(path, "Kiểm tra CCHC đợt 12 (trang, sửa trên bản cũ)", "LEAD", "2026-12-12", 0))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dữ liệu đã được người khác thay đổi")))
			.andExpect(content().string(containsString("Tải lại dữ liệu mới nhất")));
		assertThat(inspections.get(Caller.system(), id).title()).isEqualTo("Kiểm tra CCHC đợt 12 (trang, đã sửa)");

		Inspection i = inspections.get(Caller.system(), id);
		inspections.recordChecklist(organization.caller(INSPECTOR), id, i.checklist().get(0).id(),
				new InspectionCommands.ChecklistResult("H41.50", true, null));
		mvc.perform(plan(path, "Kiểm tra CCHC đợt 12 (trang, quá muộn)", "LEAD", "2026-12-12", i.version()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không sửa kế hoạch được nữa")));
		mvc.perform(get("/governance/inspections/" + id).with(AS_INSPECTOR))
			.andExpect(content().string(not(containsString("id=\"inspection-replan\""))));
	}
}
