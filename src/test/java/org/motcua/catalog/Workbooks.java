package org.motcua.catalog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds and edits catalogue workbooks for import tests. */
final class Workbooks {

	private Workbooks() {
	}

	/** A workbook in the layout with the given data rows per sheet (values in column order, null for an empty cell). */
	static byte[] of(Map<WorkbookLayout.Sheet, List<Object[]>> rows) throws IOException {
		try (Workbook wb = new XSSFWorkbook()) {
			for (WorkbookLayout.Sheet layout : WorkbookLayout.SHEETS) {
				Sheet sheet = wb.createSheet(layout.name());
				Row header = sheet.createRow(0);
				for (int i = 0; i < layout.columns().size(); i++) {
					header.createCell(i).setCellValue(layout.columns().get(i).header());
				}
				int r = 1;
				for (Object[] values : rows.getOrDefault(layout, List.of())) {
					Row row = sheet.createRow(r++);
					for (int i = 0; i < values.length; i++) {
						Object v = values[i];
						if (v == null) {
							continue;
						}
						Cell cell = row.createCell(i);
						if (v instanceof Number n) {
							cell.setCellValue(n.doubleValue());
						}
						else if (v instanceof Boolean b) {
							cell.setCellValue(b);
						}
						else if (v instanceof LocalDate d) {
							cell.setCellValue(d.toString());
						}
						else {
							cell.setCellValue(v.toString());
						}
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			wb.write(out);
			return out.toByteArray();
		}
	}

	static Map<WorkbookLayout.Sheet, List<Object[]>> sheets() {
		return new LinkedHashMap<>();
	}

	/** A procedures row with the columns a valid procedure needs; the rest empty. */
	static Object[] procedure(String code, String name, String level, String unit, Object amount) {
		Object[] row = new Object[WorkbookLayout.PROCEDURES.columns().size()];
		set(row, "code", code);
		set(row, "name", name);
		set(row, "field", "Thử nghiệm");
		set(row, "levels", level);
		set(row, "unitCodes", unit);
		set(row, "implementingAgency", "Ủy ban nhân dân");
		set(row, "subjects", "CITIZEN");
		set(row, "channels", "IN_PERSON; ONLINE_PARTIAL");
		set(row, "processingAmount", amount);
		set(row, "processingUnit", "WORKING_DAYS");
		set(row, "resultName", "Giấy xác nhận");
		set(row, "resultPaper", true);
		set(row, "status", "ACTIVE");
		set(row, "effectiveFrom", "2025-07-01");
		return row;
	}

	static Object[] set(Object[] row, String key, Object value) {
		row[WorkbookLayout.PROCEDURES.index(key)] = value;
		return row;
	}

	/** Opens a workbook, lets {@code change} edit it, and returns the result. */
	static byte[] edit(byte[] xlsx, Consumer<Workbook> change) throws IOException {
		try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			change.accept(wb);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			wb.write(out);
			return out.toByteArray();
		}
	}

	/** The row of a sheet whose column A holds {@code code}. */
	static Row rowOf(Workbook wb, String sheet, String code) {
		Sheet s = wb.getSheet(sheet);
		for (int r = 1; r <= s.getLastRowNum(); r++) {
			Row row = s.getRow(r);
			if (row != null && row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new IllegalArgumentException(code + " not on " + sheet);
	}
}
