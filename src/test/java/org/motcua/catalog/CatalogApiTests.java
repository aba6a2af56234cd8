package org.motcua.catalog;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CatalogApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalog catalog;

	String as(String username) {
		return Tokens.bearer(mvc, username);
	}

	ResultActions create(String user, String body) throws Exception {
		return mvc.perform(post("/api/v1/procedures").header("Authorization", as(user)).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	ResultActions update(String user, String code, String body) throws Exception {
		return mvc.perform(put("/api/v1/procedures/" + code).header("Authorization", as(user)).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	@Test
	void aChangeIsANewVersionAndTheOldOneStaysForDossiersReceivedBefore() throws Exception {
		String body = CatalogJson.procedure("T-VER-001", "Xác nhận thử nghiệm phiên bản", "COMMUNE", "H41.52", "5", "ACTIVE", "2025-07-01");
		create("cchc.nghean", body)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.versionNumber").value(1))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.name").value("Xác nhận thử nghiệm phiên bản"));
		update("cchc.nghean", "T-VER-001", CatalogJson.change(body.replace("\"amount\":5", "\"amount\":3"), "2026-01-01", 0))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.versionNumber").value(2))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.processingTime.amount").value(3))
			.andExpect(jsonPath("$.versions.length()").value(2));

		mvc.perform(get("/api/v1/procedures/T-VER-001").param("at", "2025-12-31").header("Authorization", as("tiepnhan.tanky")))
			.andExpect(jsonPath("$.versionNumber").value(1))
			.andExpect(jsonPath("$.processingTime.amount").value(5));
		mvc.perform(get("/api/v1/procedures/T-VER-001/versions/1").header("Authorization", as("tiepnhan.tanky")))
			.andExpect(jsonPath("$.processingTime.amount").value(5));

		ProcedureVersion atIntake = catalog.procedureVersion("T-VER-001", Instant.parse("2025-12-31T16:30:00Z")).orElseThrow();
		assertThat(atIntake.number()).as("23:30 on 31/12/2025 in Vietnam is still 2025").isEqualTo(1);
		assertThat(catalog.procedureVersion("T-VER-001", Instant.parse("2025-12-31T17:30:00Z")).orElseThrow().number()).isEqualTo(2);
		assertThat(catalog.procedureVersionById(atIntake.id()).orElseThrow().content().processingTime().amount()).isEqualByComparingTo("5");
		assertThat(catalog.procedureVersion("T-VER-001", LocalDate.of(2025, 6, 30))).isEmpty();
	}

	@Test
	void anUnchangedSubmissionCreatesNoVersionAndAStaleOneIsRefusedWithTheCurrentState() throws Exception {
		String body = CatalogJson.procedure("T-VER-002", "Xác nhận thử nghiệm khóa lạc quan", "COMMUNE", "H41.52", "5", "ACTIVE", "2025-07-01");
		create("cchc.nghean", body).andExpect(status().isCreated());
		update("cchc.nghean", "T-VER-002", CatalogJson.change(body, "2025-08-01", 0))
			.andExpect(status().isOk()).andExpect(jsonPath("$.versionNumber").value(1)).andExpect(jsonPath("$.version").value(0));
		update("cchc.nghean", "T-VER-002", CatalogJson.change(body.replace("khóa lạc quan", "khóa lạc quan mới"), "2025-08-01", 0))
			.andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
		update("cchc.nghean", "T-VER-002", CatalogJson.change(body.replace("khóa lạc quan", "khóa lạc quan cũ"), "2025-09-01", 0))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.current.current.content.name").value("Xác nhận thử nghiệm khóa lạc quan mới"));
		update("cchc.nghean", "T-VER-002", CatalogJson.change(body, "2025-07-15", 1))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"));
	}

	@Test
	void reportsEveryInvalidFieldAtOnce() throws Exception {
		String body = CatalogJson.procedure("x", "", "HAMLET", "H41.99", "-1", "ACTIVE", "2025-07-01")
			.replace("\"field\":\"Thử nghiệm\"", "\"field\":\"Thử nghiệm\",\"nationalCode\":\"1.23\"")
			.replace("\"originals\":1", "\"originals\":-1");
		create("cchc.nghean", body).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("code", "name", "nationalCode", "levels[0].level",
					"unitCodes", "processingTime.amount", "components[0].originals")));
		mvc.perform(get("/api/v1/procedures/X").header("Authorization", as("admin"))).andExpect(status().isNotFound());
	}

	@Test
	void onlyCatalogueEditorsChangeProceduresAndOnlyWithinTheirJurisdiction() throws Exception {
		String body = CatalogJson.procedure("T-ROLE-001", "Xác nhận thử nghiệm quyền", "COMMUNE", "H41.52", "5", "ACTIVE", "2025-07-01");
		create("tiepnhan.tanky", body).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		create("quantri.doluong", body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitCodes"));
		mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isUnauthorized());
		// a procedure applied in both former districts is the province's to change
		String shared = mvc.perform(get("/api/v1/procedures/H41-HT-001").header("Authorization", as("quantri.doluong")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		update("quantri.doluong", "H41-HT-001", shared.replace("\"version\":0", "\"version\":0,\"reason\":\"x\""))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(startsWith("Thủ tục được áp dụng tại đơn vị")));
	}

	@Test
	void anUnknownProcedureIsAProblemInTheCallersLanguage() throws Exception {
		mvc.perform(get("/api/v1/procedures/NOPE-404").header("Authorization", as("tiepnhan.doluong")).header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Procedure NOPE-404 was not found."));
	}

	@Test
	void searchIgnoresDiacriticsAndWordOrder() throws Exception {
		for (String q : new String[] { "khai sinh", "dang ky khai sinh", "ĐĂNG KÝ KHAI SINH", "sinh khai" }) {
			mvc.perform(get("/api/v1/procedures").param("q", q).param("size", "100").header("Authorization", as("tiepnhan.doluong")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items[*].name", hasItem("Đăng ký khai sinh")));
		}
		mvc.perform(get("/api/v1/procedures").param("q", "dang ky khai sinh").header("Authorization", as("tiepnhan.doluong")))
			.andExpect(jsonPath("$.items[0].name").value("Đăng ký khai sinh"));
	}

	@Test
	void filtersByLevelFieldUnitAndChannel() throws Exception {
		mvc.perform(get("/api/v1/procedures").param("level", "COMMUNE").param("unitCode", "H41.20").param("size", "1")
				.header("Authorization", as("tiepnhan.doluong")))
			.andExpect(jsonPath("$.total").value(110));
		mvc.perform(get("/api/v1/procedures").param("field", "ho tich").param("unitCode", "H41.21").param("size", "100")
				.header("Authorization", as("tiepnhan.doluong")))
			.andExpect(jsonPath("$.items[*].field", everyItem(org.hamcrest.Matchers.is("Hộ tịch"))))
			.andExpect(jsonPath("$.items[*].code", hasItem("H41-HT-001")));
		mvc.perform(get("/api/v1/procedures").param("unitCode", "H41.21").param("size", "500").header("Authorization", as("tiepnhan.doluong")))
			.andExpect(jsonPath("$.items[*].code", not(hasItem(startsWith("DL-")))));
		mvc.perform(get("/api/v1/procedures").param("channel", "ONLINE_FULL").param("size", "500").header("Authorization", as("tiepnhan.doluong")))
			.andExpect(jsonPath("$.items[*].channels", everyItem(hasItem("ONLINE_FULL"))));
		mvc.perform(get("/api/v1/procedures").param("channel", "FAX").header("Authorization", as("tiepnhan.doluong")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("channel"));
		mvc.perform(get("/api/v1/procedures").param("unitCode", "H41.99").header("Authorization", as("tiepnhan.doluong")))
			.andExpect(status().isNotFound());
	}

	@Test
	void competenceLevelsCarryTheirOwnDatesSoTheMoveFromDistrictToCommuneLevelIsData() throws Exception {
		String body = CatalogJson.procedure("T-LVL-001", "Xác nhận thử nghiệm chuyển cấp", "DISTRICT", "H41.21", "5", "ACTIVE", "2024-01-01")
			.replace("\"levels\":[{\"level\":\"DISTRICT\",\"validFrom\":\"2020-01-01\"}]",
					"\"levels\":[{\"level\":\"DISTRICT\",\"validFrom\":\"2020-01-01\",\"validTo\":\"2025-06-30\"},{\"level\":\"COMMUNE\",\"validFrom\":\"2025-07-01\"}]")
			.replace("\"unitCodes\":[\"H41.21\"]", "\"unitCodes\":[\"H41.21\",\"H41.52\"]");
		create("cchc.nghean", body).andExpect(status().isCreated());
		for (String[] c : new String[][] { { "DISTRICT", "2025-06-30", "1" }, { "DISTRICT", "2025-07-01", "0" }, { "COMMUNE", "2025-06-30", "0" },
				{ "COMMUNE", "2025-07-01", "1" } }) {
			mvc.perform(get("/api/v1/procedures").param("q", "T-LVL-001").param("level", c[0]).param("at", c[1])
					.header("Authorization", as("tiepnhan.tanky")))
				.andExpect(jsonPath("$.total").value(Integer.parseInt(c[2])));
		}
		assertThat(catalog.receivable("H41.52", "chuyen cap", 10)).extracting(ProcedureSummary::code).containsExactly("T-LVL-001");
		// the commune of today receives only the two-tier procedures (H41-X-…), never the former district's
		assertThat(catalog.receivable("H41.52", "khai sinh", 10)).extracting(ProcedureSummary::code)
			.isNotEmpty().allMatch(c -> c.startsWith("H41-X-")).doesNotContain("H41-HT-001");
		assertThat(catalog.receivable("H41.20.21", "khai sinh", 50)).extracting(ProcedureSummary::code).contains("H41-HT-001")
			.doesNotContain("H41-HT-024");
	}

	@Test
	void thePublicMirrorNeedsNoSignInAndShowsOnlyActiveProcedures() throws Exception {
		String body = CatalogJson.procedure("T-PUB-001", "Xác nhận thử nghiệm tạm dừng", "COMMUNE", "H41.52", "5", "SUSPENDED", "2025-07-01");
		create("cchc.nghean", body).andExpect(status().isCreated());
		mvc.perform(get("/api/v1/public/procedures").param("q", "thu nghiem tam dung"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/procedures").param("q", "thu nghiem tam dung").header("Authorization", as("tiepnhan.tanky")))
			.andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/api/v1/public/procedures/T-PUB-001")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/public/procedures").param("q", "khai sinh"))
			.andExpect(jsonPath("$.items[*].name", hasItem("Đăng ký khai sinh")));
		mvc.perform(get("/api/v1/public/procedures/H41-HT-001"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Đăng ký khai sinh"))
			.andExpect(jsonPath("$.components[0].code").value("TK"));
	}

	@Test
	void anInternalProcessMustFitTheLegalTimeWithParallelGroupsCountingTheirLongestBranch() throws Exception {
		create("cchc.nghean", CatalogJson.procedure("T-PROC-001", "Xác nhận thử nghiệm quy trình", "DISTRICT", "H41.21", "5", "ACTIVE", "2025-07-01"))
			.andExpect(status().isCreated());
		String steps = """
				{"version":0,"effectiveFrom":"2025-07-01","steps":[
				 {"name":"Tiếp nhận","agencyCode":"H41.21.01","role":"ONE_STOP_CLERK","allotment":0.5},
				 {"name":"Thẩm định","agencyCode":"H41.21.03","role":"SPECIALIST","allotment":%s,"parallelGroup":1,"lead":true},
				 {"name":"Nghĩa vụ tài chính","agencyCode":"H41.21.06","role":"SPECIALIST","allotment":2,"parallelGroup":1},
				 {"name":"Ký duyệt","role":"LEADER","allotment":1}]}""";
		mvc.perform(put("/api/v1/procedures/T-PROC-001/processes/H41.21").header("Authorization", as("cchc.nghean"))
				.contentType(MediaType.APPLICATION_JSON).content(steps.formatted("4")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("steps"))
			.andExpect(jsonPath("$.errors[0].message").value("Tổng thời gian các bước (5.5) vượt thời hạn giải quyết (5 ngày làm việc)."));
		mvc.perform(put("/api/v1/procedures/T-PROC-001/processes/H41.21").header("Authorization", as("cchc.nghean"))
				.contentType(MediaType.APPLICATION_JSON).content(steps.formatted("3.5")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.current.total").value(5))
			.andExpect(jsonPath("$.current.steps[2].agencyCode").value("H41.21.06"))
			.andExpect(jsonPath("$.current.steps[3].agencyCode").doesNotExist())
			.andExpect(jsonPath("$.version").value(0));
		mvc.perform(put("/api/v1/procedures/T-PROC-001/processes/H41.20").header("Authorization", as("cchc.nghean"))
				.contentType(MediaType.APPLICATION_JSON).content(steps.formatted("3.5")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitCode"));
		mvc.perform(put("/api/v1/procedures/T-PROC-001/processes/H41.21").header("Authorization", as("quantri.doluong"))
				.contentType(MediaType.APPLICATION_JSON).content(steps.formatted("3.5")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/procedures/T-PROC-001/processes").header("Authorization", as("tiepnhan.tanky")))
			.andExpect(jsonPath("$[0].unitCode").value("H41.21"))
			.andExpect(jsonPath("$[0].current.steps.length()").value(4));
		assertThat(catalog.processVersion("T-PROC-001", "H41.21", Instant.parse("2025-08-01T02:00:00Z")).orElseThrow().total())
			.isEqualByComparingTo("5");
	}
}
