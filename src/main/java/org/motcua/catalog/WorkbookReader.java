package org.motcua.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.motcua.calendar.DurationUnit;
import org.motcua.organization.Role;

/**
 * Reads a catalogue workbook cell by cell into typed rows, reporting every unreadable cell with its sheet, row and
 * column. It checks form only (numbers, dates, codes); the catalogue's rules are checked afterwards.
 */
final class WorkbookReader {

	static final int MAX_ROWS = 20_000;
	private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu");
	private static final Set<String> TRUE = Set.of("x", "có", "co", "yes", "true", "1", "đúng");
	private static final Set<String> FALSE = Set.of("", "không", "khong", "no", "false", "0", "sai");

	/** A row of a sheet, as read, with where it came from. */
	record Source(WorkbookLayout.Sheet sheet, int row) {

		ImportProblem problem(String key, String messageKey, Object... args) {
			int col = sheet.index(key);
			return new ImportProblem(sheet.name(), row, WorkbookLayout.Sheet.letter(col), sheet.columns().get(col).header(), messageKey, args);
		}
	}

	record ProcedureRow(Source source, String code, ProcedureContent content, @Nullable LocalDate effectiveFrom, @Nullable String reason) {
	}

	record ComponentRow(Source source, String procedureCode, DossierComponent component) {
	}

	record FeeRow(Source source, String procedureCode, Fee fee) {
	}

	record LegalRow(Source source, String procedureCode, LegalReference reference) {
	}

	record StepRow(Source source, String procedureCode, String unitCode, @Nullable Integer order, ProcessStep step,
			@Nullable LocalDate effectiveFrom) {
	}

	/** Everything read; rows with unreadable cells are listed in {@code badRows} (sheet name and row). */
	record Parsed(List<ProcedureRow> procedures, List<ComponentRow> components, List<FeeRow> fees, List<LegalRow> legal,
			List<StepRow> steps, List<ImportProblem> problems, int rows) {
	}

	static Parsed read(InputStream in) throws IOException {
		ZipSecureFile.setMinInflateRatio(0.005);
		try (Workbook wb = new XSSFWorkbook(in)) {
			List<ImportProblem> problems = new ArrayList<>();
			Map<String, Sheet> sheets = new HashMap<>();
			for (WorkbookLayout.Sheet layout : WorkbookLayout.SHEETS) {
				Sheet sheet = wb.getSheet(layout.name());
				if (sheet == null) {
					problems.add(new ImportProblem(layout.name(), 1, "A", layout.columns().get(0).header(), "error.catalog.import.sheet-missing",
							layout.name()));
					continue;
				}
				Row header = sheet.getRow(0);
				boolean headersOk = true;
				for (int i = 0; i < layout.columns().size(); i++) {
					String text = header == null ? "" : text(header.getCell(i));
					if (!text.strip().endsWith("(" + layout.columns().get(i).key() + ")")) {
						problems.add(new ImportProblem(layout.name(), 1, WorkbookLayout.Sheet.letter(i), layout.columns().get(i).header(),
								"error.catalog.import.header", layout.columns().get(i).header()));
						headersOk = false;
					}
				}
				if (headersOk) {
					sheets.put(layout.name(), sheet);
				}
			}
			List<ProcedureRow> procedures = new ArrayList<>();
			List<ComponentRow> components = new ArrayList<>();
			List<FeeRow> fees = new ArrayList<>();
			List<LegalRow> legal = new ArrayList<>();
			List<StepRow> steps = new ArrayList<>();
			int rows = 0;
			for (WorkbookLayout.Sheet layout : WorkbookLayout.SHEETS) {
				Sheet sheet = sheets.get(layout.name());
				if (sheet == null) {
					continue;
				}
				for (int r = 1; r <= sheet.getLastRowNum(); r++) {
					Row row = sheet.getRow(r);
					if (row == null || blankRow(row, layout.columns().size())) {
						continue;
					}
					if (++rows > MAX_ROWS) {
						problems.add(new ImportProblem(layout.name(), r + 1, "A", layout.columns().get(0).header(), "error.catalog.import.too-many-rows",
								MAX_ROWS));
						return new Parsed(procedures, components, fees, legal, steps, problems, rows);
					}
					Cells c = new Cells(new Source(layout, r + 1), row, problems);
					if (layout == WorkbookLayout.PROCEDURES) {
						procedures.add(c.procedure());
					}
					else if (layout == WorkbookLayout.COMPONENTS) {
						components.add(new ComponentRow(c.source, c.code("procedureCode"), new DossierComponent(c.text("code"), c.text("name"),
								c.text("formTemplate"), c.integer("originals", 0), c.integer("copies", 0), c.bool("required"), c.bool("mustDigitize"),
								c.bool("reusable"))));
					}
					else if (layout == WorkbookLayout.FEES) {
						FeeKind kind = c.enumValue("kind", FeeKind.class);
						BigDecimal amount = c.decimal("amount");
						fees.add(new FeeRow(c.source, c.code("procedureCode"), new Fee(kind == null ? FeeKind.CHARGE : kind, c.text("name"),
								amount == null ? BigDecimal.ZERO : amount, c.text("note"))));
					}
					else if (layout == WorkbookLayout.LEGAL_BASIS) {
						legal.add(new LegalRow(c.source, c.code("procedureCode"), new LegalReference(c.text("number"), c.text("title"),
								c.date("issuedOn"), c.date("effectiveOn"))));
					}
					else {
						BigDecimal allotment = c.decimal("allotment");
						steps.add(new StepRow(c.source, c.code("procedureCode"), c.code("unitCode"), c.integer("order", null),
								new ProcessStep(c.text("name"), c.text("agencyCode"), c.enumValue("role", Role.class),
										allotment == null ? BigDecimal.ZERO : allotment, c.integer("parallelGroup", null), c.bool("lead")),
								c.date("effectiveFrom")));
					}
				}
			}
			return new Parsed(procedures, components, fees, legal, steps, problems, rows);
		}
	}

	private static boolean blankRow(Row row, int columns) {
		for (int i = 0; i < columns; i++) {
			if (!text(row.getCell(i)).isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static String text(@Nullable Cell cell) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
			return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
		}
		return new DataFormatter(Locale.ROOT).formatCellValue(cell);
	}

	/** The cells of one row, read by column key; unreadable cells become problems and read as absent. */
	private static final class Cells {

		final Source source;
		final Row row;
		final List<ImportProblem> problems;

		Cells(Source source, Row row, List<ImportProblem> problems) {
			this.source = source;
			this.row = row;
			this.problems = problems;
		}

		@Nullable Cell cell(String key) {
			return row.getCell(source.sheet().index(key));
		}

		@Nullable String text(String key) {
			String t = WorkbookReader.text(cell(key)).strip();
			return t.isEmpty() ? null : t;
		}

		String code(String key) {
			String t = text(key);
			return t == null ? "" : t.toUpperCase(Locale.ROOT);
		}

		@Nullable BigDecimal decimal(String key) {
			Cell cell = cell(key);
			if (cell == null) {
				return null;
			}
			if (cell.getCellType() == CellType.NUMERIC) {
				return Decimals.canonical(BigDecimal.valueOf(cell.getNumericCellValue()));
			}
			String t = text(key);
			if (t == null) {
				return null;
			}
			try {
				return Decimals.canonical(new BigDecimal(t.replace(" ", "").replace(',', '.')));
			}
			catch (NumberFormatException ex) {
				problems.add(source.problem(key, "error.catalog.import.number", t));
				return null;
			}
		}

		@Nullable Integer integer(String key, @Nullable Integer absent) {
			BigDecimal d = decimal(key);
			if (d == null) {
				return absent;
			}
			try {
				return d.intValueExact();
			}
			catch (ArithmeticException ex) {
				problems.add(source.problem(key, "error.catalog.import.integer", d.toPlainString()));
				return absent;
			}
		}

		@Nullable LocalDate date(String key) {
			Cell cell = cell(key);
			if (cell == null) {
				return null;
			}
			if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
				return cell.getLocalDateTimeCellValue().toLocalDate();
			}
			String t = text(key);
			if (t == null) {
				return null;
			}
			try {
				return t.contains("/") ? LocalDate.parse(t, DMY) : LocalDate.parse(t);
			}
			catch (DateTimeParseException ex) {
				problems.add(source.problem(key, "error.catalog.import.date", t));
				return null;
			}
		}

		boolean bool(String key) {
			Cell cell = cell(key);
			if (cell != null && cell.getCellType() == CellType.BOOLEAN) {
				return cell.getBooleanCellValue();
			}
			String t = text(key);
			String v = t == null ? "" : t.toLowerCase(Locale.ROOT);
			if (TRUE.contains(v)) {
				return true;
			}
			if (!FALSE.contains(v)) {
				problems.add(source.problem(key, "error.catalog.import.boolean", t));
			}
			return false;
		}

		<E extends Enum<E>> @Nullable E enumValue(String key, Class<E> type) {
			String t = text(key);
			if (t == null) {
				return null;
			}
			try {
				return Enum.valueOf(type, t.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(source.problem(key, "error.catalog.import.code", t,
						String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
				return null;
			}
		}

		<E extends Enum<E>> List<E> enumList(String key, Class<E> type) {
			List<E> values = new ArrayList<>();
			for (String part : split(text(key))) {
				try {
					values.add(Enum.valueOf(type, part.toUpperCase(Locale.ROOT)));
				}
				catch (IllegalArgumentException ex) {
					problems.add(source.problem(key, "error.catalog.import.code", part,
							String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
				}
			}
			return values;
		}

		List<CompetenceLevel> levels(String key) {
			List<CompetenceLevel> levels = new ArrayList<>();
			for (String part : split(text(key))) {
				String[] words = part.split("\\s+", 2);
				LocalDate from = null;
				LocalDate to = null;
				if (words.length == 2) {
					String[] range = words[1].split("\\.\\.", -1);
					try {
						if (range.length != 2) {
							throw new DateTimeParseException("range", words[1], 0);
						}
						from = range[0].isBlank() ? null : LocalDate.parse(range[0].strip());
						to = range[1].isBlank() ? null : LocalDate.parse(range[1].strip());
					}
					catch (DateTimeParseException ex) {
						problems.add(source.problem(key, "error.catalog.import.level", part));
						continue;
					}
				}
				levels.add(new CompetenceLevel(words[0], from, to));
			}
			return levels;
		}

		ProcedureRow procedure() {
			BigDecimal amount = decimal("processingAmount");
			DurationUnit unit = enumValue("processingUnit", DurationUnit.class);
			ProcessingTime time = amount == null && unit == null ? null
					: new ProcessingTime(amount == null ? BigDecimal.ZERO : amount, unit == null ? DurationUnit.WORKING_DAYS : unit);
			if (amount == null && unit != null) {
				problems.add(source.problem("processingAmount", "error.required"));
			}
			String resultName = text("resultName");
			ProcedureResult result = resultName == null ? null : new ProcedureResult(resultName, bool("resultPaper"), bool("resultElectronic"));
			String announcementNumber = text("announcementNumber");
			LocalDate announcementDate = date("announcementDate");
			Announcement announcement = announcementNumber == null && announcementDate == null ? null
					: new Announcement(announcementNumber == null ? "" : announcementNumber, announcementDate);
			ProcedureStatus status = enumValue("status", ProcedureStatus.class);
			ProcedureContent content = new ProcedureContent(text("nationalCode"), text("name"), text("field"), levels("levels"),
					split(text("unitCodes")), text("implementingAgency"), text("decidingAgency"), enumList("subjects", Subject.class),
					enumList("channels", Channel.class), time, text("processingTimeNote"), List.of(), List.of(), result, text("conditions"),
					text("implementationSteps"), List.of(), bool("boundaryFree"), text("interAgencyGroup"), announcement, date("publishedOn"),
					status == null ? ProcedureStatus.ACTIVE : status, bool("illustrative"), text("note"));
			return new ProcedureRow(source, code("code"), content, date("effectiveFrom"), text("reason"));
		}

		static List<String> split(@Nullable String text) {
			if (text == null) {
				return List.of();
			}
			return Arrays.stream(text.split("[;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		}
	}
}
