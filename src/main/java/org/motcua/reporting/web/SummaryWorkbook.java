package org.motcua.reporting.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.motcua.reporting.ReportQuery;
import org.motcua.reporting.Summary;

/** The standard table as an .xlsx sheet: one row per number, labelled in the caller's language. */
final class SummaryWorkbook {

	private SummaryWorkbook() {
	}

	static void write(ReportQuery q, Summary s, Function<String, String> label, OutputStream out) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			Sheet sheet = wb.createSheet(label.apply("report.summary.title"));
			int r = 0;
			r = text(sheet, r, label.apply("report.unit"), q.unitCode());
			r = text(sheet, r, label.apply("report.from"), q.from().toString());
			r = text(sheet, r, label.apply("report.to"), q.to().toString());
			if (q.field() != null) {
				r = text(sheet, r, label.apply("report.field"), q.field());
			}
			if (q.procedureCode() != null) {
				r = text(sheet, r, label.apply("report.procedure"), q.procedureCode());
			}
			r++;
			for (Object[] line : SummaryRows.of(s)) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(label.apply("report.metric." + line[0]));
				row.createCell(1).setCellValue(((Long) line[1]).doubleValue());
			}
			sheet.autoSizeColumn(0);
			wb.write(out);
		}
	}

	private static int text(Sheet sheet, int r, String name, String value) {
		Row row = sheet.createRow(r);
		row.createCell(0).setCellValue(name);
		row.createCell(1).setCellValue(value);
		return r + 1;
	}
}
