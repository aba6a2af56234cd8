package org.motcua.catalog;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CatalogExchangeTests {

	@Autowired
	MockMvc mvc;

	String as(String user) {
		return Tokens.bearer(mvc, user);
	}

	byte[] export(String unitCode) throws Exception {
		var request = get("/api/v1/procedures/export").header("Authorization", as("cchc.nghean"));
		if (unitCode != null) {
			request = request.param("unitCode", unitCode);
		}
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn().getResponse().getContentAsByteArray();
	}

	ResultActions importFile(byte[] xlsx, boolean skipInvalid) throws Exception {
		return mvc.perform(multipart("/api/v1/procedures/import").file(new MockMultipartFile("file", "catalog.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx))
			.param("skipInvalid", String.valueOf(skipInvalid)).header("Authorization", as("cchc.nghean")).header("Accept-Language", "en"));
	}

	@Test
	void reimportingAnExportedCatalogueChangesNothing() throws Exception {
		byte[] xlsx = export(null);
		String report = importFile(xlsx, false)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.applied").value(true))
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(0))
			.andExpect(jsonPath("$.processesCreated").value(0))
			.andExpect(jsonPath("$.processesUpdated").value(0))
			.andExpect(jsonPath("$.problems.length()").value(0))
			.andReturn().getResponse().getContentAsString();
		int procedures = JsonPath.read(report, "$.procedures");
		int unchanged = JsonPath.read(report, "$.unchanged");
		int rows = JsonPath.read(report, "$.processedRows");
		assertThat(procedures).isGreaterThanOrEqualTo(347 + 30);
		assertThat(unchanged).isEqualTo(procedures);
		assertThat(rows).isGreaterThan(procedures);
	}

	@Test
	void anExportedWorkbookEditedInExcelComesBackAsNewVersionsAndNewProcedures() throws Exception {
		mvc.perform(post("/api/v1/procedures").header("Authorization", as("cchc.nghean")).contentType(MediaType.APPLICATION_JSON)
				.content(CatalogJson.procedure("T-XLS-001", "Xác nhận thử nghiệm Excel", "COMMUNE", "H41.53", "5", "ACTIVE", "2025-07-01")))
			.andExpect(status().isCreated());
		mvc.perform(put("/api/v1/procedures/T-XLS-001/processes/H41.53").header("Authorization", as("cchc.nghean"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"version":0,"effectiveFrom":"2025-07-01","steps":[
						 {"name":"Tiếp nhận","role":"ONE_STOP_CLERK","allotment":1},
						 {"name":"Thẩm định","agencyCode":"H41.53.01","role":"SPECIALIST","allotment":2,"parallelGroup":1,"lead":true},
						 {"name":"Ý kiến phối hợp","role":"SPECIALIST","allotment":1.5,"parallelGroup":1}]}"""))
			.andExpect(status().isOk());

		byte[] exported = export("H41.53");
		byte[] edited = Workbooks.edit(exported, wb -> {
			Row row = Workbooks.rowOf(wb, "Procedures", "T-XLS-001");
			row.getCell(WorkbookLayout.PROCEDURES.index("name")).setCellValue("Xác nhận thử nghiệm Excel đã sửa");
			row.createCell(WorkbookLayout.PROCEDURES.index("effectiveFrom")).setCellValue("2026-01-01");
			Sheet procedures = wb.getSheet("Procedures");
			Row added = procedures.createRow(procedures.getLastRowNum() + 1);
			Object[] values = Workbooks.procedure("T-XLS-002", "Xác nhận thử nghiệm Excel mới", "COMMUNE", "H41.53", 3);
			for (int i = 0; i < values.length; i++) {
				if (values[i] != null) {
					added.createCell(i).setCellValue(values[i].toString());
				}
			}
			Sheet components = wb.getSheet("Components");
			Row c = components.createRow(components.getLastRowNum() + 1);
			String[] comp = { "T-XLS-002", "DN", "Đơn đề nghị", "", "1", "0", "có", "x", "không" };
			for (int i = 0; i < comp.length; i++) {
				c.createCell(i).setCellValue(comp[i]);
			}
			Sheet steps = wb.getSheet("Steps");
			int r = steps.getLastRowNum() + 1;
			for (String[] s : new String[][] { { "T-XLS-002", "H41.53", "1", "Tiếp nhận", "", "ONE_STOP_CLERK", "1" },
					{ "T-XLS-002", "H41.53", "2", "Giải quyết", "H41.53.01", "SPECIALIST", "2" } }) {
				Row sr = steps.createRow(r++);
				for (int i = 0; i < s.length; i++) {
					sr.createCell(i).setCellValue(s[i]);
				}
			}
		});
		importFile(edited, false)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.updated").value(1))
			.andExpect(jsonPath("$.processesCreated").value(1))
			.andExpect(jsonPath("$.processesUpdated").value(0));
		mvc.perform(get("/api/v1/procedures/T-XLS-001").header("Authorization", as("cchc.nghean")))
			.andExpect(jsonPath("$.versionNumber").value(2))
			.andExpect(jsonPath("$.name").value("Xác nhận thử nghiệm Excel đã sửa"))
			.andExpect(jsonPath("$.components[0].code").value("TK"))
			.andExpect(jsonPath("$.fees[0].amount").value(10000));
		mvc.perform(get("/api/v1/procedures/T-XLS-001/processes/H41.53").header("Authorization", as("cchc.nghean")))
			.andExpect(jsonPath("$.versions.length()").value(1))
			.andExpect(jsonPath("$.current.steps[1].lead").value(true))
			.andExpect(jsonPath("$.current.total").value(3));
		mvc.perform(get("/api/v1/procedures/T-XLS-002").header("Authorization", as("cchc.nghean")))
			.andExpect(jsonPath("$.components[0].name").value("Đơn đề nghị"))
			.andExpect(jsonPath("$.components[0].mustDigitize").value(true))
			.andExpect(jsonPath("$.components[0].reusable").value(false));
		importFile(edited, false)
			.andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.updated").value(0))
			.andExpect(jsonPath("$.processesCreated").value(0));
	}

	@Test
	void aWorkbookWithBadRowsImportsNothingAndNamesEachProblemBySheetRowAndColumn() throws Exception {
		var sheets = Workbooks.sheets();
		sheets.put(WorkbookLayout.PROCEDURES, List.of(
				Workbooks.procedure("T-BAD-001", "Xác nhận thử nghiệm hợp lệ", "COMMUNE", "H41.52", 5),
				Workbooks.procedure("T-BAD-002", "Xác nhận thử nghiệm thời hạn sai", "COMMUNE", "H41.52", "năm ngày"),
				Workbooks.procedure("T-BAD-003", "Xác nhận thử nghiệm cấp sai", "HAMLET", "H41.52", 5)));
		sheets.put(WorkbookLayout.COMPONENTS, List.of(
				new Object[] { "T-BAD-001", "TK", "Tờ khai", null, 1, 0, true, false, false },
				new Object[] { "T-BAD-404", "TK", "Tờ khai", null, 1, 0, true, false, false }));
		sheets.put(WorkbookLayout.STEPS, List.of(
				new Object[] { "T-BAD-001", "H41.52", 1, "Tiếp nhận", null, "ONE_STOP_CLERK", 1 },
				new Object[] { "T-BAD-001", "H41.52", 2, "Giải quyết", null, "CLERK", 6 }));
		byte[] xlsx = Workbooks.of(sheets);

		String body = importFile(xlsx, false)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.applied").value(false))
			.andExpect(jsonPath("$.processedRows").value(7))
			.andReturn().getResponse().getContentAsString();
		List<Map<String, Object>> problems = JsonPath.read(body, "$.problems");
		assertThat(problems).extracting(p -> p.get("sheet") + "!" + p.get("column") + p.get("row"))
			.containsExactly("Procedures!K3", "Procedures!E4", "Components!A3", "Steps!G2", "Steps!F3");
		assertThat(problems.get(0).get("reason")).isEqualTo("The value năm ngày is not a number.");
		assertThat(problems.get(0).get("header")).isEqualTo("Thời hạn giải quyết (processingAmount)");
		assertThat(problems.get(3).get("reason")).isEqualTo("The steps take 7 in all, more than the processing time (5 working days).");
		assertThat((String) problems.get(4).get("reason")).startsWith("The value CLERK is not valid");
		mvc.perform(get("/api/v1/procedures/T-BAD-001").header("Authorization", as("cchc.nghean"))).andExpect(status().isNotFound());

		importFile(xlsx, true)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.applied").value(true))
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.skipped").value(3))
			.andExpect(jsonPath("$.problems.length()").value(5));
		mvc.perform(get("/api/v1/procedures/T-BAD-001").header("Authorization", as("cchc.nghean")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.components[0].name").value("Tờ khai"));
		mvc.perform(get("/api/v1/procedures/T-BAD-002").header("Authorization", as("cchc.nghean"))).andExpect(status().isNotFound());
	}

	@Test
	void stepsThatExceedTheLegalTimeAreReportedOnTheirRows() throws Exception {
		var sheets = Workbooks.sheets();
		sheets.put(WorkbookLayout.PROCEDURES, List.<Object[]>of(Workbooks.procedure("T-BAD-010", "Xác nhận thử nghiệm quy trình dài", "COMMUNE", "H41.52", 2)));
		sheets.put(WorkbookLayout.STEPS, List.of(
				new Object[] { "T-BAD-010", "H41.52", 1, "Tiếp nhận", null, "ONE_STOP_CLERK", 1 },
				new Object[] { "T-BAD-010", "H41.52", 2, "Giải quyết", "H41.99.01", "SPECIALIST", 2 }));
		String body = importFile(Workbooks.of(sheets), false).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		List<Map<String, Object>> problems = JsonPath.read(body, "$.problems");
		assertThat(problems).extracting(p -> p.get("sheet") + "!" + p.get("column") + p.get("row"))
			.containsExactly("Steps!G2", "Steps!E3");
		assertThat(problems.get(0).get("reason")).isEqualTo("The steps take 3 in all, more than the processing time (2 working days).");
	}

	@Test
	void importingNeedsAnEditorAndAnExcelFile() throws Exception {
		mvc.perform(multipart("/api/v1/procedures/import").file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", new byte[] { 1, 2 }))
				.header("Authorization", as("tiepnhan.doluong")))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/api/v1/procedures/import").file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", "not excel".getBytes()))
				.header("Authorization", as("cchc.nghean")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		mvc.perform(multipart("/api/v1/procedures/import").header("Authorization", as("cchc.nghean")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("file"));
	}
}
