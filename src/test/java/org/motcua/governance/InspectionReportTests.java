package org.motcua.governance;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class InspectionReportTests {

	@Autowired
	MockMvc mvc;

	String as(String user) {
		return Tokens.bearer(mvc, user);
	}

	int seedInspection() throws Exception {
		String json = mvc.perform(get("/api/v1/governance/inspections").param("year", "2024").header("Authorization", as("kiemtra.nghean")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Integer> ids = JsonPath.read(json, "$.items[?(@.title =~ /.*Đô Lương và huyện Tân Kỳ.*/)].id");
		return ids.get(0);
	}

	static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	byte[] report(int id, String user) throws Exception {
		return mvc.perform(get("/api/v1/governance/inspections/" + id + "/report.pdf").header("Authorization", as(user)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
	}

	@Test
	void theReportStatesTheUnitsFindingsAndRecommendationsWithTheirFollowUpInVietnamese() throws Exception {
		int id = seedInspection();
		String text = text(report(id, "kiemtra.nghean"));

		assertThat(text).contains("BÁO CÁO KẾT QUẢ KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH")
			.contains("Kiểm tra công tác cải cách hành chính năm 2024 tại huyện Đô Lương và huyện Tân Kỳ (demo)")
			.contains("QĐ số 215/QĐ-SNV ngày 02/9/2024 (demo)")
			.contains("từ ngày 16/09/2024 đến ngày 27/09/2024")
			.contains("Trưởng đoàn")
			.contains("(H41.20)").contains("(H41.21)")
			.contains("Ưu điểm:").contains("Tồn tại, hạn chế:")
			.contains("[Sáng kiến, đổi mới] Đề xuất 12 phương án đơn giản hóa TTHC, có tính chi phí tuân thủ (demo)")
			.contains("[Hồ sơ trễ hạn] Còn hồ sơ đất đai trễ hạn chưa có văn bản xin lỗi (demo)")
			.contains("[Chuyển đổi số] Tỷ lệ hồ sơ trực tuyến thấp, chưa số hóa kết quả giải quyết (demo)")
			.contains("thực hiện xin lỗi và hẹn lại theo quy định (demo)")
			.contains("Cập nhật chuyên mục CCHC")
			.contains("đoàn kiểm tra đã đóng kiến nghị")
			.contains("Tổng số kiến nghị: 3; đã hoàn thành, đóng: 3; đang theo dõi: 0; quá hạn: 0.")
			.contains("Hai huyện cơ bản thực hiện tốt nhiệm vụ CCHC; yêu cầu khắc phục các tồn tại theo kiến nghị (demo)")
			.contains("TRƯỞNG ĐOÀN KIỂM TRA");
	}

	@Test
	void theReportIsSignedByTheTeamsUnitAndVerifiesAsIntact() throws Exception {
		int id = seedInspection();
		byte[] pdf = mvc.perform(get("/api/v1/governance/inspections/" + id + "/report.pdf").header("Authorization", as("kiemtra.nghean")))
			.andExpect(header().string("Signature-Status", "signed"))
			.andReturn().getResponse().getContentAsByteArray();
		mvc.perform(multipart("/api/v1/signatures/verify").file(new MockMultipartFile("file", "report.pdf", "application/pdf", pdf))
				.header("Authorization", as("kiemtra.nghean")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.startsWith("Báo cáo kết quả kiểm tra")));
	}

	@Test
	void anInspectedUnitsChairmanGetsTheReportWithTheFindingsAboutTheirUnitOnly() throws Exception {
		int id = seedInspection();
		String text = text(report(id, "chutich.tanky"));
		assertThat(text).contains("Tỷ lệ hồ sơ trực tuyến thấp").doesNotContain("Còn hồ sơ đất đai trễ hạn");
	}

	@Test
	void someoneWhoMayNotSeeTheInspectionGetsNoReport() throws Exception {
		int id = seedInspection();
		mvc.perform(get("/api/v1/governance/inspections/" + id + "/report.pdf").header("Authorization", as("tiepnhan.xadoluong")))
			.andExpect(status().isNotFound());
	}
}
