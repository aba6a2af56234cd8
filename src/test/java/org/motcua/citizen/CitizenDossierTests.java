package org.motcua.citizen;

import java.util.UUID;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Online submission by citizens into the demo commune Đô Lương (H41.50), household-business registration. */
@IntegrationTest
class CitizenDossierTests {

	static final String COMMUNE = "H41.50";
	static final String HOUSEHOLD_BUSINESS = "H41-X-HKD-031";
	static final String CLERK = "tiepnhan.xadoluong";

	@Autowired
	MockMvc mvc;

	@Autowired
	CitizenAccounts accounts;

	private Cookie citizen(String name) throws Exception {
		String email = "nop" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
		accounts.verify(accounts.register(new CitizenAccounts.Registration(email, CitizenAccountTests.PASSWORD, name, "0912345678",
				"040090001234"), "http://localhost/cong-dan/xac-minh").verificationToken());
		return mvc.perform(formLogin("/cong-dan/dang-nhap").userParameter("email").user(email).password(CitizenAccountTests.PASSWORD))
			.andReturn().getResponse().getCookie("SESSION");
	}

	private ResultActions submit(Cookie session, String body) throws Exception {
		return mvc.perform(post("/api/v1/citizen/dossiers").cookie(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private static String body(String returnChannel) {
		return """
				{"procedureCode":"%s","receivingUnitCode":"%s","returnChannel":"%s","address":"Xóm 3, xã Đô Lương",
				 "components":["GDN","BB","DN","GCN"]}""".formatted(HOUSEHOLD_BUSINESS, COMMUNE, returnChannel);
	}

	private static DocumentContext json(ResultActions r) throws Exception {
		return JsonPath.parse(r.andReturn().getResponse().getContentAsString());
	}

	@Test
	void anOnlineSubmissionEntersTheDeskQueueAndTheClerkAcceptsIt() throws Exception {
		Cookie session = citizen("Trực Tuyến Thị Nộp");
		DocumentContext d = json(submit(session, body("POST"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.channel").value("ONLINE"))
			.andExpect(jsonPath("$.returnChannel").value("POST")));
		String code = d.read("$.code");

		String clerk = Tokens.bearer(mvc, CLERK);
		mvc.perform(get("/api/v1/dossiers").header("Authorization", clerk).param("status", "SUBMITTED").param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].code").value(hasItem(code)));
		DocumentContext official = json(mvc.perform(get("/api/v1/dossiers/{code}", code).header("Authorization", clerk))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.applicant.fullName").value("Trực Tuyến Thị Nộp"))
			.andExpect(jsonPath("$.applicant.citizenId").value("040090001234")));
		mvc.perform(post("/api/v1/dossiers/{code}/actions", code).header("Authorization", clerk).contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\":\"ACCEPT\",\"version\":%d}".formatted(official.read("$.version", Integer.class))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECEIVED"));

		DocumentContext mine = json(mvc.perform(get("/api/v1/citizen/dossiers/{code}", code).cookie(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECEIVED")));
		assertThat(mine.read("$.dueAt", String.class)).as("the appointment shows once the desk accepts").isNotNull();
		mvc.perform(get("/api/v1/citizen/dossiers").cookie(session))
			.andExpect(jsonPath("$[*].code").value(hasItem(code)));
	}

	@Test
	void aCitizenCannotSeeAnotherCitizensDossier() throws Exception {
		Cookie owner = citizen("Chủ Hồ Sơ");
		String code = json(submit(owner, body("ONLINE")).andExpect(status().isCreated())).read("$.code");
		Cookie other = citizen("Người Khác");
		mvc.perform(get("/api/v1/citizen/dossiers/{code}", code).cookie(other))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/api/v1/citizen/dossiers").cookie(other))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/v1/citizen/dossiers/{code}", "KHONG-CO-MA").cookie(other))
			.andExpect(status().isNotFound());
	}

	@Test
	void badSubmissionInputIsAProblemWithFieldErrors() throws Exception {
		Cookie session = citizen("Sai Dữ Liệu");
		submit(session, "{\"procedureCode\":\"\",\"receivingUnitCode\":\"\",\"returnChannel\":\"PIGEON\"}")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("returnChannel")));
		submit(session, "{\"procedureCode\":\"\",\"receivingUnitCode\":\"\",\"returnChannel\":\"COUNTER\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("procedureCode", "receivingUnitCode")));
		mvc.perform(post("/api/v1/citizen/dossiers").cookie(session).contentType(MediaType.APPLICATION_JSON).content(body("POST")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aCitizenAnswersACompletionRequestOnlineAndTheDossierGoesBackToTheDesk() throws Exception {
		Cookie session = citizen("Bổ Sung Thị Hồ Sơ");
		String code = json(submit(session, body("COUNTER")).andExpect(status().isCreated())).read("$.code");
		String clerk = Tokens.bearer(mvc, CLERK);
		int version = json(mvc.perform(get("/api/v1/dossiers/{code}", code).header("Authorization", clerk))).read("$.version", Integer.class);
		mvc.perform(post("/api/v1/dossiers/{code}/actions", code).header("Authorization", clerk).contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\":\"REQUEST_COMPLETION\",\"version\":%d,\"missingItems\":[\"Bản sao hợp đồng thuê nhà\",\"Ảnh mặt tiền\"]}"
					.formatted(version)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETION_REQUESTED"));

		DocumentContext request = json(mvc.perform(get("/api/v1/citizen/dossiers/{code}/completion", code).cookie(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETION_REQUESTED"))
			.andExpect(jsonPath("$.missingItems").value(org.hamcrest.Matchers.contains("Bản sao hợp đồng thuê nhà", "Ảnh mặt tiền"))));
		Cookie other = citizen("Người Ngoài");
		mvc.perform(post("/api/v1/citizen/dossiers/{code}/completion", code).cookie(other).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":%d,\"supplied\":[\"x\"]}".formatted(request.read("$.version", Integer.class))))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/citizen/dossiers/{code}/completion", code).cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":%d,\"supplied\":[]}".formatted(request.read("$.version", Integer.class))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("supplied")));
		mvc.perform(post("/api/v1/citizen/dossiers/{code}/completion", code).cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":%d,\"supplied\":[\"Bản sao hợp đồng thuê nhà\",\"Ảnh mặt tiền\"]}".formatted(request.read("$.version", Integer.class))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));

		mvc.perform(get("/api/v1/dossiers").header("Authorization", clerk).param("status", "SUBMITTED").param("size", "200"))
			.andExpect(jsonPath("$.items[*].code").value(hasItem(code)));
		mvc.perform(get("/api/v1/dossiers/{code}/history", code).header("Authorization", clerk))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].action").value(hasItem("RESUBMIT")));
		mvc.perform(post("/api/v1/citizen/dossiers/{code}/completion", code).cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":%d,\"supplied\":[\"again\"]}".formatted(request.read("$.version", Integer.class))))
			.andExpect(status().isConflict());
	}
}
