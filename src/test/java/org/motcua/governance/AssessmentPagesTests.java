package org.motcua.governance;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.motcua.governance.assessment.Assessment;
import org.motcua.governance.assessment.Assessments;
import org.motcua.governance.commitments.TargetKind;
import org.motcua.organization.Caller;
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
class AssessmentPagesTests {

	static final RequestPostProcessor CONFIGURER = user("cchc.nghean").roles("REFORM_OFFICER");
	static final RequestPostProcessor HEAD = user("truongphong.nghean").roles("UNIT_HEAD");

	@Autowired
	MockMvc mvc;

	@Autowired
	Assessments assessments;

	/** A framework of the province's departments: area 1 with two criteria, area 2 without sub-criteria. */
	MockHttpServletRequestBuilder framework(String path, int year, int version) {
		return framework(path, year, version, "10");
	}

	MockHttpServletRequestBuilder framework(String path, int year, int version, String area2Points) {
		return post(path).with(CONFIGURER).with(csrf()).param("year", String.valueOf(year)).param("scope", "DEPARTMENT")
			.param("name", "Chỉ số CCHC sở, ngành " + year + " (trang)").param("decisionRef", "QĐ 9/QĐ-UBND (trang)").param("version", String.valueOf(version))
			.param("rows[0].code", "1").param("rows[0].title", "Công tác chỉ đạo, điều hành")
			.param("rows[1].code", "1.1").param("rows[1].title", "Kế hoạch CCHC năm").param("rows[1].maxPoints", "4")
			.param("rows[2].code", "1.2").param("rows[2].title", "Nhiệm vụ hoàn thành đúng hạn").param("rows[2].maxPoints", "6")
			.param("rows[2].measure", "TASKS_ON_TIME_RATE")
			.param("rows[3].code", "").param("rows[3].title", "")
			.param("rows[4].code", "2").param("rows[4].title", "Cải cách thủ tục hành chính").param("rows[4].maxPoints", area2Points);
	}

	long created(int year) throws Exception {
		String location = mvc.perform(framework("/governance/assessments/frameworks/new", year, 0))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring("/governance/assessments/frameworks/".length()));
	}

	@Test
	void theFrameworkFormRendersForConfigurersAndIsRefusedToAChairman() throws Exception {
		mvc.perform(get("/governance/assessments/frameworks/new").with(CONFIGURER))
			.andExpect(status().isOk()).andExpect(content().string(containsString("name=\"rows[19].code\"")));
		mvc.perform(get("/governance/assessments").with(CONFIGURER)).andExpect(content().string(containsString("id=\"framework-new\"")));
		mvc.perform(get("/governance/assessments/frameworks/new").with(user("chutich.xadoluong").roles("LEADER"))).andExpect(status().isForbidden());
	}

	@Test
	void aFrameworkIsStoredAsATreeFromTheCodesWithTheParentsPointsTheSumOfItsCriteria() throws Exception {
		long id = created(2032);
		List<Assessments.FrameworkCriterion> criteria = assessments.criteria(id);
		assertThat(criteria).extracting(Assessments.FrameworkCriterion::code).containsExactly("1", "1.1", "1.2", "2");
		assertThat(criteria).extracting(Assessments.FrameworkCriterion::depth).containsExactly(0, 1, 1, 0);
		assertThat(criteria.get(2).measure()).isEqualTo(TargetKind.TASKS_ON_TIME_RATE);
		assertThat(assessments.framework(id).maxTotal()).isEqualByComparingTo("20");
	}

	@Test
	void aDuplicateCodeAndAMissingTitleAreShownOnTheirRows() throws Exception {
		mvc.perform(framework("/governance/assessments/frameworks/new", 2033, 0).param("rows[5].code", "1.1").param("rows[5].title", "Trùng mã")
				.param("rows[5].maxPoints", "2").param("rows[6].code", "3").param("rows[6].maxPoints", "5"))
			.andExpect(status().isOk())
			// the empty fourth row was dropped: the duplicate is now the fifth row, the untitled one the sixth
			.andExpect(content().string(containsString("Mã tiêu chí bắt buộc và không trùng.")))
			.andExpect(content().string(containsString("id=\"rows4.code\" name=\"rows[4].code\" value=\"1.1\"")))
			.andExpect(content().string(containsString("Trường này là bắt buộc.")));
		assertThat(assessments.frameworks(2033)).isEmpty();
	}

	@Test
	void aFrameworkIsEditedUntilAUnitStartsAStaleVersionIsAConflictAndThenItIsFrozen() throws Exception {
		long id = created(2034);
		String path = "/governance/assessments/frameworks/" + id;
		mvc.perform(get(path).with(CONFIGURER)).andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Kế hoạch CCHC năm\"")));
		mvc.perform(framework(path, 2034, 0, "15")).andExpect(status().is3xxRedirection());
		assertThat(assessments.framework(id).maxTotal()).isEqualByComparingTo("25");

		mvc.perform(framework(path, 2034, 0, "30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dữ liệu đã được người khác thay đổi")))
			.andExpect(content().string(containsString("Tải lại dữ liệu mới nhất")));
		assertThat(assessments.framework(id).maxTotal()).isEqualByComparingTo("25");

		assessments.start(Caller.system(), id, "H41");
		mvc.perform(framework(path, 2034, 1, "30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không sửa được nữa")));
		mvc.perform(get(path).with(CONFIGURER)).andExpect(content().string(not(containsString("id=\"framework-submit\""))));
	}

	@Test
	void theUnitSelfScoresWithEvidenceSubmitsAndTheAppraiserScoresClosesAndRanks() throws Exception {
		long fw = created(2035);
		String location = mvc.perform(post("/governance/assessments").with(HEAD).with(csrf()).param("frameworkId", String.valueOf(fw))
				.param("unitCode", "H41"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring("/governance/assessments/".length()));
		String page = "/governance/assessments/" + id;
		Assessment a = assessments.get(Caller.system(), id);
		long plan = a.rows().stream().filter(r -> r.code().equals("1.1")).findFirst().orElseThrow().criterionId();
		List<Long> leaves = a.rows().stream().filter(Assessment.Row::leaf).map(Assessment.Row::criterionId).toList();
		mvc.perform(get(page).with(HEAD)).andExpect(status().isOk()).andExpect(content().string(containsString("id=\"self-" + plan + "\"")));

		mvc.perform(post(page + "/self-scores").with(HEAD).with(csrf()).param("criterionId", String.valueOf(plan)).param("score", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"evidence-" + plan + "-error\"")))
			.andExpect(content().string(containsString("không có tài liệu thì không được điểm")));
		mvc.perform(post(page + "/advance").with(HEAD).with(csrf()).param("version", "0"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Còn tiêu chí chưa chấm")));
		for (long leaf : leaves) {
			mvc.perform(post(page + "/self-scores").with(HEAD).with(csrf()).param("criterionId", String.valueOf(leaf)).param("score", "3")
					.param("evidence", "Báo cáo số 12/BC (trang)"))
				.andExpect(status().is3xxRedirection());
		}
		// every save moved the assessment on: a score sent from a page read before them is a conflict, not an overwrite
		int current = assessments.get(Caller.system(), id).version();
		mvc.perform(post(page + "/self-scores").with(HEAD).with(csrf()).param("criterionId", String.valueOf(plan)).param("score", "1")
				.param("evidence", "stale page (test)").param("version", String.valueOf(current - 1)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Dữ liệu đã được người khác thay đổi")));
		assertThat(assessments.get(Caller.system(), id).rows().stream()
			.filter(r -> r.criterionId() == plan).findFirst().orElseThrow().selfScore()).isEqualByComparingTo("3");
		mvc.perform(post(page + "/advance").with(HEAD).with(csrf()).param("version", String.valueOf(current + 7)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Dữ liệu đã được người khác thay đổi")));
		mvc.perform(post(page + "/advance").with(HEAD).with(csrf()).param("version", String.valueOf(current)))
			.andExpect(status().is3xxRedirection());

		mvc.perform(post(page + "/appraisal-scores").with(CONFIGURER).with(csrf()).param("criterionId", String.valueOf(plan)).param("score", "9"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"appraisal-" + plan + "-error\"")))
			.andExpect(content().string(containsString("Điểm từ 0 đến 4")));
		for (long leaf : leaves) {
			mvc.perform(post(page + "/appraisal-scores").with(CONFIGURER).with(csrf()).param("criterionId", String.valueOf(leaf)).param("score", "2")
					.param("note", "Đạt một phần (trang)"))
				.andExpect(status().is3xxRedirection());
		}
		mvc.perform(post(page + "/advance").with(CONFIGURER).with(csrf())
				.param("version", String.valueOf(assessments.get(Caller.system(), id).version()))).andExpect(status().is3xxRedirection());
		assertThat(assessments.get(Caller.system(), id).status()).isEqualTo(Assessment.Status.APPRAISED);
		assertThat(assessments.get(Caller.system(), id).appraisalTotal()).isEqualByComparingTo(new BigDecimal(2 * leaves.size()));
		mvc.perform(get("/governance/assessments").with(CONFIGURER))
			.andExpect(content().string(containsString("Chỉ số CCHC sở, ngành 2035 (trang)")));
		assertThat(assessments.ranking(Caller.system(), fw)).singleElement()
			.satisfies(r -> assertThat(r.total()).isEqualByComparingTo(new BigDecimal(2 * leaves.size())));
	}
}
