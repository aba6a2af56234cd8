package org.motcua.documents;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import com.jayway.jsonpath.DocumentContext;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.documents.DossierFixture.CLERK;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The tracking book (Mẫu 06) of the commune: every dossier received in the period, in PDF and in Excel. */
@IntegrationTest
class TrackingBookTests {

	@Autowired
	MockMvc mvc;

	static String today() {
		return LocalDate.now(WorkingCalendar.ZONE).toString();
	}

	byte[] book(String format, String from, String to) throws Exception {
		return mvc.perform(get("/api/v1/units/H41.50/tracking-book").param("from", from).param("to", to).param("format", format)
				.header("Authorization", Tokens.bearer(mvc, CLERK)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
	}

	@Test
	void thePdfBookListsTheDossiersReceivedTodayWithTheirApplicantsAndIsSigned() throws Exception {
		DocumentContext d = new DossierFixture(mvc).receive("Mai Thị Vào Sổ", "040190007711");
		String code = d.read("$.code");
		mvc.perform(get("/api/v1/units/H41.50/tracking-book").param("from", today()).param("to", today()).param("format", "pdf")
				.header("Authorization", Tokens.bearer(mvc, CLERK)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Signature-Status", "signed"));
		String text = Pdfs.text(book("pdf", today(), today()));
		assertThat(text).contains("SỔ THEO DÕI HỒ SƠ", code, "Mai Thị Vào Sổ", "Đăng ký thành lập hộ kinh doanh",
				LocalDate.now(WorkingCalendar.ZONE).format(FormService.DATE));
		assertThat(Pdfs.pageSize(book("pdf", today(), today())).getWidth()).isGreaterThan(800f);
	}

	@Test
	void theExcelBookHasOneRowPerDossierWithItsCodeAndApplicant() throws Exception {
		DocumentContext d = new DossierFixture(mvc).receive("Mai Văn Bảng Tính", "040090007722");
		String code = d.read("$.code");
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(book("xlsx", today(), today())))) {
			Sheet sheet = wb.getSheetAt(0);
			assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Mã hồ sơ");
			Row found = null;
			for (Row row : sheet) {
				if (row.getRowNum() > 4 && code.equals(row.getCell(1).getStringCellValue())) {
					found = row;
				}
			}
			assertThat(found).as("row of %s", code).isNotNull();
			assertThat(found.getCell(3).getStringCellValue()).isEqualTo("Mai Văn Bảng Tính");
			assertThat(new DataFormatter().formatCellValue(found.getCell(0))).matches("\\d+");
		}
	}

	@Test
	void aPeriodBeforeAnyDossierGivesAnEmptyBookAndABadPeriodIsRefused() throws Exception {
		assertThat(Pdfs.text(book("pdf", "2001-01-01", "2001-01-31"))).contains("Không có hồ sơ nào");
		mvc.perform(get("/api/v1/units/H41.50/tracking-book").param("from", "2026-03-01").param("to", "2026-01-01")
				.header("Authorization", Tokens.bearer(mvc, CLERK)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
		mvc.perform(get("/api/v1/units/H41.50/tracking-book").param("from", "2024-01-01").param("to", "2026-01-01")
				.header("Authorization", Tokens.bearer(mvc, CLERK)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/units/H41.50/tracking-book").param("to", "2026-01-01").param("format", "doc")
				.header("Authorization", Tokens.bearer(mvc, CLERK)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2));
		mvc.perform(get("/api/v1/units/H41.50/tracking-book").param("from", today()).param("to", today())
				.header("Authorization", Tokens.bearer(mvc, "tiepnhan.tanky")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theDeskLinksToTheBookPage() throws Exception {
		mvc.perform(get("/desk").with(user(CLERK))).andExpect(content().string(org.hamcrest.Matchers.containsString("/tracking-book")));
		mvc.perform(get("/tracking-book").with(user(CLERK))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/units/H41.50/tracking-book")));
	}
}
