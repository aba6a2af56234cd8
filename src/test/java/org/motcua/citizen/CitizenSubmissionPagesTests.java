package org.motcua.citizen;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The online submission page, component files (upload and reuse) and the citizen's file API. */
@IntegrationTest
class CitizenSubmissionPagesTests {

	static final String COMMUNE = CitizenDossierTests.COMMUNE;
	static final String PROCEDURE = CitizenDossierTests.HOUSEHOLD_BUSINESS;
	static final String CLERK = CitizenDossierTests.CLERK;
	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1,
			8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89 };

	@Autowired
	MockMvc mvc;

	@Autowired
	CitizenAccounts accounts;

	@Autowired(required = false)
	org.motcua.catalog.Catalog catalog;

	Cookie citizen(String name) throws Exception {
		String email = "trang" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
		accounts.verify(accounts.register(new CitizenAccounts.Registration(email, CitizenAccountTests.PASSWORD, name, "0912345678",
				"040090005678"), "http://localhost/cong-dan/xac-minh").verificationToken());
		return mvc.perform(formLogin("/cong-dan/dang-nhap").userParameter("email").user(email).password(CitizenAccountTests.PASSWORD))
			.andReturn().getResponse().getCookie("SESSION");
	}

	MockMultipartHttpServletRequestBuilder form(Cookie session) {
		MockMultipartHttpServletRequestBuilder b = multipart("/cong-dan/nop-ho-so/{code}", PROCEDURE);
		b.cookie(session).with(csrf()).param("receivingUnitCode", COMMUNE).param("returnChannel", "POST")
			.param("address", "Xóm 5, xã Đô Lương").param("components", "GDN", "BB");
		return b;
	}

	static String codeOf(ResultActions r) {
		String location = r.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/cong-dan/ho-so/");
		return location.substring("/cong-dan/ho-so/".length(), location.indexOf('?'));
	}

	static DocumentContext json(ResultActions r) throws Exception {
		return JsonPath.parse(r.andReturn().getResponse().getContentAsString());
	}

	@Test
	void thePublicProcedurePageLeadsToTheOnlineFormPrefilledFromTheProfile() throws Exception {
		mvc.perform(get("/public/procedures/{code}", PROCEDURE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/cong-dan/nop-ho-so/" + PROCEDURE)));
		Cookie session = citizen("Điền Sẵn Thị Hồ Sơ");
		mvc.perform(get("/cong-dan/nop-ho-so/{code}", PROCEDURE).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Điền Sẵn Thị Hồ Sơ")))
			.andExpect(content().string(containsString("040090005678")))
			.andExpect(content().string(containsString("name=\"file_GDN\"")));
		mvc.perform(get("/cong-dan/nop-ho-so/{code}", PROCEDURE)).andExpect(status().is3xxRedirection());
	}

	@Test
	void aSubmissionWithFilesLandsInTheDeskQueueWithItsComponentsDigitized() throws Exception {
		Cookie session = citizen("Nộp Kèm Tệp");
		String code = codeOf(mvc.perform(form(session).file(new MockMultipartFile("file_GDN", "giay-de-nghi.pdf", "application/pdf", PDF)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/cong-dan/ho-so/*?submitted")));

		String clerk = Tokens.bearer(mvc, CLERK);
		mvc.perform(get("/api/v1/dossiers").header("Authorization", clerk).param("status", "SUBMITTED").param("size", "200"))
			.andExpect(jsonPath("$.items[*].code").value(hasItem(code)));
		DocumentContext files = json(mvc.perform(get("/api/v1/dossiers/{code}/files", code).header("Authorization", clerk))
			.andExpect(status().isOk()));
		assertThat(files.read("$.components[?(@.code == 'GDN')].files[0].fileName", java.util.List.class)).containsExactly("giay-de-nghi.pdf");
		assertThat(files.read("$.components[?(@.code == 'GDN')].files[0].uploadedBy", java.util.List.class).get(0).toString()).startsWith("citizen:");
		assertThat(files.read("$.components[?(@.code == 'GDN')].files[0].sha256", java.util.List.class).get(0).toString()).hasSize(64);
		mvc.perform(get("/cong-dan/ho-so/{code}", code).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("giay-de-nghi.pdf")));
	}

	@Test
	void aDisguisedFileIsRefusedNextToItsComponentAndNothingIsSubmitted() throws Exception {
		Cookie session = citizen("Tệp Giả Danh");
		mvc.perform(form(session).file(new MockMultipartFile("file_GDN", "giay-de-nghi.pdf", "application/pdf", PNG)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"file-GDN-error\"")))
			.andExpect(content().string(containsString("value=\"X&oacute;m 5, x&atilde; Đ&ocirc; Lương\"")));
		mvc.perform(get("/api/v1/citizen/dossiers").cookie(session))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void aMissingReturnChannelIsShownNextToTheFieldWithTheValuesKept() throws Exception {
		Cookie session = citizen("Thiếu Cách Nhận");
		mvc.perform(form(session).param("returnChannel", "").param("representativeName", "Nguyen Van Uy Quyen"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("returnChannel-error")))
			.andExpect(content().string(containsString("Nguyen Van Uy Quyen")));
	}

	@Test
	void aPaperDigitizedForAnEarlierDossierIsOfferedAndReused() throws Exception {
		Cookie session = citizen("Dùng Lại Giấy Tờ");
		codeOf(mvc.perform(form(session).file(new MockMultipartFile("file_BB", "bien-ban.pdf", "application/pdf", PDF)))
			.andExpect(status().is3xxRedirection()));
		String html = mvc.perform(get("/cong-dan/nop-ho-so/{code}", PROCEDURE).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"reuse_BB\"")))
			.andReturn().getResponse().getContentAsString();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"reuse_BB\"[^>]*>\\s*<option value=\"\"[^<]*</option>\\s*<option value=\"([0-9a-f-]{36})\"")
			.matcher(html);
		assertThat(m.find()).isTrue();
		String second = codeOf(mvc.perform(form(session).param("reuse_BB", m.group(1))).andExpect(status().is3xxRedirection()));
		String clerk = Tokens.bearer(mvc, CLERK);
		mvc.perform(get("/api/v1/dossiers/{code}/files", second).header("Authorization", clerk))
			.andExpect(jsonPath("$.reused").value(true));

		Cookie other = citizen("Không Phải Chủ");
		mvc.perform(form(other).param("reuse_BB", m.group(1)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"file-BB-error\"")));
	}

	@Test
	void theFilesApiTakesAComponentFileForTheCitizensOwnOpenDossierOnly() throws Exception {
		Cookie session = citizen("Tải Tệp Qua API");
		String code = json(mvc.perform(post("/api/v1/citizen/dossiers").cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"procedureCode\":\"%s\",\"receivingUnitCode\":\"%s\",\"returnChannel\":\"ONLINE\",\"components\":[\"GDN\"]}"
					.formatted(PROCEDURE, COMMUNE))).andExpect(status().isCreated())).read("$.code");
		mvc.perform(multipart("/api/v1/citizen/dossiers/{code}/files", code).file(new MockMultipartFile("file", "don.pdf", "application/pdf", PDF))
				.param("componentCode", "GDN").cookie(session).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("application/pdf"))
			.andExpect(jsonPath("$.sha256").isString());
		mvc.perform(multipart("/api/v1/citizen/dossiers/{code}/files", code).file(new MockMultipartFile("file", "anh.pdf", "application/pdf", PNG))
				.param("componentCode", "GDN").cookie(session).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("file")));
		Cookie other = citizen("Người Lạ");
		mvc.perform(multipart("/api/v1/citizen/dossiers/{code}/files", code).file(new MockMultipartFile("file", "don.pdf", "application/pdf", PDF))
				.param("componentCode", "GDN").cookie(other).with(csrf()))
			.andExpect(status().isNotFound());

		String clerk = Tokens.bearer(mvc, CLERK);
		int version = json(mvc.perform(get("/api/v1/dossiers/{code}", code).header("Authorization", clerk))).read("$.version", Integer.class);
		mvc.perform(post("/api/v1/dossiers/{code}/actions", code).header("Authorization", clerk).contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\":\"ACCEPT\",\"version\":%d}".formatted(version)))
			.andExpect(status().isOk());
		mvc.perform(multipart("/api/v1/citizen/dossiers/{code}/files", code).file(new MockMultipartFile("file", "muon.pdf", "application/pdf", PDF))
				.param("componentCode", "GDN").cookie(session).with(csrf()))
			.andExpect(status().isConflict());
	}

	@Test
	void theCitizenDownloadsTheElectronicResultOfTheirOwnDossierOnly() throws Exception {
		Cookie session = citizen("Nhận Kết Quả");
		String code = codeOf(mvc.perform(form(session)).andExpect(status().is3xxRedirection()));
		String clerk = Tokens.bearer(mvc, CLERK);
		DocumentContext result = json(mvc.perform(multipart("/api/v1/dossiers/{code}/files", code)
				.file(new MockMultipartFile("file", "ket-qua.png", "image/png", PNG)).param("purpose", "RESULT").header("Authorization", clerk))
			.andExpect(status().isCreated()));
		String id = result.read("$.id");
		mvc.perform(get("/cong-dan/ho-so/{code}", code).cookie(session))
			.andExpect(content().string(containsString("/cong-dan/ho-so/" + code + "/tep/" + id)));
		mvc.perform(get("/cong-dan/ho-so/{code}/tep/{id}", code, id).cookie(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(content().bytes(PNG));
		Cookie other = citizen("Người Tò Mò");
		mvc.perform(get("/cong-dan/ho-so/{code}/tep/{id}", code, id).cookie(other)).andExpect(status().isNotFound());
		mvc.perform(get("/cong-dan/ho-so/{code}", code).cookie(other)).andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Nhận Kết Quả"))));
	}

	@Test
	void aProcedureWithoutAnOnlineChannelOffersNoOnlineSubmission() throws Exception {
		String offline = catalog.currentVersions(null, null).stream()
			.filter(v -> v.content().channels().stream().noneMatch(org.motcua.catalog.Channel::online))
			.map(v -> v.code()).filter(c -> catalog.published(c).isPresent()).findFirst().orElseThrow();
		mvc.perform(get("/public/procedures/{code}", offline))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("submit-online-link"))));
		Cookie session = citizen("Không Trực Tuyến");
		mvc.perform(get("/cong-dan/nop-ho-so/{code}", offline).cookie(session)).andExpect(status().isNotFound());
	}

	@Test
	void theSubmissionFormSpeaksEnglishAndThai() throws Exception {
		Cookie session = citizen("Đa Ngôn Ngữ");
		mvc.perform(get("/cong-dan/nop-ho-so/{code}", PROCEDURE).cookie(session, new Cookie("motcua-lang", "en")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Submit a dossier online")))
			.andExpect(content().string(containsString("Save as draft")));
		mvc.perform(get("/cong-dan/nop-ho-so/{code}", PROCEDURE).cookie(session, new Cookie("motcua-lang", "th")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ยื่นคำขอออนไลน์")));
	}
}
