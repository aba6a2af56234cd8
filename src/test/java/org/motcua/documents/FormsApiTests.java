package org.motcua.documents;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.documents.DossierFixture.CHAIRMAN;
import static org.motcua.documents.DossierFixture.CLERK;
import static org.motcua.documents.DossierFixture.SPECIALIST;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The standard forms as the applicant gets them: what each PDF says, read back with PDFBox, with the dossier's
 * code, Vietnamese names with their diacritics and the dates of the dossier.
 */
@IntegrationTest
class FormsApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DocumentsSettings settings;

	DossierFixture dossiers() {
		return new DossierFixture(mvc);
	}

	byte[] form(String user, String code, String form) throws Exception {
		return mvc.perform(get("/api/v1/dossiers/{code}/forms/{form}", code, form).header("Authorization", Tokens.bearer(mvc, user)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Signature-Status", "signed"))
			.andReturn().getResponse().getContentAsByteArray();
	}

	static String date(String instant) {
		return Instant.parse(instant).atZone(WorkingCalendar.ZONE).format(FormService.DATE);
	}

	static String dateTime(String instant) {
		return Instant.parse(instant).atZone(WorkingCalendar.ZONE).format(FormService.DATE_TIME);
	}

	@Test
	void theReceiptNamesTheApplicantTheProcedureAndTheAppointmentOnAnA5Page() throws Exception {
		DocumentContext d = dossiers().receive("Nguyễn Thị Hồng Nhung", "040190001122");
		String code = d.read("$.code");
		byte[] pdf = form(CLERK, code, "receipt");
		String text = Pdfs.text(pdf);
		assertThat(text).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Mã hồ sơ: " + code, "Nguyễn Thị Hồng Nhung",
				"040190001122", "Đăng ký thành lập hộ kinh doanh", "ỦY BAN NHÂN DÂN XÃ ĐÔ LƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
				"Thời gian nhận hồ sơ: " + dateTime(d.read("$.receivedAt")),
				"Thời gian trả kết quả giải quyết hồ sơ: " + dateTime(d.read("$.dueAt")),
				"/tra-cuu/" + code);
		assertThat(text).contains(date(d.read("$.dueAt")));
		assertThat(Pdfs.pageSize(pdf).getWidth()).isCloseTo(419.5f, org.assertj.core.data.Offset.offset(2f));
	}

	@Test
	void theReceiptsQrCodeOpensThePublicLookupOfTheDossier() throws Exception {
		String code = dossiers().receive("Quách Thị Mã QR", "040190001133").read("$.code");
		byte[] pdf = form(CLERK, code, "receipt");
		assertThat(Pdfs.qrCodes(pdf)).containsExactly("http://localhost:8080/tra-cuu/" + code);
	}

	@Test
	void aProvinceOverridesAFormTemplateWithoutACodeChange() throws Exception {
		java.nio.file.Path override = settings.formsDir().resolve("H41").resolve("refusal.xhtml");
		java.nio.file.Files.createDirectories(override.getParent());
		java.nio.file.Files.writeString(override, """
				<?xml version="1.0" encoding="UTF-8"?>
				<html xmlns:th="http://www.thymeleaf.org"><head><style th:replace="~{layout :: style}"></style></head>
				<body><h1>PHIẾU TỪ CHỐI CỦA TỈNH NGHỆ AN</h1><p th:text="'Hồ sơ ' + ${d.code} + ' của ' + ${applicant.fullName}">x</p></body></html>
				""");
		try {
			DocumentContext d = dossiers().receive("Lương Văn Mẫu Riêng", "040090002233");
			d = dossiers().step(CLERK, d, "FORWARD", "");
			d = dossiers().step(SPECIALIST, d, "REFUSE", ",\"note\":\"Không thuộc thẩm quyền\"");
			String text = Pdfs.text(form(SPECIALIST, d.read("$.code"), "refusal"));
			assertThat(text).contains("PHIẾU TỪ CHỐI CỦA TỈNH NGHỆ AN", "Hồ sơ " + d.read("$.code") + " của Lương Văn Mẫu Riêng")
				.doesNotContain("Mẫu số 03");
		}
		finally {
			java.nio.file.Files.deleteIfExists(override);
		}
	}

	@Test
	void theCompletionRequestListsEveryMissingItem() throws Exception {
		DocumentContext d = dossiers().receive("Phạm Văn Bổ Sung", "040090003344");
		d = dossiers().step(CLERK, d, "FORWARD", "");
		d = dossiers().step(SPECIALIST, d, "REQUEST_COMPLETION",
				",\"missingItems\":[\"Bản sao hợp đồng thuê địa điểm kinh doanh\",\"Ảnh chụp biển hiệu\"]");
		String text = Pdfs.text(form(SPECIALIST, d.read("$.code"), "completion-request"));
		assertThat(text).contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", d.read("$.code", String.class), "Phạm Văn Bổ Sung",
				"Bản sao hợp đồng thuê địa điểm kinh doanh", "Ảnh chụp biển hiệu", dateTime(d.read("$.completionRequestedAt")));
	}

	@Test
	void theRefusalGivesTheReasonsOfTheRefusal() throws Exception {
		DocumentContext d = dossiers().receive("Lê Thị Từ Chối", "040190005566");
		d = dossiers().step(CLERK, d, "FORWARD", "");
		d = dossiers().step(SPECIALIST, d, "REFUSE", ",\"note\":\"Ngành nghề kinh doanh thuộc danh mục cấm\"");
		String text = Pdfs.text(form(SPECIALIST, d.read("$.code"), "refusal"));
		assertThat(text).contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Lê Thị Từ Chối", "Ngành nghề kinh doanh thuộc danh mục cấm",
				"từ chối giải quyết");
	}

	@Test
	void theApologyGivesTheOriginalAndTheNewAppointment() throws Exception {
		DocumentContext d = dossiers().receive("Cao Văn Xin Lỗi", "040090007788");
		d = dossiers().step(CLERK, d, "FORWARD", "");
		Instant due = Instant.parse(d.read("$.dueAt"));
		String newDue = due.plus(7, ChronoUnit.DAYS).toString();
		d = dossiers().step(CHAIRMAN, d, "APOLOGISE", ",\"newDueAt\":\"%s\",\"note\":\"Cần xác minh thêm địa điểm kinh doanh\"".formatted(newDue));
		String text = Pdfs.text(form(CHAIRMAN, d.read("$.code"), "apology"));
		assertThat(text).contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Cao Văn Xin Lỗi", "Cần xác minh thêm địa điểm kinh doanh",
				dateTime(due.toString()), dateTime(newDue));
	}

	@Test
	void theTrackingSheetShowsEachHandOverWithItsTime() throws Exception {
		DocumentContext d = dossiers().receive("Đặng Văn Kiểm Soát", "040090009900");
		d = dossiers().step(CLERK, d, "FORWARD", "");
		String text = Pdfs.text(form(CLERK, d.read("$.code"), "tracking-sheet"));
		String started = Instant.parse(d.read("$.progress[1].startedAt")).atZone(WorkingCalendar.ZONE).format(FormService.SHORT);
		assertThat(text).contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Đặng Văn Kiểm Soát", started, "Trước hạn");
	}

	@Test
	void theStopNoticeGivesTheApplicantsReason() throws Exception {
		DocumentContext d = dossiers().receive("Lâm Văn Rút Hồ Sơ", "040090001357");
		d = dossiers().step(CLERK, d, "STOP_REQUESTED", ",\"note\":\"Người nộp có đơn xin rút hồ sơ\"");
		String text = Pdfs.text(form(CLERK, d.read("$.code"), "stop-notice"));
		assertThat(text).contains("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", "Lâm Văn Rút Hồ Sơ", "Người nộp có đơn xin rút hồ sơ",
				dateTime(d.read("$.stoppedAt")));
	}

	@Test
	void aFormTheDossierHasNotReachedIsAConflictAndAnUnknownFormIsNotFound() throws Exception {
		DocumentContext d = dossiers().receive("Vũ Thị Chưa Từ Chối", "040190002468");
		mvc.perform(get("/api/v1/dossiers/{code}/forms/refusal", d.read("$.code", String.class))
				.header("Authorization", Tokens.bearer(mvc, CLERK)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").exists());
		mvc.perform(get("/api/v1/dossiers/{code}/forms/mau-99", d.read("$.code", String.class))
				.header("Authorization", Tokens.bearer(mvc, CLERK)))
			.andExpect(status().isNotFound());
	}

	@Test
	void anOfficialOutsideTheJurisdictionCannotPrintTheForms() throws Exception {
		DocumentContext d = dossiers().receive("Trịnh Văn Ngoài Phạm Vi", "040090008642");
		mvc.perform(get("/api/v1/dossiers/{code}/forms/receipt", d.read("$.code", String.class))
				.header("Authorization", Tokens.bearer(mvc, "tiepnhan.tanky")))
			.andExpect(status().isNotFound());
	}
}
