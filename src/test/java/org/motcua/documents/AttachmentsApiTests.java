package org.motcua.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.motcua.documents.DossierFixture.CLERK;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Attachments through the API and the page: the type is judged from the bytes, a disguised, oversized or
 * unknown file is refused with a clear message and leaves nothing stored, the SHA-256 is recorded, and an earlier
 * digitized paper of the same applicant is offered for reuse and recorded as reused.
 */
@IntegrationTest
class AttachmentsApiTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1,
			8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89 };

	@Autowired
	MockMvc mvc;

	@Autowired
	DocumentsSettings settings;

	@Autowired
	JdbcClient jdbc;

	static byte[] pdf() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.save(out);
		}
		return out.toByteArray();
	}

	static byte[] docx() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("Giấy đề nghị đăng ký hộ kinh doanh");
			document.write(out);
		}
		return out.toByteArray();
	}

	static byte[] xlsx() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("Danh sách").createRow(0).createCell(0).setCellValue("Thành viên hộ gia đình");
			workbook.write(out);
		}
		return out.toByteArray();
	}

	ResultActions upload(String code, String component, String name, byte[] bytes) throws Exception {
		var request = multipart("/api/v1/dossiers/{code}/files", code)
			.file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
			.header("Authorization", Tokens.bearer(mvc, CLERK));
		if (component != null) {
			request.param("componentCode", component);
		}
		return mvc.perform(request);
	}

	DocumentContext files(String code) throws Exception {
		return JsonPath.parse(mvc.perform(get("/api/v1/dossiers/{code}/files", code).header("Authorization", Tokens.bearer(mvc, CLERK)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	long storedFiles() throws IOException {
		Path root = settings.filesDir();
		if (!Files.exists(root)) {
			return 0;
		}
		try (Stream<Path> all = Files.walk(root)) {
			return all.filter(Files::isRegularFile).count();
		}
	}

	long rows(String code) {
		return jdbc.sql("SELECT count(*) FROM documents.attachment WHERE dossier_code = :c").param("c", code).query(Long.class).single();
	}

	@Test
	void aScanOfAComponentIsStoredWithItsSniffedTypeAndSha256AndMarksTheComponentDigitized() throws Exception {
		String code = new DossierFixture(mvc).receive("Bùi Thị Số Hóa", "040190006611").read("$.code");
		byte[] bytes = pdf();
		String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		String json = upload(code, "GDN", "giấy đề nghị.pdf", bytes)
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/dossiers/" + code + "/files/")))
			.andExpect(jsonPath("$.contentType").value("application/pdf"))
			.andExpect(jsonPath("$.sha256").value(sha))
			.andExpect(jsonPath("$.size").value(bytes.length))
			.andExpect(jsonPath("$.fileName").value("giấy đề nghị.pdf"))
			.andExpect(jsonPath("$.componentCode").value("GDN"))
			.andExpect(jsonPath("$.scan").value("NOT_SCANNED"))
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(json, "$.id");
		DocumentContext files = files(code);
		assertThat(files.read("$.components[?(@.code=='GDN')].digitized", List.class)).containsExactly(true);
		assertThat(files.read("$.components[?(@.code=='BB')].digitized", List.class)).containsExactly(false);
		assertThat(files.read("$.componentsDigitized", Boolean.class)).isFalse();
		byte[] back = mvc.perform(get("/api/v1/dossiers/{code}/files/{id}", code, id).header("Authorization", Tokens.bearer(mvc, CLERK)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-SHA256", sha))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(back).isEqualTo(bytes);
	}

	@Test
	void everyComponentAndTheElectronicResultMakeTheDossierDigitized() throws Exception {
		String code = new DossierFixture(mvc).receive("Bùi Văn Đủ Tệp", "040090006622").read("$.code");
		for (String component : List.of("GDN", "BB", "DN", "GCN")) {
			upload(code, component, component + ".pdf", pdf()).andExpect(status().isCreated());
		}
		assertThat(files(code).read("$.componentsDigitized", Boolean.class)).isTrue();
		mvc.perform(multipart("/api/v1/dossiers/{code}/files", code).file(new MockMultipartFile("file", "ket-qua.pdf", "application/pdf", pdf()))
				.param("purpose", "RESULT").header("Authorization", Tokens.bearer(mvc, CLERK)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.purpose").value("RESULT"));
		DocumentContext files = files(code);
		assertThat(files.read("$.electronicResult", Boolean.class)).isTrue();
		assertThat(files.read("$.digitized", Boolean.class)).isTrue();
		assertThat(files.read("$.results", List.class)).hasSize(1);
	}

	@Test
	void aResultPdfIsStoredSignedByTheUnitWithTheHashOfTheSignedFile() throws Exception {
		String code = new DossierFixture(mvc).receive("Bùi Thị Kết Quả Ký", "040190006600").read("$.code");
		byte[] original = pdf();
		String json = mvc.perform(multipart("/api/v1/dossiers/{code}/files", code)
				.file(new MockMultipartFile("file", "giay-chung-nhan.pdf", "application/pdf", original))
				.param("purpose", "RESULT").header("Authorization", Tokens.bearer(mvc, CLERK)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(json, "$.id");
		byte[] stored = mvc.perform(get("/api/v1/dossiers/{code}/files/{id}", code, id).header("Authorization", Tokens.bearer(mvc, CLERK)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(stored).isNotEqualTo(original);
		assertThat(JsonPath.<String>read(json, "$.sha256")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(stored)));
		mvc.perform(multipart("/api/v1/signatures/verify").file(new MockMultipartFile("file", "kq.pdf", "application/pdf", stored))
				.header("Authorization", Tokens.bearer(mvc, CLERK)))
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.signer").value("Xã Đô Lương"))
			.andExpect(jsonPath("$.reason").value("Kết quả giải quyết hồ sơ " + code));
	}

	@Test
	void aFileWhoseNameLiesAboutItsContentIsRefusedAndNothingIsStored() throws Exception {
		String code = new DossierFixture(mvc).receive("Bùi Văn Giả Mạo", "040090006633").read("$.code");
		long before = storedFiles();
		upload(code, "GDN", "giay-de-nghi.pdf", PNG)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("image/png")));
		upload(code, "GDN", "bien-ban.docx", xlsx())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("xlsx")));
		byte[] executable = new byte[512];
		executable[0] = 'M';
		executable[1] = 'Z';
		upload(code, "GDN", "scan.pdf", executable)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		assertThat(rows(code)).isZero();
		assertThat(storedFiles()).isEqualTo(before);
	}

	@Test
	void officeDocumentsAreRecognisedFromInsideTheirContainer() throws Exception {
		String code = new DossierFixture(mvc).receive("Bùi Thị Văn Phòng", "040190006644").read("$.code");
		upload(code, "GDN", "giay-de-nghi.docx", docx()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
		upload(code, "BB", "danh-sach.xlsx", xlsx()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		upload(code, "DN", "anh.PNG", PNG).andExpect(status().isCreated()).andExpect(jsonPath("$.contentType").value("image/png"));
	}

	@Test
	void aFileAboveTheSizeLimitAnEmptyFileAndAnUnknownComponentAreRefused() throws Exception {
		String code = new DossierFixture(mvc).receive("Bùi Văn Quá Lớn", "040090006655").read("$.code");
		long before = storedFiles();
		byte[] big = new byte[(int) settings.maxFileSize().toBytes() + 10];
		byte[] header = pdf();
		System.arraycopy(header, 0, big, 0, header.length);
		upload(code, "GDN", "lon.pdf", big).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("1 MB")));
		upload(code, "GDN", "rong.pdf", new byte[0]).andExpect(status().isBadRequest());
		upload(code, "XYZ", "a.pdf", pdf()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("componentCode"));
		upload(code, null, "a.pdf", pdf()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("componentCode"));
		assertThat(rows(code)).isZero();
		assertThat(storedFiles()).isEqualTo(before);
	}

	@Test
	void anEarlierDigitizedPaperOfTheSameApplicantIsOfferedAndItsReuseIsRecorded() throws Exception {
		DossierFixture fixture = new DossierFixture(mvc);
		String first = fixture.receive("Đinh Thị Tái Sử Dụng", "040190006677").read("$.code");
		String original = JsonPath.read(upload(first, "GCN", "giay-chung-nhan.pdf", pdf()).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
		String second = fixture.receive("Đinh Thị Tái Sử Dụng", "040190006677").read("$.code");
		String stranger = fixture.receive("Người Khác", "040090006688").read("$.code");

		mvc.perform(get("/api/v1/dossiers/{code}/reuse-offers", stranger).header("Authorization", Tokens.bearer(mvc, CLERK)))
			.andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(get("/api/v1/dossiers/{code}/reuse-offers", second).header("Authorization", Tokens.bearer(mvc, CLERK)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].fileId").value(original))
			.andExpect(jsonPath("$[0].componentCode").value("GCN"))
			.andExpect(jsonPath("$[0].fromDossier").value(first));

		mvc.perform(post("/api/v1/dossiers/{code}/files/reuse", stranger).header("Authorization", Tokens.bearer(mvc, CLERK))
				.contentType("application/json").content("{\"fileId\":\"%s\",\"componentCode\":\"GCN\"}".formatted(original)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("fileId"));
		mvc.perform(post("/api/v1/dossiers/{code}/files/reuse", second).header("Authorization", Tokens.bearer(mvc, CLERK))
				.contentType("application/json").content("{\"fileId\":\"%s\",\"componentCode\":\"GCN\"}".formatted(original)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.reusedFrom").value(original))
			.andExpect(jsonPath("$.reusedFromDossier").value(first))
			.andExpect(jsonPath("$.componentCode").value("GCN"));

		DocumentContext files = files(second);
		assertThat(files.read("$.components[?(@.code=='GCN')].reused", List.class)).containsExactly(true);
		assertThat(files.read("$.reused", Boolean.class)).isTrue();
		assertThat(files(first).read("$.reused", Boolean.class)).isFalse();
		mvc.perform(get("/api/v1/dossiers/{code}/reuse-offers", second).header("Authorization", Tokens.bearer(mvc, CLERK)))
			.andExpect(jsonPath("$", hasSize(0)));
		assertThat(jdbc.sql("SELECT count(*) FROM audit.entry WHERE action = 'FILE_REUSED' AND target_id = :c").param("c", second)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theDeskAttachesFromTheDossierPageAndSeesARefusalExplained() throws Exception {
		String code = new DossierFixture(mvc).receive("Bùi Văn Trang Web", "040090006699").read("$.code");
		mvc.perform(multipart("/dossiers/{code}/files", code).file(new MockMultipartFile("file", "don.pdf", "application/pdf", pdf()))
				.param("componentCode", "GDN").with(user(CLERK)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/dossiers/" + code));
		mvc.perform(multipart("/dossiers/{code}/files", code).file(new MockMultipartFile("file", "anh.pdf", "application/pdf", PNG))
				.param("componentCode", "BB").with(user(CLERK)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"file-errors\"")))
			.andExpect(content().string(containsString("image/png")));
		mvc.perform(get("/dossiers/{code}/documents", code).with(user(CLERK)).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"documents-panel\"")))
			.andExpect(content().string(containsString("don.pdf")))
			.andExpect(content().string(containsString("print-receipt")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<footer"))));
		mvc.perform(get("/dossiers/{code}/documents", code).with(user(CLERK)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<footer")));
	}
}
