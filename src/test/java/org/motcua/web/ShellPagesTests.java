package org.motcua.web;

import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ShellPagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void pagesRequireSignInAndSendStrictSecurityHeaders() throws Exception {
		mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(content().string(containsString("Đăng nhập MotCua")));
	}

	@Test
	void hstsIsSentBehindTls() throws Exception {
		mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
	}

	@Test
	void theHomePageSpeaksVietnameseByDefaultWhateverTheBrowserPrefers() throws Exception {
		mvc.perform(get("/").with(user("tiepnhan.doluong").roles("ONE_STOP_CLERK")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xin chào, Nguyễn Thị Hoa (demo)")))
			.andExpect(content().string(containsString("lang=\"vi\"")));
	}

	@Test
	void theLanguageSwitcherRemembersTheChoice() throws Exception {
		mvc.perform(post("/lang").with(user("tiepnhan.doluong").roles("ONE_STOP_CLERK")).with(csrf())
				.param("lang", "en").param("back", "/organization/units"))
			.andExpect(redirectedUrl("/organization/units"))
			.andExpect(cookie().value("motcua-lang", "en"));
		mvc.perform(get("/").with(user("tiepnhan.doluong").roles("ONE_STOP_CLERK")).cookie(new Cookie("motcua-lang", "en")))
			.andExpect(content().string(containsString("Welcome, Nguyễn Thị Hoa (demo)")));
		mvc.perform(get("/").with(user("tiepnhan.doluong").roles("ONE_STOP_CLERK")).cookie(new Cookie("motcua-lang", "th")))
			.andExpect(content().string(containsString("ยินดีต้อนรับ")));
	}

	@Test
	void theLanguageSwitcherIsNoOpenRedirect() throws Exception {
		mvc.perform(post("/lang").with(user("admin").roles("SYSTEM_ADMIN")).with(csrf()).param("lang", "vi").param("back", "//evil.example"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void navigationShowsOnlyWhatTheRoleMayUse() throws Exception {
		mvc.perform(get("/").with(user("tiepnhan.doluong").roles("ONE_STOP_CLERK")))
			.andExpect(content().string(allOf(containsString("href=\"/organization/units\""), not(containsString("href=\"/audit\"")),
					not(containsString("href=\"/organization/officials\"")))));
		mvc.perform(get("/").with(user("admin").roles("SYSTEM_ADMIN")))
			.andExpect(content().string(allOf(containsString("href=\"/audit\""), containsString("href=\"/organization/officials\""))));
	}

	@Test
	void theServerRefusesWhatTheNavigationHides() throws Exception {
		mvc.perform(get("/audit").with(user("tiepnhan.doluong").roles("ONE_STOP_CLERK")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Bạn không có quyền thực hiện thao tác này.")));
	}

	@Test
	void anUnknownPageGetsAFriendlyErrorPage() throws Exception {
		mvc.perform(get("/organization/units/H41.99").with(user("admin").roles("SYSTEM_ADMIN")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Không tìm thấy đơn vị H41.99")))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void officialSearchRefreshesOnlyTheTableRowsThroughHtmx() throws Exception {
		mvc.perform(get("/organization/officials").param("q", "nguyen thi hoa").header("HX-Request", "true")
				.with(user("admin").roles("SYSTEM_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tiepnhan.doluong")))
			.andExpect(content().string(not(containsString("chutich.doluong"))))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/organization/officials").with(user("admin").roles("SYSTEM_ADMIN")))
			.andExpect(content().string(containsString("<html")));
	}

	@Test
	void aFormShowsEachMessageNextToItsField() throws Exception {
		mvc.perform(post("/organization/units").with(user("admin").roles("SYSTEM_ADMIN")).with(csrf())
				.param("code", "xx").param("name", "").param("level", "COMMUNE").param("parentCode", "H41"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"code-error\"")))
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
	}

	@Test
	void unitAdministratorsEditUnitsFromThePage() throws Exception {
		mvc.perform(get("/organization/units/H41.20").with(user("quantri.doluong").roles("UNIT_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"unit-edit\"")));
		mvc.perform(get("/organization/units/H41.20").with(user("tiepnhan.doluong").roles("ONE_STOP_CLERK")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"unit-edit\""))));
	}

	@Test
	void operationsEndpointsAnswerWithoutSignIn() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(content().string(containsString("UP")));
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
		mvc.perform(get("/actuator/info")).andExpect(status().isOk()).andExpect(content().string(containsString("MotCua")));
	}

	@Test
	void everyResponseCarriesACorrelationId() throws Exception {
		mvc.perform(get("/login").header("X-Correlation-Id", "abc-123")).andExpect(header().string("X-Correlation-Id", "abc-123"));
		mvc.perform(get("/login").header("X-Correlation-Id", "bad id\r\n"))
			.andExpect(header().string("X-Correlation-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}")));
	}

	@Test
	void anAdministratorRenamesADeskAndAStaleFormIsRefusedWithoutLosingTheOtherChange() throws Exception {
		mvc.perform(post("/organization/desks/H41.21.01.01").with(user("admin").roles("SYSTEM_ADMIN")).with(csrf())
				.param("name", "Bộ phận Một cửa huyện Tân Kỳ (cơ sở 1)").param("address", "Trụ sở UBND huyện Tân Kỳ")
				.param("active", "true").param("version", "0"))
			.andExpect(redirectedUrl("/organization/units/H41.21"));
		mvc.perform(post("/organization/desks/H41.21.01.01").with(user("admin").roles("SYSTEM_ADMIN")).with(csrf())
				.param("name", "Tên khác").param("address", "").param("active", "true").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dữ liệu đã được người khác thay đổi (phiên bản 1)")))
			.andExpect(content().string(containsString("Bộ phận Một cửa huyện Tân Kỳ (cơ sở 1)")));
	}

	@Test
	void anAgencyPageShowsItsEditFormToAdministratorsOnly() throws Exception {
		mvc.perform(get("/organization/agencies/H41.20.02").with(user("quantri.doluong").roles("UNIT_ADMIN")))
			.andExpect(content().string(containsString("id=\"agency-edit\"")));
		mvc.perform(get("/organization/agencies/H41.20.02").with(user("chuyenvien.doluong").roles("SPECIALIST")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"agency-edit\""))));
		mvc.perform(get("/organization/agencies/H41.21.02").with(user("chuyenvien.doluong").roles("SPECIALIST")))
			.andExpect(status().isNotFound());
	}
}
