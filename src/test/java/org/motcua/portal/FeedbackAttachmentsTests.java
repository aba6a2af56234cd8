package org.motcua.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Files attached to feedback: checked and stored by the documents module, read only by who may see the feedback. */
@IntegrationTest
class FeedbackAttachmentsTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1,
			8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89 };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static MockMultipartFile json(String body) {
		return new MockMultipartFile("feedback", "", MediaType.APPLICATION_JSON_VALUE, body.getBytes(StandardCharsets.UTF_8));
	}

	static String rules(String content) {
		return """
				{"topic":"PROCEDURE_RULES","unitCode":"H41.50","procedureCode":"H41-X-HKD-031","content":"%s",
				 "anonymous":false,"contactName":"Lê Văn Ảnh",
				 "contactEmail":"anh@example.test"}""".formatted(content);
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return r -> {
			r.setRemoteAddr(address);
			return r;
		};
	}

	long feedbackWith(String content) {
		return jdbc.sql("SELECT count(*) FROM portal.feedback WHERE content = :c").param("c", content).query(Long.class).single();
	}

	@Test
	void aSenderAttachesAnImageAndAPdfThatTheUnitsOfficialsDownloadButThePublishedAnswerNeverShows() throws Exception {
		String body = mvc.perform(multipart("/api/v1/public/feedback").with(from("10.82.0.1")).file(json(rules("Ảnh chụp biểu mẫu sai.")))
				.file(new MockMultipartFile("files", "bieu-mau.png", "image/png", PNG))
				.file(new MockMultipartFile("files", "bien-nhan.pdf", "application/pdf", PDF)))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.trackingCode").exists())
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		String tracking = JsonPath.read(body, "$.trackingCode");

		String clerk = Tokens.bearer(mvc, "tiepnhan.xadoluong");
		String view = mvc.perform(get("/api/v1/feedback/{id}", id).header("Authorization", clerk))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.attachments[*].fileName").value(org.hamcrest.Matchers.containsInAnyOrder("bieu-mau.png", "bien-nhan.pdf")))
			.andReturn().getResponse().getContentAsString();
		mvc.perform(get("/api/v1/feedback/{id}/files/{file}", id, JsonPath.<java.util.List<String>>read(view,
				"$.attachments[?(@.fileName == 'bien-nhan.pdf')].id").get(0)).header("Authorization", clerk))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("X-Content-SHA256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF))))
			.andExpect(content().bytes(PDF));

		// an official of another commune does not see the feedback, nor its files
		mvc.perform(get("/api/v1/feedback/{id}/files/{file}", id, JsonPath.<String>read(view, "$.attachments[0].id"))
				.header("Authorization", Tokens.bearer(mvc, "tiepnhan.tanky")))
			.andExpect(status().isNotFound());

		int v = JsonPath.read(view, "$.version");
		for (String[] step : new String[][] { { "tiepnhan.xadoluong", "ACCEPT", "" },
				{ "congchuc.xadoluong", "ANSWER", ",\"answer\":\"Đã sửa biểu mẫu.\"" }, { "chutich.xadoluong", "PUBLISH", "" } }) {
			String r = mvc.perform(post("/api/v1/feedback/{id}/actions", id).header("Authorization", Tokens.bearer(mvc, step[0]))
					.contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"%s\",\"version\":%d%s}".formatted(step[1], v, step[2])))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			v = JsonPath.read(r, "$.version");
		}
		mvc.perform(get("/api/v1/public/feedback/{ref}", tracking)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("bieu-mau"))))
			.andExpect(content().string(not(containsString("attachments"))));
		mvc.perform(get("/phan-anh/tra-loi/{ref}", tracking)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("bien-nhan.pdf"))));
	}

	@Test
	void aDisguisedFileRefusesTheWholeFeedbackWithAProblemNamingTheFilesField() throws Exception {
		String text = "Phản ánh kèm tệp giả " + System.nanoTime();
		mvc.perform(multipart("/api/v1/public/feedback").with(from("10.82.0.2")).file(json(rules(text)))
				.file(new MockMultipartFile("files", "bien-nhan.pdf", "application/pdf", PDF))
				.file(new MockMultipartFile("files", "anh.pdf", "application/pdf", PNG)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("files"))
			.andExpect(jsonPath("$.errors[0].message", containsString("anh.pdf")));
		assertThat(feedbackWith(text)).as("nothing half-saved").isZero();

		mvc.perform(multipart("/api/v1/public/feedback").with(from("10.82.0.3")).file(json(rules(text)))
				.file(new MockMultipartFile("files", "virus.exe", "application/octet-stream", "MZ\u0090\u0000 not allowed".getBytes(StandardCharsets.ISO_8859_1))))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("files"));
		assertThat(feedbackWith(text)).isZero();
	}

	@Test
	void thePublicFormShowsAFileProblemNextToTheFileFieldAndKeepsNothing() throws Exception {
		String text = "Phản ánh từ trang có tệp sai marker-" + System.nanoTime();
		mvc.perform(multipart("/phan-anh").with(from("10.82.0.4")).file(new MockMultipartFile("files", "anh.pdf", "application/pdf", PNG))
				.param("topic", "PROCEDURE_RULES").param("unitCode", "H41.50").param("procedureCode", "H41-X-HKD-031")
				.param("content", text).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"files-error\"")))
			.andExpect(content().string(containsString(text.substring(text.indexOf("marker-")))));
		assertThat(feedbackWith(text)).isZero();

		mvc.perform(multipart("/phan-anh").with(from("10.82.0.5")).file(new MockMultipartFile("files", "anh.png", "image/png", PNG))
				.file(new MockMultipartFile("files", "", "application/octet-stream", new byte[0]))
				.param("topic", "PROCEDURE_RULES").param("unitCode", "H41.50").param("procedureCode", "H41-X-HKD-031")
				.param("content", text).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("PA-")));
		assertThat(jdbc.sql("""
				SELECT count(*) FROM portal.feedback_attachment a JOIN portal.feedback f ON f.id = a.feedback_id
				WHERE f.content = :c AND a.file_name = 'anh.png'""").param("c", text).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theFilesOfAConductReportAreReadOnlyByTheOfficialsSuperiorsAndInspectors() throws Exception {
		String body = mvc.perform(multipart("/api/v1/public/feedback").with(from("10.82.0.6"))
				.file(json("""
						{"topic":"OFFICIAL_CONDUCT","unitCode":"H41.50","officialName":"Cán bộ quầy số 2",
						 "content":"Ảnh tin nhắn đòi tiền.","anonymous":true}"""))
				.file(new MockMultipartFile("files", "tin-nhan.png", "image/png", PNG)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		String fileId = jdbc.sql("SELECT id::text FROM portal.feedback_attachment WHERE feedback_id = :id").param("id", id)
			.query(String.class).single();
		for (String reader : java.util.List.of("chutich.xadoluong", "kiemtra.nghean")) {
			mvc.perform(get("/api/v1/feedback/{id}/files/{file}", id, fileId).header("Authorization", Tokens.bearer(mvc, reader)))
				.andExpect(status().isOk()).andExpect(content().bytes(PNG));
		}
		for (String other : java.util.List.of("tiepnhan.xadoluong", "congchuc.xadoluong", "admin")) {
			mvc.perform(get("/api/v1/feedback/{id}/files/{file}", id, fileId).header("Authorization", Tokens.bearer(mvc, other)))
				.andExpect(status().isNotFound());
		}
		mvc.perform(get("/feedback/{id}/files/{file}", id, fileId).with(user("tiepnhan.xadoluong"))).andExpect(status().isNotFound());
	}
}
