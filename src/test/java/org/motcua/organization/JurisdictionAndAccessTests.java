package org.motcua.organization;

import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class JurisdictionAndAccessTests {

	@Autowired
	MockMvc mvc;

	@Test
	void apiWithoutATokenAnswers401AsProblemDetails() throws Exception {
		mvc.perform(get("/api/v1/units"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.detail").value("Cần đăng nhập hoặc mã truy cập hợp lệ."));
	}

	@Test
	void anUnknownTokenAnswers401() throws Exception {
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer not-a-real-token")).andExpect(status().isUnauthorized());
	}

	@Test
	void problemsSpeakTheLanguageOfTheRequest() throws Exception {
		mvc.perform(get("/api/v1/units").header("Accept-Language", "en-US,en;q=0.9"))
			.andExpect(jsonPath("$.detail").value("Sign in or send a valid access token."));
		mvc.perform(get("/api/v1/units").header("Accept-Language", "th"))
			.andExpect(jsonPath("$.title").value("ยังไม่ได้เข้าสู่ระบบ"));
	}

	@Test
	void aClerkMayNotChangeTheOrganisation() throws Exception {
		mvc.perform(post("/api/v1/units").header("Authorization", Tokens.bearer(mvc, "tiepnhan.doluong"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"H41.20.90\",\"name\":\"Xã thử\",\"level\":\"COMMUNE\",\"parentCode\":\"H41.20\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void auditIsForSystemAdministratorsOnly() throws Exception {
		mvc.perform(get("/api/v1/audit/verify").header("Authorization", Tokens.bearer(mvc, "chutich.doluong")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/api/v1/audit/verify").header("Authorization", Tokens.bearer(mvc, "admin")))
			.andExpect(status().isOk());
	}

	@Test
	void aDistrictOfficialSeesOnlyTheirDistrictSubtree() throws Exception {
		String clerk = Tokens.bearer(mvc, "tiepnhan.doluong");
		mvc.perform(get("/api/v1/units").header("Authorization", clerk))
			.andExpect(jsonPath("$.items[*].code").value(containsInAnyOrder("H41.20")));
		mvc.perform(get("/api/v1/units").param("parent", "H41.20").header("Authorization", clerk))
			.andExpect(jsonPath("$.items[*].code").value(hasItems("H41.20.21", "H41.20.22")))
			.andExpect(jsonPath("$.items[*].code").value(not(hasItem("H41.21.21"))));
	}

	@Test
	void whatLiesOutsideTheJurisdictionLooksLikeItDoesNotExist() throws Exception {
		String clerk = Tokens.bearer(mvc, "tiepnhan.doluong");
		mvc.perform(get("/api/v1/units/H41.21").header("Authorization", clerk))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/api/v1/units").param("parent", "H41").header("Authorization", clerk))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/units/H41.99").header("Authorization", clerk))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/officials/chutich.tanky").header("Authorization", clerk))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/officials").header("Authorization", clerk))
			.andExpect(jsonPath("$.items[*].username").value(not(hasItem("tiepnhan.tanky"))))
			.andExpect(jsonPath("$.items[*].username").value(hasItem("tiepnhan.xa.doluong")));
	}

	@Test
	void aCommuneOfficialDoesNotSeeTheDistrictAbove() throws Exception {
		String communeClerk = Tokens.bearer(mvc, "tiepnhan.xa.doluong");
		mvc.perform(get("/api/v1/units/H41.20.21").header("Authorization", communeClerk)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/units/H41.20").header("Authorization", communeClerk)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/units/H41.20.22").header("Authorization", communeClerk)).andExpect(status().isNotFound());
	}

	@Test
	void provinceOfficialsSeeTheWholeProvinceIncludingHistory() throws Exception {
		mvc.perform(get("/api/v1/units").param("parent", "H41").header("Authorization", Tokens.bearer(mvc, "kiemtra.nghean")))
			.andExpect(jsonPath("$.items[*].code").value(hasItems("H41.20", "H41.21", "H41.50", "H41.52")));
	}

	@Test
	void theReorganisationOf2025IsRepresentedWithValidityAndSuccessors() throws Exception {
		String admin = Tokens.bearer(mvc, "admin");
		mvc.perform(get("/api/v1/units/H41.20").header("Authorization", admin))
			.andExpect(jsonPath("$.level").value("DISTRICT"))
			.andExpect(jsonPath("$.validTo").value("2025-06-30"));
		mvc.perform(get("/api/v1/units/H41.20.22").header("Authorization", admin))
			.andExpect(jsonPath("$.parentCode").value("H41.20"))
			.andExpect(jsonPath("$.validTo").value("2025-06-30"))
			.andExpect(jsonPath("$.successorCode").value("H41.50"));
		mvc.perform(get("/api/v1/units").param("parent", "H41").param("at", "2026-01-01").header("Authorization", admin))
			.andExpect(jsonPath("$.items[*].code").value(not(hasItem("H41.20"))))
			.andExpect(jsonPath("$.items[*].code").value(hasItems("H41.50", "H41.51", "H41.52", "H41.53")));
		mvc.perform(get("/api/v1/units").param("parent", "H41").param("at", "2025-06-30").header("Authorization", admin))
			.andExpect(jsonPath("$.items[*].code").value(containsInAnyOrder("H41.20", "H41.21")));
	}

	@Test
	void aPostReformCommuneInheritsTheHistoryOfTheCommunesItSucceeds() throws Exception {
		mvc.perform(post("/api/v1/officials").header("Authorization", Tokens.bearer(mvc, "admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username":"tiepnhan.xa.moi","fullName":"Lê Thị Mai","unitCode":"H41.50","roles":["ONE_STOP_CLERK"]}"""))
			.andExpect(status().isCreated());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/officials/tiepnhan.xa.moi/password")
				.header("Authorization", Tokens.bearer(mvc, "admin")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"password\":\"Xa#Moi2026\"}"))
			.andExpect(status().isNoContent());
		// the forced change is done directly here: the token endpoint refuses until then
		org.springframework.test.web.servlet.MvcResult login = mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
				.formLogin("/login").user("tiepnhan.xa.moi").password("Xa#Moi2026")).andReturn();
		mvc.perform(post("/account/password").cookie(login.getResponse().getCookie("SESSION"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("currentPassword", "Xa#Moi2026").param("newPassword", "Xa#Moi2027").param("confirmation", "Xa#Moi2027"));
		String token = "Bearer " + Tokens.issue(mvc, "tiepnhan.xa.moi", "Xa#Moi2027");
		mvc.perform(get("/api/v1/units/H41.20.22").header("Authorization", token)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/units/H41.20.24").header("Authorization", token)).andExpect(status().isNotFound());
	}

	@Test
	void anExplicitGrantExtendsAJurisdiction() throws Exception {
		String specialist = Tokens.bearer(mvc, "chuyenvien.tanky");
		mvc.perform(get("/api/v1/units/H41.20.25").header("Authorization", specialist)).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/officials/chuyenvien.tanky/grants").header("Authorization", Tokens.bearer(mvc, "admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitCode\":\"H41.20.25\",\"reason\":\"Hỗ trợ thẩm định hồ sơ tồn đọng\"}"))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/units/H41.20.25").header("Authorization", specialist)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/units/H41.20.24").header("Authorization", specialist)).andExpect(status().isNotFound());
	}

	@Test
	void aUnitAdministratorManagesOnlyTheirSubtreeAndCannotMintSystemAdministrators() throws Exception {
		String unitAdmin = Tokens.bearer(mvc, "quantri.doluong");
		mvc.perform(post("/api/v1/officials").header("Authorization", unitAdmin).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username":"ke.toan","fullName":"Kế Toán","unitCode":"H41.21","roles":["SPECIALIST"]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitCode"));
		mvc.perform(post("/api/v1/officials").header("Authorization", unitAdmin).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username":"sieu.quantri","fullName":"Siêu Quản Trị","unitCode":"H41.20","roles":["SYSTEM_ADMIN"]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("roles"));
		mvc.perform(post("/api/v1/officials").header("Authorization", unitAdmin).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username":"van.thu.doluong","fullName":"Văn Thư","unitCode":"H41.20","agencyCode":"H41.20.01","roles":["SPECIALIST"]}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.agencyCode").value("H41.20.01"));
	}
}
