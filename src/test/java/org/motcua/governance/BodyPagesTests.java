package org.motcua.governance;

import org.junit.jupiter.api.Test;
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
class BodyPagesTests {

	static final RequestPostProcessor OFFICER = user("cchc.nghean").roles("REFORM_OFFICER");

	@Autowired
	MockMvc mvc;

	MockHttpServletRequestBuilder postAs(String path) {
		return post(path).with(OFFICER).with(csrf());
	}

	long found(String name) throws Exception {
		String location = mvc.perform(postAs("/governance/bodies/new").param("unitCode", "H41.50").param("kind", "WORKING_GROUP")
				.param("name", name).param("foundingDecision", "QĐ 12/QĐ-UBND (trang)").param("foundedOn", "2026-02-02"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/governance/bodies/");
		return Long.parseLong(location.substring("/governance/bodies/".length()));
	}

	@Test
	void theFoundingFormRendersForEditorsAndIsRefusedToAClerk() throws Exception {
		mvc.perform(get("/governance/bodies/new").with(OFFICER))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Quyết định thành lập")));
		mvc.perform(get("/governance/bodies").with(OFFICER))
			.andExpect(content().string(containsString("id=\"body-new\""))).andExpect(content().string(containsString("id=\"adviser-form\"")));
		mvc.perform(get("/governance/bodies/new").with(user("tiepnhan.nghean").roles("ONE_STOP_CLERK"))).andExpect(status().isForbidden());
		mvc.perform(get("/governance/bodies").with(user("congchuc.xadoluong").roles("SPECIALIST")))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString("id=\"adviser-form\""))));
	}

	@Test
	void aBodyWithoutKindOrNameShowsBothProblemsNextToTheirFields() throws Exception {
		mvc.perform(postAs("/governance/bodies/new").param("unitCode", "H41.50").param("kind", "").param("name", " ")
				.param("foundingDecision", "QĐ 1 (trang)").param("foundedOn", "2026-02-02"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"kind-error\"")))
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(not(containsString("id=\"foundingDecision-error\""))));
	}

	@Test
	void membersAreAddedAndEndedKeepingTheHistoryAndASecondHeadOrAStaleVersionIsRefused() throws Exception {
		long id = found("Tổ công tác rà soát TTHC xã (trang)");
		String members = "/governance/bodies/" + id + "/members";
		mvc.perform(postAs(members).param("fullName", "Hồ Văn Bí Thư (trang)").param("title", "Bí thư Đảng ủy xã").param("role", "HEAD")
				.param("fromOn", "2026-02-02").param("version", "0"))
			.andExpect(status().is3xxRedirection());

		mvc.perform(postAs(members).param("username", "chutich.xadoluong").param("title", "Chủ tịch UBND xã").param("role", "HEAD")
				.param("fromOn", "2026-02-02").param("version", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"role-error\"")))
			.andExpect(content().string(containsString("Ban đã có trưởng ban")));

		mvc.perform(postAs(members).param("username", "chutich.xadoluong").param("title", "Chủ tịch UBND xã").param("role", "DEPUTY")
				.param("fromOn", "2026-02-02").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dữ liệu đã được người khác thay đổi")))
			.andExpect(content().string(containsString("Tải lại dữ liệu mới nhất")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));

		String page = mvc.perform(get("/governance/bodies/" + id).with(OFFICER)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Hồ Văn Bí Thư (trang)").doesNotContain("chutich.xadoluong");
		long membership = Long.parseLong(page.replaceAll("(?s).*id=\"member-(\\d+)\".*", "$1"));

		mvc.perform(postAs("/governance/bodies/" + id + "/members/end").param("membershipId", String.valueOf(membership))
				.param("toOn", "2026-01-01").param("version", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"toOn-" + membership + "-error\"")));
		mvc.perform(postAs("/governance/bodies/" + id + "/members/end").param("membershipId", String.valueOf(membership))
				.param("toOn", "2026-06-30").param("version", "1"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/governance/bodies/" + id).with(OFFICER))
			.andExpect(content().string(containsString("id=\"former-members\"")))
			.andExpect(content().string(containsString("Hồ Văn Bí Thư (trang), Bí thư Đảng ủy xã (02/02/2026 – 30/06/2026)")));
	}

	@Test
	void anAdviserNeedsAKnownOfficialAndIsListedOnceAssigned() throws Exception {
		mvc.perform(postAs("/governance/advisers").param("unitCode", "H41.50").param("username", "khong.ton.tai").param("kind", "ADVISER")
				.param("fromOn", "2026-03-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"username-error\"")));
		mvc.perform(postAs("/governance/advisers").param("unitCode", "H41.50").param("username", "chuyenvien.nghean").param("kind", "ADVISER")
				.param("fromOn", "2026-03-01"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/governance/bodies").with(OFFICER))
			.andExpect(content().string(containsString("01/03/2026")));
	}
}
