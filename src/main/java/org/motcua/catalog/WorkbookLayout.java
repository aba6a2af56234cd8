package org.motcua.catalog;

import java.util.List;

/**
 * The column layout of the catalogue workbook (.xlsx), the same for export and import. Row 1 of each sheet holds
 * the headers, written "Label (key)"; import recognises a column by the key in parentheses and reads data from row 2.
 * Codes are written as the API writes them (levels, channels, subjects, units of time, statuses, roles); lists in a
 * cell are separated by semicolons; a competence level may carry its dates as {@code COMMUNE 2025-07-01..}.
 * docs/catalog.md describes every column.
 */
public final class WorkbookLayout {

	private WorkbookLayout() {
	}

	/** A column: its key (stable) and its label (for people). */
	public record Column(String key, String label) {

		public String header() {
			return label + " (" + key + ")";
		}
	}

	/** A sheet and its columns, in order. */
	public record Sheet(String name, List<Column> columns) {

		public int index(String key) {
			for (int i = 0; i < columns.size(); i++) {
				if (columns.get(i).key().equals(key)) {
					return i;
				}
			}
			throw new IllegalArgumentException("No column " + key + " in sheet " + name);
		}

		public Column column(String key) {
			return columns.get(index(key));
		}

		/** The column letter as Excel shows it (A, B, ..., AA). */
		public static String letter(int index) {
			StringBuilder s = new StringBuilder();
			int n = index + 1;
			while (n > 0) {
				int r = (n - 1) % 26;
				s.insert(0, (char) ('A' + r));
				n = (n - 1) / 26;
			}
			return s.toString();
		}
	}

	private static Column c(String key, String label) {
		return new Column(key, label);
	}

	public static final Sheet PROCEDURES = new Sheet("Procedures", List.of(
			c("code", "Mã thủ tục"), c("nationalCode", "Mã thủ tục quốc gia"), c("name", "Tên thủ tục"), c("field", "Lĩnh vực"),
			c("levels", "Cấp thực hiện"), c("unitCodes", "Đơn vị áp dụng"), c("implementingAgency", "Cơ quan thực hiện"),
			c("decidingAgency", "Cơ quan có thẩm quyền quyết định"), c("subjects", "Đối tượng thực hiện"),
			c("channels", "Cách thức thực hiện"), c("processingAmount", "Thời hạn giải quyết"), c("processingUnit", "Đơn vị thời gian"),
			c("processingTimeNote", "Ghi chú thời hạn"), c("resultName", "Kết quả thực hiện"), c("resultPaper", "Kết quả bản giấy"),
			c("resultElectronic", "Kết quả bản điện tử"), c("conditions", "Yêu cầu, điều kiện"),
			c("implementationSteps", "Trình tự thực hiện"), c("boundaryFree", "Không phụ thuộc địa giới hành chính"),
			c("interAgencyGroup", "Nhóm liên thông"), c("announcementNumber", "Số quyết định công bố"),
			c("announcementDate", "Ngày quyết định công bố"), c("publishedOn", "Ngày đăng tải CSDL quốc gia"), c("status", "Trạng thái"),
			c("illustrative", "Dữ liệu minh họa"), c("note", "Ghi chú"), c("effectiveFrom", "Hiệu lực từ ngày"),
			c("reason", "Lý do thay đổi")));

	public static final Sheet COMPONENTS = new Sheet("Components", List.of(
			c("procedureCode", "Mã thủ tục"), c("code", "Mã thành phần"), c("name", "Tên giấy tờ"), c("formTemplate", "Mẫu đơn, tờ khai"),
			c("originals", "Số bản chính"), c("copies", "Số bản sao"), c("required", "Bắt buộc"), c("mustDigitize", "Phải số hóa"),
			c("reusable", "Tái sử dụng được")));

	public static final Sheet FEES = new Sheet("Fees", List.of(
			c("procedureCode", "Mã thủ tục"), c("kind", "Loại (FEE: phí, CHARGE: lệ phí)"), c("name", "Tên khoản thu"),
			c("amount", "Mức thu (đồng)"), c("note", "Ghi chú")));

	public static final Sheet LEGAL_BASIS = new Sheet("LegalBasis", List.of(
			c("procedureCode", "Mã thủ tục"), c("number", "Số, ký hiệu văn bản"), c("title", "Trích yếu"), c("issuedOn", "Ngày ban hành"),
			c("effectiveOn", "Ngày có hiệu lực")));

	public static final Sheet STEPS = new Sheet("Steps", List.of(
			c("procedureCode", "Mã thủ tục"), c("unitCode", "Đơn vị tiếp nhận"), c("order", "Thứ tự"), c("name", "Nội dung công việc"),
			c("agencyCode", "Cơ quan thực hiện (trống: cơ quan có thẩm quyền)"), c("role", "Vai trò"), c("allotment", "Thời gian"),
			c("parallelGroup", "Nhóm song song"), c("lead", "Chủ trì"), c("effectiveFrom", "Hiệu lực từ ngày")));

	public static final List<Sheet> SHEETS = List.of(PROCEDURES, COMPONENTS, FEES, LEGAL_BASIS, STEPS);
}
