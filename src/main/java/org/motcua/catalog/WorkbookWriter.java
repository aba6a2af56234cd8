package org.motcua.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/** Writes procedure versions and internal processes in the {@link WorkbookLayout}. */
final class WorkbookWriter {

	private WorkbookWriter() {
	}

	static byte[] write(List<ProcedureVersion> procedures, List<ProcessVersion> processes) {
		try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, false, true)) {
			CellStyle header = wb.createCellStyle();
			Font bold = wb.createFont();
			bold.setBold(true);
			header.setFont(bold);
			CellStyle date = wb.createCellStyle();
			date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			Sheets s = new Sheets(wb, header, date);
			SXSSFSheet p = s.sheet(WorkbookLayout.PROCEDURES);
			SXSSFSheet c = s.sheet(WorkbookLayout.COMPONENTS);
			SXSSFSheet f = s.sheet(WorkbookLayout.FEES);
			SXSSFSheet l = s.sheet(WorkbookLayout.LEGAL_BASIS);
			SXSSFSheet st = s.sheet(WorkbookLayout.STEPS);
			int pr = 1, cr = 1, fr = 1, lr = 1, sr = 1;
			for (ProcedureVersion v : procedures) {
				ProcedureContent x = v.content();
				s.row(p, pr++, v.code(), x.nationalCode(), x.name(), x.field(), levels(x.levels()), String.join("; ", x.unitCodes()),
						x.implementingAgency(), x.decidingAgency(), names(x.subjects()), names(x.channels()),
						x.processingTime() == null ? null : x.processingTime().amount(),
						x.processingTime() == null ? null : x.processingTime().unit().name(), x.processingTimeNote(),
						x.result() == null ? null : x.result().name(), x.result() == null ? null : x.result().paper(),
						x.result() == null ? null : x.result().electronic(), x.conditions(), x.implementationSteps(), x.boundaryFree(),
						x.interAgencyGroup(), x.announcement() == null ? null : x.announcement().number(),
						x.announcement() == null ? null : x.announcement().date(), x.publishedOn(), x.status().name(), x.illustrative(),
						x.note(), v.effectiveFrom(), null);
				for (DossierComponent d : x.components()) {
					s.row(c, cr++, v.code(), d.code(), d.name(), d.formTemplate(), d.originals(), d.copies(), d.required(), d.mustDigitize(),
							d.reusable());
				}
				for (Fee fee : x.fees()) {
					s.row(f, fr++, v.code(), fee.kind().name(), fee.name(), fee.amount(), fee.note());
				}
				for (LegalReference r : x.legalBasis()) {
					s.row(l, lr++, v.code(), r.number(), r.title(), r.issuedOn(), r.effectiveOn());
				}
			}
			for (ProcessVersion pv : processes) {
				int order = 1;
				for (ProcessStep step : pv.steps()) {
					s.row(st, sr++, pv.procedureCode(), pv.unitCode(), order++, step.name(), step.agencyCode(), step.role().name(),
							step.allotment(), step.parallelGroup(), step.lead(), pv.effectiveFrom());
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			wb.write(out);
			wb.dispose();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String levels(List<CompetenceLevel> levels) {
		return levels.stream().map(l -> l.validFrom() == null && l.validTo() == null ? l.level()
				: l.level() + " " + (l.validFrom() == null ? "" : l.validFrom()) + ".." + (l.validTo() == null ? "" : l.validTo()))
			.collect(Collectors.joining("; "));
	}

	private static String names(List<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).collect(Collectors.joining("; "));
	}

	private record Sheets(SXSSFWorkbook wb, CellStyle header, CellStyle date) {

		SXSSFSheet sheet(WorkbookLayout.Sheet layout) {
			SXSSFSheet sheet = wb.createSheet(layout.name());
			Row row = sheet.createRow(0);
			for (int i = 0; i < layout.columns().size(); i++) {
				Cell cell = row.createCell(i);
				cell.setCellValue(layout.columns().get(i).header());
				cell.setCellStyle(header);
				sheet.setColumnWidth(i, 18 * 256);
			}
			sheet.createFreezePane(0, 1);
			return sheet;
		}

		void row(SXSSFSheet sheet, int index, @Nullable Object... values) {
			Row row = sheet.createRow(index);
			for (int i = 0; i < values.length; i++) {
				Object v = values[i];
				if (v == null) {
					continue;
				}
				Cell cell = row.createCell(i);
				if (v instanceof BigDecimal b) {
					cell.setCellValue(b.doubleValue());
				}
				else if (v instanceof Integer n) {
					cell.setCellValue(n);
				}
				else if (v instanceof Boolean b) {
					cell.setCellValue(b);
				}
				else if (v instanceof LocalDate d) {
					cell.setCellValue(d);
					cell.setCellStyle(date);
				}
				else {
					cell.setCellValue(v.toString());
				}
			}
		}
	}
}
