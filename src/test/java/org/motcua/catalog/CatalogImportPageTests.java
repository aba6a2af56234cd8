package org.motcua.catalog;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CatalogImportPageTests {

	@Autowired
	MockMvc mvc;

	/** Polls the job page as htmx does until the import has finished, and returns the last fragment. */
	/** The import's status fragment once it no longer polls (the import finished); fails after 10 seconds. */
	String finished(String location) {
		String body = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
			.until(() -> mvc.perform(get(location).header("HX-Request", "true").with(user("cchc.nghean").roles("REFORM_OFFICER")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), b -> !b.contains("hx-trigger"));
		assertThat(body).doesNotContain("<html");
		return body;
	}

	@Test
	void theImportPageShowsProgressThenTheValidationReportWithEachBadCell() throws Exception {
		var sheets = Workbooks.sheets();
		sheets.put(WorkbookLayout.PROCEDURES, List.of(
				Workbooks.procedure("T-PAGEX-001", "Xác nhận thử nghiệm nhập qua trang", "COMMUNE", "H41.52", 5),
				Workbooks.procedure("T-PAGEX-002", "Xác nhận thử nghiệm nhập qua trang lỗi", "COMMUNE", "H41.52", "ba ngày")));
		MvcResult upload = mvc.perform(multipart("/catalog/import")
				.file(new MockMultipartFile("file", "thu-tuc.xlsx", "application/octet-stream", Workbooks.of(sheets)))
				.with(user("cchc.nghean").roles("REFORM_OFFICER")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/catalog/import/")))
			.andReturn();
		String location = upload.getResponse().getHeader("Location");
		mvc.perform(get(location).with(user("cchc.nghean").roles("REFORM_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html"), containsString("id=\"import-progress\""), containsString("thu-tuc.xlsx"))));
		String report = finished(location);
		assertThat(report).contains("id=\"import-problems\"", "Chưa nhập dữ liệu nào: đọc 2 dòng, phát hiện 1 lỗi.", "Procedures", "Giá trị ba ngày không phải là số.");
		mvc.perform(get(location).with(user("chutich.doluong").roles("LEADER"))).andExpect(status().isForbidden());
		mvc.perform(get(location).with(user("quantri.doluong").roles("UNIT_ADMIN"))).andExpect(status().isNotFound());
	}

	@Test
	void anEditorSkipsTheBadRowsAndImportsTheRest() throws Exception {
		var sheets = Workbooks.sheets();
		sheets.put(WorkbookLayout.PROCEDURES, List.of(
				Workbooks.procedure("T-PAGEX-011", "Xác nhận thử nghiệm bỏ qua dòng lỗi", "COMMUNE", "H41.52", 5),
				Workbooks.procedure("T-PAGEX-012", "Xác nhận thử nghiệm dòng lỗi", "HAMLET", "H41.52", 5)));
		String location = mvc.perform(multipart("/catalog/import")
				.file(new MockMultipartFile("file", "thu-tuc.xlsx", "application/octet-stream", Workbooks.of(sheets)))
				.param("skipInvalid", "true").with(user("cchc.nghean").roles("REFORM_OFFICER")).with(csrf()))
			.andReturn().getResponse().getHeader("Location");
		assertThat(finished(location)).contains("Đã nhập: đọc 2 dòng; thêm 1, cập nhật 0, giữ nguyên 0 thủ tục; bỏ qua 1.");
		mvc.perform(get("/catalog/procedures/T-PAGEX-011").with(user("cchc.nghean").roles("REFORM_OFFICER"))).andExpect(status().isOk());
	}

	@Test
	void theImportPageDocumentsTheLayoutAndTheExportDownloadsAWorkbook() throws Exception {
		mvc.perform(get("/catalog/import").with(user("quantri.doluong").roles("UNIT_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Thời hạn giải quyết (processingAmount)"), containsString("Steps"),
					not(containsString("id=\"import-problems\"")))));
		mvc.perform(get("/catalog/import").with(user("tiepnhan.doluong").roles("ONE_STOP_CLERK"))).andExpect(status().isForbidden());
		byte[] xlsx = mvc.perform(get("/catalog/export").param("unitCode", "H41.21").with(user("tiepnhan.doluong").roles("ONE_STOP_CLERK")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");
	}
}
