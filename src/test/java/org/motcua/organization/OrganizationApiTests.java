package org.motcua.organization;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OrganizationApiTests {

	@Autowired
	MockMvc mvc;

	String admin() {
		return Tokens.bearer(mvc, "admin");
	}

	@Test
	void createsAUnitUnderItsParentAndAuditsIt() throws Exception {
		mvc.perform(post("/api/v1/units").header("Authorization", admin()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code":"h41.60","name":"Xã Thử Nghiệm","level":"COMMUNE","parentCode":"H41","validFrom":"2025-07-01"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value("H41.60"))
			.andExpect(jsonPath("$.parentCode").value("H41"))
			.andExpect(jsonPath("$.validTo").doesNotExist());
		mvc.perform(get("/api/v1/audit").param("action", "UNIT_CREATED").param("target", "H41.60").header("Authorization", admin()))
			.andExpect(jsonPath("$.items[0].targetId").value("H41.60"))
			.andExpect(jsonPath("$.items[0].actor").value("admin"));
	}

	@Test
	void reportsEveryInvalidFieldAtOnceAndCreatesNothing() throws Exception {
		mvc.perform(post("/api/v1/units").header("Authorization", admin()).header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code":"41-xx","name":"","level":"HAMLET","parentCode":"H41"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(3)))
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("code", "name", "level")))
			.andExpect(jsonPath("$.errors[?(@.field=='code')].message").value(hasItem(org.hamcrest.Matchers.startsWith("Not a valid electronic ID"))));
		mvc.perform(get("/api/v1/units/41-XX").header("Authorization", admin())).andExpect(status().isNotFound());
	}

	@Test
	void malformedJsonIsAClearProblem() throws Exception {
		mvc.perform(post("/api/v1/units").header("Authorization", admin()).contentType(MediaType.APPLICATION_JSON).content("{\"code\":"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Nội dung yêu cầu không đọc được (JSON không hợp lệ hoặc sai kiểu dữ liệu)."));
		mvc.perform(get("/api/v1/units").param("at", "31/12/2025").header("Authorization", admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("at"));
	}

	@Test
	void aStaleVersionIsRefusedWith409AndTheCurrentState() throws Exception {
		mvc.perform(post("/api/v1/units").header("Authorization", admin()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code":"H41.61","name":"Xã Đồng Thời","level":"COMMUNE","parentCode":"H41","validFrom":"2025-07-01"}"""))
			.andExpect(status().isCreated());
		String change = """
				{"name":"%s","parentCode":"H41","validFrom":"2025-07-01","version":0}""";
		mvc.perform(put("/api/v1/units/H41.61").header("Authorization", admin()).contentType(MediaType.APPLICATION_JSON)
				.content(change.formatted("Xã Đồng Thời Một")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(put("/api/v1/units/H41.61").header("Authorization", admin()).contentType(MediaType.APPLICATION_JSON)
				.content(change.formatted("Xã Đồng Thời Hai")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.current.name").value("Xã Đồng Thời Một"))
			.andExpect(jsonPath("$.current.version").value(1));
	}

	@Test
	void closingAUnitNamesItsSuccessor() throws Exception {
		mvc.perform(post("/api/v1/units").header("Authorization", admin()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code":"H41.20.40","name":"Xã Sẽ Sáp Nhập","level":"COMMUNE","parentCode":"H41.20","validFrom":"2000-01-01"}"""))
			.andExpect(status().isCreated());
		mvc.perform(put("/api/v1/units/H41.20.40").header("Authorization", admin()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"Xã Sẽ Sáp Nhập","parentCode":"H41.20","validFrom":"2000-01-01","successorCode":"H41.51","version":0}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validTo"));
		mvc.perform(put("/api/v1/units/H41.20.40").header("Authorization", admin()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"Xã Sẽ Sáp Nhập","parentCode":"H41.20","validFrom":"2000-01-01","validTo":"2025-06-30","successorCode":"H41.51","version":0}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.successorCode").value("H41.51"));
	}

	@Test
	void refusesAParentThatWouldMakeACycle() throws Exception {
		mvc.perform(put("/api/v1/units/H41.20").header("Authorization", admin()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"Huyện Đô Lương","parentCode":"H41.20.21","validFrom":"2000-01-01","validTo":"2025-06-30","version":999}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("parentCode"));
	}

	@Test
	void findsAnAgencyByItsLegacyRightToLeftCode() throws Exception {
		mvc.perform(get("/api/v1/agencies/000.01.20.H41").header("Authorization", admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("H41.20.01"));
		mvc.perform(post("/api/v1/units/H41.20/agencies").header("Authorization", admin()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code":"000.00.07.H41","name":"Phòng Văn hóa"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
	}

	@Test
	void deskListsItsCounters() throws Exception {
		mvc.perform(get("/api/v1/units/H41.20/desks").header("Authorization", Tokens.bearer(mvc, "tiepnhan.doluong")))
			.andExpect(jsonPath("$[0].code").value("H41.20.01.01"))
			.andExpect(jsonPath("$[0].counters", hasSize(4)));
		mvc.perform(post("/api/v1/desks/H41.52.01.01/counters").header("Authorization", admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"number\":1,\"label\":\"Trùng số\"}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void reassigningAnOfficialKeepsTheAssignmentHistory() throws Exception {
		mvc.perform(post("/api/v1/officials").header("Authorization", admin()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username":"dieu.dong","fullName":"Điều Động","position":"Chuyên viên","unitCode":"H41.20","roles":["SPECIALIST"]}"""))
			.andExpect(status().isCreated());
		String body = mvc.perform(get("/api/v1/officials/dieu.dong").header("Authorization", admin()))
			.andReturn().getResponse().getContentAsString();
		int version = JsonPath.read(body, "$.version");
		mvc.perform(put("/api/v1/officials/dieu.dong").header("Authorization", admin()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"fullName":"Điều Động","position":"Phó Chủ tịch","unitCode":"H41.52","roles":["LEADER"],"version":%d}"""
					.formatted(version)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unitCode").value("H41.52"))
			.andExpect(jsonPath("$.roles[0]").value("LEADER"));
		mvc.perform(get("/api/v1/officials/dieu.dong/assignments").header("Authorization", admin()))
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].unitCode").value("H41.52"))
			.andExpect(jsonPath("$[0].validTo").doesNotExist())
			.andExpect(jsonPath("$[1].unitCode").value("H41.20"))
			.andExpect(jsonPath("$[1].validTo").value(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString()));
		mvc.perform(put("/api/v1/officials/dieu.dong").header("Authorization", admin()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"fullName":"Điều Động","position":"Chủ tịch","unitCode":"H41.52","roles":["LEADER"],"effectiveFrom":"2020-01-01","version":%d}"""
					.formatted(version + 1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"));
	}

	@Test
	void anUnknownApiPathIsA404Problem() throws Exception {
		mvc.perform(get("/api/v1/no-such-thing").header("Authorization", admin()))
			.andExpect(status().isNotFound())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentTypeCompatibleWith("application/problem+json"));
	}
}
