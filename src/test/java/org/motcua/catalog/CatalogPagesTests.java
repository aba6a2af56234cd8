package org.motcua.catalog;

import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CatalogPagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theListSearchesWithoutDiacriticsAndRefreshesOnlyTheResultsThroughHtmx() throws Exception {
		mvc.perform(get("/catalog").param("q", "dang ky ket hon").with(user("tiepnhan.doluong").roles("ONE_STOP_CLERK")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html"), containsString("id=\"catalog-search\""),
					containsString("Đăng ký kết hôn"), containsString("href=\"/catalog\""))));
		mvc.perform(get("/catalog").param("q", "dang ky ket hon").header("HX-Request", "true")
				.with(user("tiepnhan.doluong").roles("ONE_STOP_CLERK")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"procedure-rows\""), containsString("Đăng ký kết hôn"),
					not(containsString("Đăng ký khai tử")), not(containsString("<html")))));
	}

	@Test
	void theListCountsAUnitsProceduresByLevel() throws Exception {
		mvc.perform(get("/catalog").param("unitCode", "H41.20").header("HX-Request", "true")
				.with(user("tiepnhan.doluong").roles("ONE_STOP_CLERK")))
			.andExpect(content().string(allOf(containsString("Tổng số: 347 thủ tục"), containsString("Cấp huyện: 237"),
					containsString("Cấp xã: 110"))));
	}

	@Test
	void theDetailShowsEveryFieldTheVersionsAndTheInternalProcesses() throws Exception {
		mvc.perform(get("/catalog/procedures/H41-DD-041").with(user("chuyenvien.doluong").roles("SPECIALIST")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"procedure-name\""), containsString("Luật Đất đai"),
					containsString("id=\"components\""), containsString("id=\"versions\""), containsString("id=\"process-H41.20\""),
					containsString("Song song (nhóm 1)"), containsString("Chủ trì"), containsString("Dữ liệu minh họa"),
					not(containsString("Sửa thủ tục (tạo phiên bản mới)")))));
		mvc.perform(get("/catalog/procedures/H41-DD-041").param("version", "1").with(user("chuyenvien.doluong").roles("SPECIALIST")))
			.andExpect(content().string(containsString("Đây không phải phiên bản đang có hiệu lực.")));
	}

	@Test
	void thePublicPageNeedsNoSignIn() throws Exception {
		mvc.perform(get("/public/procedures/H41-HT-001"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Đăng ký khai sinh"), containsString("Giấy chứng sinh"),
					not(containsString("Quy trình nội bộ")), not(containsString("href=\"/logout\"")))));
		mvc.perform(get("/public/procedures").param("q", "chung thuc chu ky"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chứng thực chữ ký")));
		mvc.perform(get("/public/procedures/NOPE-1")).andExpect(status().isNotFound());
		mvc.perform(get("/catalog")).andExpect(status().is3xxRedirection());
	}

	@Test
	void onlyEditorsOpenTheEditForms() throws Exception {
		mvc.perform(get("/catalog/procedures/new").with(user("tiepnhan.doluong").roles("ONE_STOP_CLERK")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/catalog/procedures/new").with(user("quantri.doluong").roles("UNIT_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"procedure-form\"")));
	}

	@Test
	void theEditFormShowsEachMessageNextToItsFieldAndAddsRowsOnRequest() throws Exception {
		mvc.perform(post("/catalog/procedures/new").with(user("cchc.nghean").roles("REFORM_OFFICER")).with(csrf())
				.param("code", "x").param("name", "").param("field", "Thử nghiệm").param("levels[0].level", "COMMUNE")
				.param("unitCodes", "H41.52").param("processingAmount", "-1").param("components[0].code", "TK")
				.param("components[0].name", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"code-error\""), containsString("id=\"name-error\""),
					containsString("id=\"processingAmount-error\""), containsString("id=\"components[0].name-error\""))));
		mvc.perform(post("/catalog/procedures/new").with(user("cchc.nghean").roles("REFORM_OFFICER")).with(csrf())
				.param("action", "add-components").param("components[0].code", "TK").param("components[0].name", "Tờ khai"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"components[1].name\""), not(containsString("id=\"name-error\"")))));
	}

	@Test
	void anEditorCreatesAProcedureAndDesignsItsProcessFromThePages() throws Exception {
		mvc.perform(post("/catalog/procedures/new").with(user("cchc.nghean").roles("REFORM_OFFICER")).with(csrf())
				.param("code", "T-PAGE-001").param("name", "Xác nhận thử nghiệm qua trang").param("field", "Thử nghiệm")
				.param("levels[0].level", "COMMUNE").param("unitCodes", "H41.53").param("processingAmount", "3")
				.param("processingUnit", "WORKING_DAYS").param("effectiveFrom", "2025-07-01").param("status", "ACTIVE"))
			.andExpect(redirectedUrl("/catalog/procedures/T-PAGE-001"));
		mvc.perform(post("/catalog/procedures/T-PAGE-001/process").with(user("cchc.nghean").roles("REFORM_OFFICER")).with(csrf())
				.param("unitCode", "H41.53").param("version", "0").param("effectiveFrom", "2025-07-01")
				.param("steps[0].name", "Tiếp nhận").param("steps[0].role", "ONE_STOP_CLERK").param("steps[0].allotment", "1")
				.param("steps[1].name", "Giải quyết").param("steps[1].role", "SPECIALIST").param("steps[1].allotment", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tổng thời gian các bước (4) vượt thời hạn giải quyết (3 ngày làm việc).")));
		mvc.perform(post("/catalog/procedures/T-PAGE-001/process").with(user("cchc.nghean").roles("REFORM_OFFICER")).with(csrf())
				.param("action", "up-1").param("unitCode", "H41.53").param("version", "0")
				.param("steps[0].name", "Tiếp nhận").param("steps[0].role", "ONE_STOP_CLERK").param("steps[0].allotment", "1")
				.param("steps[1].name", "Giải quyết").param("steps[1].role", "SPECIALIST").param("steps[1].allotment", "2"))
			.andExpect(content().string(containsString("name=\"steps[0].name\" value=\"Giải quyết\"")));
		mvc.perform(post("/catalog/procedures/T-PAGE-001/process").with(user("cchc.nghean").roles("REFORM_OFFICER")).with(csrf())
				.param("unitCode", "H41.53").param("version", "0").param("effectiveFrom", "2025-07-01")
				.param("steps[0].name", "Tiếp nhận").param("steps[0].role", "ONE_STOP_CLERK").param("steps[0].allotment", "1")
				.param("steps[1].name", "Giải quyết").param("steps[1].role", "SPECIALIST").param("steps[1].allotment", "2"))
			.andExpect(redirectedUrl("/catalog/procedures/T-PAGE-001"));
		mvc.perform(get("/catalog/procedures/T-PAGE-001").with(user("cchc.nghean").roles("REFORM_OFFICER")))
			.andExpect(content().string(allOf(containsString("id=\"process-H41.53\""), containsString("Giải quyết"))));
	}
}
