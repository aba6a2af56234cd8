package org.motcua.citizen;

import com.jayway.jsonpath.DocumentContext;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The citizen's dossier pages (list, detail, completion) and drafts (page and API). */
@IntegrationTest
class CitizenDossierPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CitizenAccounts accounts;

	private CitizenSubmissionPagesTests support() {
		CitizenSubmissionPagesTests t = new CitizenSubmissionPagesTests();
		t.mvc = mvc;
		t.accounts = accounts;
		return t;
	}

	@Test
	void theDossierPagesShowStatusTimelineAndAppointmentOnceTheDeskAccepts() throws Exception {
		CitizenSubmissionPagesTests t = support();
		Cookie session = t.citizen("Theo Dõi Hồ Sơ");
		String code = CitizenSubmissionPagesTests.codeOf(mvc.perform(t.form(session)).andExpect(status().is3xxRedirection()));
		mvc.perform(get("/cong-dan/ho-so").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(code)));
		String clerk = Tokens.bearer(mvc, CitizenSubmissionPagesTests.CLERK);
		int version = CitizenSubmissionPagesTests.json(mvc.perform(get("/api/v1/dossiers/{code}", code).header("Authorization", clerk)))
			.read("$.version", Integer.class);
		mvc.perform(post("/api/v1/dossiers/{code}/actions", code).header("Authorization", clerk).contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\":\"ACCEPT\",\"version\":%d}".formatted(version)))
			.andExpect(status().isOk());
		mvc.perform(get("/cong-dan/ho-so/{code}", code).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"dossier-due\"")))
			.andExpect(content().string(containsString("Đã tiếp nhận")))
			.andExpect(content().string(not(containsString(CitizenSubmissionPagesTests.CLERK))));
		Cookie other = t.citizen("Người Khác Xem");
		mvc.perform(get("/cong-dan/ho-so/{code}", code).cookie(other)).andExpect(status().isNotFound());
	}

	@Test
	void theCompletionPageShowsTheRequestTakesTheMissingFileAndResubmits() throws Exception {
		CitizenSubmissionPagesTests t = support();
		Cookie session = t.citizen("Bổ Sung Qua Trang");
		String code = CitizenSubmissionPagesTests.codeOf(mvc.perform(t.form(session)).andExpect(status().is3xxRedirection()));
		String clerk = Tokens.bearer(mvc, CitizenSubmissionPagesTests.CLERK);
		int version = CitizenSubmissionPagesTests.json(mvc.perform(get("/api/v1/dossiers/{code}", code).header("Authorization", clerk)))
			.read("$.version", Integer.class);
		mvc.perform(post("/api/v1/dossiers/{code}/actions", code).header("Authorization", clerk).contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\":\"REQUEST_COMPLETION\",\"version\":%d,\"missingItems\":[\"Bản sao giấy tờ nhà\"]}".formatted(version)))
			.andExpect(status().isOk());
		mvc.perform(get("/cong-dan/ho-so/{code}", code).cookie(session))
			.andExpect(content().string(containsString("id=\"completion-link\"")));
		String html = mvc.perform(get("/cong-dan/ho-so/{code}/bo-sung", code).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bản sao giấy tờ nhà")))
			.andReturn().getResponse().getContentAsString();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
		assertThat(m.find()).isTrue();

		mvc.perform(multipart("/cong-dan/ho-so/{code}/bo-sung", code).file(new MockMultipartFile("file_GDN", "nha.pdf", "application/pdf",
				CitizenSubmissionPagesTests.PNG)).param("version", m.group(1)).param("supplied", "Giấy tờ nhà").cookie(session).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Giấy tờ nhà")));
		mvc.perform(get("/api/v1/citizen/dossiers/{code}", code).cookie(session)).andExpect(jsonPath("$.status").value("COMPLETION_REQUESTED"));

		mvc.perform(multipart("/cong-dan/ho-so/{code}/bo-sung", code).file(new MockMultipartFile("file_GDN", "nha.pdf", "application/pdf",
				CitizenSubmissionPagesTests.PDF)).param("version", m.group(1)).param("supplied", "Giấy tờ nhà").cookie(session).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/citizen/dossiers/{code}", code).cookie(session)).andExpect(jsonPath("$.status").value("SUBMITTED"));
		mvc.perform(get("/api/v1/dossiers/{code}/files", code).header("Authorization", clerk))
			.andExpect(jsonPath("$.components[?(@.code == 'GDN')].files[0].fileName").value(hasItem("nha.pdf")));
	}

	@Test
	void aDraftSavedFromThePageIsNotSeenByTheDeskAndIsSubmittedLater() throws Exception {
		CitizenSubmissionPagesTests t = support();
		Cookie session = t.citizen("Lưu Nháp Thị");
		String location = mvc.perform(t.form(session).param("returnChannel", "").param("draft", "1"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/cong-dan/ho-so?draftSaved=");
		long id = Long.parseLong(location.substring(location.indexOf('=') + 1));
		mvc.perform(get("/api/v1/citizen/dossiers").cookie(session)).andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/cong-dan/ho-so").cookie(session))
			.andExpect(content().string(containsString("draft=" + id)));
		mvc.perform(get("/cong-dan/nop-ho-so/{code}", CitizenSubmissionPagesTests.PROCEDURE).param("draft", String.valueOf(id)).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"X&oacute;m 5, x&atilde; Đ&ocirc; Lương\"")));
		Cookie other = t.citizen("Không Xem Được Nháp");
		mvc.perform(get("/api/v1/citizen/drafts/{id}", id).cookie(other)).andExpect(status().isNotFound());

		DocumentContext draft = CitizenSubmissionPagesTests.json(mvc.perform(get("/api/v1/citizen/drafts/{id}", id).cookie(session))
			.andExpect(status().isOk()));
		int version = draft.read("$.version", Integer.class);
		mvc.perform(put("/api/v1/citizen/drafts/{id}", id).cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":%d,\"receivingUnitCode\":\"%s\",\"returnChannel\":\"ONLINE\",\"components\":[\"GDN\"]}"
					.formatted(version, CitizenSubmissionPagesTests.COMMUNE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(version + 1));
		mvc.perform(put("/api/v1/citizen/drafts/{id}", id).cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":%d,\"returnChannel\":\"POST\"}".formatted(version)))
			.andExpect(status().isConflict());
		String code = CitizenSubmissionPagesTests.json(mvc.perform(post("/api/v1/citizen/drafts/{id}/submit", id).cookie(session).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.returnChannel").value("ONLINE"))).read("$.code");
		mvc.perform(get("/api/v1/citizen/drafts").cookie(session)).andExpect(jsonPath("$.length()").value(0));
		String clerk = Tokens.bearer(mvc, CitizenSubmissionPagesTests.CLERK);
		mvc.perform(get("/api/v1/dossiers").header("Authorization", clerk).param("status", "SUBMITTED").param("size", "200"))
			.andExpect(jsonPath("$.items[*].code").value(hasItem(code)));
	}

	@Test
	void aDraftCanBeDeleted() throws Exception {
		CitizenSubmissionPagesTests t = support();
		Cookie session = t.citizen("Xóa Nháp");
		long id = CitizenSubmissionPagesTests.json(mvc.perform(post("/api/v1/citizen/drafts").cookie(session).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"procedureCode\":\"%s\"}".formatted(CitizenSubmissionPagesTests.PROCEDURE)))
			.andExpect(status().isCreated())).read("$.id", Long.class);
		mvc.perform(delete("/api/v1/citizen/drafts/{id}", id).cookie(session).with(csrf())).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/citizen/drafts/{id}", id).cookie(session)).andExpect(status().isNotFound());
	}
}
