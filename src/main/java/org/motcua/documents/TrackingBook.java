package org.motcua.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.motcua.audit.AuditTrail;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.documents.pdf.HtmlPdf;
import org.motcua.dossier.DossierService;
import org.motcua.dossier.DossierView;
import org.motcua.organization.AdministrativeUnit;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tracking book (Sổ theo dõi hồ sơ, Mẫu 06 of Circular 01/2018/TT-VPCP, A4; now Circular 03/2025/TT-VPCP):
 * the register of the dossiers a unit received in a period, one row each, as signed PDF or as an Excel workbook.
 * Paper books run one sequence per year (Art. 10): the row number here is the order of receipt in the period.
 */
@Service
public class TrackingBook {

	/** The longest period one book covers: a year, as paper books are opened per year. */
	static final int MAX_DAYS = 366;
	static final int MAX_ROWS = 20_000;

	public enum Format {
		PDF, XLSX
	}

	/** One line of the book. Columns follow the domain brief §1.11 (its field list is from memory, unconfirmed). */
	public record Line(int number, String code, String procedure, String applicant, String contact, String receivedAt,
			String dueAt, String transferredTo, String resultAt, String returnedAt, String status, String grading) {
	}

	private final DossierService dossiers;
	private final Organization organization;
	private final HtmlPdf pdf;
	private final Signing signing;
	private final AuditTrail audit;

	TrackingBook(DossierService dossiers, Organization organization, HtmlPdf pdf, Signing signing, AuditTrail audit) {
		this.dossiers = dossiers;
		this.organization = organization;
		this.pdf = pdf;
		this.signing = signing;
		this.audit = audit;
	}

	@Transactional
	public FormService.IssuedDocument issue(Caller caller, String unitCode, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable Format format) {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		problems.check(from != null, "from", "error.required");
		problems.check(to != null, "to", "error.required");
		problems.check(format != null, "format", "error.required");
		problems.throwIfAny();
		problems.check(!to.isBefore(from), "to", "error.documents.period-order");
		problems.check(ChronoUnit.DAYS.between(from, to) < MAX_DAYS, "to", "error.documents.period-too-long", MAX_DAYS);
		problems.throwIfAny();
		AdministrativeUnit unit = organization.unit(caller, unitCode.trim().toUpperCase(java.util.Locale.ROOT));
		List<DossierView> received = dossiers.receivedAt(caller, unit.code(), from.atStartOfDay(WorkingCalendar.ZONE).toInstant(),
				to.plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant(), MAX_ROWS + 1);
		if (received.size() > MAX_ROWS) {
			throw InvalidInputException.of("to", "error.documents.period-too-many", MAX_ROWS);
		}
		List<Line> lines = lines(received);
		String name = "so-theo-doi-%s-%s-%s".formatted(unit.code(), from, to);
		FormService.IssuedDocument issued;
		if (format == Format.XLSX) {
			issued = new FormService.IssuedDocument(name + ".xlsx", workbook(unit, from, to, lines), false);
		}
		else {
			Map<String, Object> v = new LinkedHashMap<>();
			v.put("unitName", unit.name());
			v.put("unitHeading", "ỦY BAN NHÂN DÂN " + unit.name().toUpperCase(java.util.Locale.forLanguageTag("vi")));
			v.put("from", from.format(FormService.DATE));
			v.put("to", to.format(FormService.DATE));
			v.put("year", from.getYear());
			v.put("lines", lines);
			byte[] unsigned = pdf.pdf(FormService.provinceOf(unit.code()), "tracking-book", v);
			Signing.Signed signed = signing.sign(unsigned, unit.code(), unit.name(), "Mẫu 06", unit.name());
			issued = new FormService.IssuedDocument(name + ".pdf", signed.content(), signed.signed());
		}
		audit.record("TRACKING_BOOK_ISSUED", "AdministrativeUnit", unit.code(), "%s to %s, %d dossiers, %s".formatted(from, to,
				lines.size(), format));
		return issued;
	}

	static List<Line> lines(List<DossierView> received) {
		List<Line> lines = new ArrayList<>();
		int n = 0;
		for (DossierView d : received) {
			String contact = String.join(", ", java.util.stream.Stream.of(d.applicant().address(), d.applicant().phone())
				.filter(s -> s != null && !s.isBlank()).toList());
			lines.add(new Line(++n, d.code(), d.procedureName(), d.applicant().fullName(), contact,
					FormService.format(d.receivedAt(), FormService.SHORT), FormService.format(d.dueAt(), FormService.SHORT),
					d.transferredTo() == null ? "" : d.transferredTo(), FormService.format(d.resultIssuedAt(), FormService.SHORT),
					FormService.format(d.returnedAt(), FormService.SHORT), status(d), FormService.grading(d.timeliness())));
		}
		return lines;
	}

	static String status(DossierView d) {
		return switch (d.status()) {
			case SUBMITTED -> "Chờ tiếp nhận";
			case COMPLETION_REQUESTED -> "Yêu cầu bổ sung";
			case RECEIVED -> "Đã tiếp nhận";
			case IN_PROGRESS -> "Đang giải quyết";
			case PAUSED -> "Tạm dừng";
			case TRANSFERRED -> "Đã chuyển liên thông";
			case RESULT_READY -> "Có kết quả";
			case RETURNED -> "Đã trả kết quả";
			case REFUSED -> "Từ chối";
			case STOPPED -> "Dừng giải quyết";
			case CANCELLED -> "Hủy";
		};
	}

	static final String[] HEADERS = { "STT", "Mã hồ sơ", "Tên thủ tục hành chính", "Tên cá nhân, tổ chức", "Địa chỉ, số điện thoại",
			"Ngày, giờ nhận hồ sơ", "Ngày, giờ hẹn trả kết quả", "Chuyển liên thông đến", "Ngày có kết quả", "Ngày trả kết quả",
			"Tình trạng", "Kết quả giải quyết" };

	static byte[] workbook(AdministrativeUnit unit, LocalDate from, LocalDate to, List<Line> lines) {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet("Sổ theo dõi hồ sơ");
			Font bold = wb.createFont();
			bold.setBold(true);
			CellStyle title = wb.createCellStyle();
			title.setFont(bold);
			title.setAlignment(HorizontalAlignment.CENTER);
			CellStyle header = wb.createCellStyle();
			header.setFont(bold);
			header.setWrapText(true);
			header.setVerticalAlignment(VerticalAlignment.CENTER);
			header.setAlignment(HorizontalAlignment.CENTER);
			CellStyle cell = wb.createCellStyle();
			cell.setWrapText(true);
			cell.setVerticalAlignment(VerticalAlignment.TOP);
			for (CellStyle s : List.of(header, cell)) {
				s.setBorderTop(BorderStyle.THIN);
				s.setBorderBottom(BorderStyle.THIN);
				s.setBorderLeft(BorderStyle.THIN);
				s.setBorderRight(BorderStyle.THIN);
			}
			Row r0 = sheet.createRow(0);
			r0.createCell(0).setCellValue("ỦY BAN NHÂN DÂN " + unit.name().toUpperCase(java.util.Locale.forLanguageTag("vi")));
			Row r1 = sheet.createRow(1);
			r1.createCell(0).setCellValue("SỔ THEO DÕI HỒ SƠ (Mẫu số 06)");
			r1.getCell(0).setCellStyle(title);
			sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, HEADERS.length - 1));
			Row r2 = sheet.createRow(2);
			r2.createCell(0).setCellValue("Từ ngày " + from.format(FormService.DATE) + " đến ngày " + to.format(FormService.DATE));
			sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, HEADERS.length - 1));
			Row head = sheet.createRow(4);
			for (int i = 0; i < HEADERS.length; i++) {
				head.createCell(i).setCellValue(HEADERS[i]);
				head.getCell(i).setCellStyle(header);
			}
			int rowIndex = 5;
			for (Line l : lines) {
				Row row = sheet.createRow(rowIndex++);
				row.createCell(0).setCellValue(l.number());
				String[] values = { l.code(), l.procedure(), l.applicant(), l.contact(), l.receivedAt(), l.dueAt(), l.transferredTo(),
						l.resultAt(), l.returnedAt(), l.status(), l.grading() };
				for (int i = 0; i < values.length; i++) {
					row.createCell(i + 1).setCellValue(values[i]);
				}
				for (int i = 0; i < HEADERS.length; i++) {
					row.getCell(i).setCellStyle(cell);
				}
			}
			int[] widths = { 6, 26, 40, 26, 30, 18, 18, 16, 18, 18, 18, 14 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			sheet.createFreezePane(0, 5);
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
