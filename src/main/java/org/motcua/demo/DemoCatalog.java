package org.motcua.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.motcua.calendar.DurationUnit;
import org.motcua.catalog.Announcement;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.CatalogCommands.NewProcedure;
import org.motcua.catalog.CatalogCommands.ProcedureChange;
import org.motcua.catalog.CatalogCommands.ProcessChange;
import org.motcua.catalog.Channel;
import org.motcua.catalog.CompetenceLevel;
import org.motcua.catalog.DossierComponent;
import org.motcua.catalog.Fee;
import org.motcua.catalog.FeeKind;
import org.motcua.catalog.LegalReference;
import org.motcua.catalog.Procedure;
import org.motcua.catalog.ProcedureContent;
import org.motcua.catalog.ProcedureResult;
import org.motcua.catalog.ProcedureStatus;
import org.motcua.catalog.ProcessStep;
import org.motcua.catalog.ProcessingTime;
import org.motcua.catalog.ComplianceCost;
import org.motcua.catalog.ProposalKind;
import org.motcua.catalog.ProposalStatus;
import org.motcua.catalog.SimplificationCommands.Decision;
import org.motcua.catalog.SimplificationCommands.NewProposal;
import org.motcua.catalog.SimplificationProposal;
import org.motcua.catalog.Simplifications;
import org.motcua.catalog.Subject;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.organization.Role;
import org.springframework.stereotype.Component;

/**
 * Demo catalogue of Nghệ An for the former districts Đô Lương (347 procedures: 237 at district level, 110 at
 * commune level, the figures of its administrative-reform report) and Tân Kỳ (a smaller set), each with an
 * internal process at every unit that applies it.
 * <p>
 * Real, from the legal texts cited in each procedure: the names, fields and legal time limits of the procedures
 * listed in {@link #realProcedures()} whose {@code confident} flag is set (civil status: Law 60/2014/QH13 and
 * Decree 123/2015/NĐ-CP; certification: Decree 23/2015/NĐ-CP and the fees of Circular 226/2016/TT-BTC; household
 * businesses: Decree 01/2021/NĐ-CP; construction permits: Law 50/2014/QH13 as amended by Law 62/2020/QH14).
 * Illustrative, and said so in each procedure's note: the local codes (no national code is claimed), the
 * announcement decisions and publication dates, the internal processes, the time limits of real procedures not
 * marked confident, and every generated procedure (flag {@code illustrative}).
 */
@Component
class DemoCatalog {

	static final String DL = "H41.20";
	static final String TK = "H41.21";
	static final List<String> DL_COMMUNES = List.of("H41.20.21", "H41.20.22", "H41.20.23", "H41.20.24", "H41.20.25");
	static final List<String> TK_COMMUNES = List.of("H41.21.21", "H41.21.22", "H41.21.23", "H41.21.24");
	static final int DL_DISTRICT = 237;
	static final int DL_COMMUNE = 110;
	static final int TK_DISTRICT_OWN = 18;
	static final int TK_COMMUNE_OWN = 12;

	static final LocalDate DEMO_FROM = LocalDate.of(2024, 3, 1);
	static final LocalDate ANNOUNCED = LocalDate.of(2024, 2, 15);
	static final LocalDate LEVELS_FROM = LocalDate.of(2016, 1, 1);

	static final String NOTE_REAL = "Tên, lĩnh vực, căn cứ pháp lý và thời hạn giải quyết theo văn bản pháp luật nêu trong căn cứ pháp lý. "
			+ "Dữ liệu minh họa: mã thủ tục địa phương, quyết định công bố, ngày đăng tải, mức phí không có trong văn bản và quy trình nội bộ.";
	static final String NOTE_REAL_TIME = "Tên và lĩnh vực theo danh mục thủ tục hành chính hiện hành. Dữ liệu minh họa: thời hạn giải quyết, "
			+ "thành phần hồ sơ, mã thủ tục địa phương, quyết định công bố và quy trình nội bộ — cần đối chiếu quyết định công bố của tỉnh.";
	static final String NOTE_GENERATED = "Dữ liệu minh họa: thủ tục do bộ dữ liệu demo sinh ra để đủ số lượng của báo cáo, không có trong danh mục chính thức.";

	private final Catalog catalog;
	private final Simplifications simplifications;
	private final Organization organization;

	DemoCatalog(Catalog catalog, Simplifications simplifications, Organization organization) {
		this.catalog = catalog;
		this.simplifications = simplifications;
		this.organization = organization;
	}

	/** A legal reference known to be real (number, title, dates as published). */
	record Law(String number, String title, LocalDate issued, LocalDate effective) {

		LegalReference ref() {
			return new LegalReference(number, title, issued, effective);
		}
	}

	static final Law HO_TICH = new Law("60/2014/QH13", "Luật Hộ tịch", LocalDate.of(2014, 11, 20), LocalDate.of(2016, 1, 1));
	static final Law ND_123 = new Law("123/2015/NĐ-CP", "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
			LocalDate.of(2015, 11, 15), LocalDate.of(2016, 1, 1));
	static final Law ND_23 = new Law("23/2015/NĐ-CP", "Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch",
			LocalDate.of(2015, 2, 16), LocalDate.of(2015, 4, 10));
	static final Law TT_226 = new Law("226/2016/TT-BTC", "Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực",
			LocalDate.of(2016, 11, 11), LocalDate.of(2017, 1, 1));
	static final Law ND_01 = new Law("01/2021/NĐ-CP", "Nghị định về đăng ký doanh nghiệp", LocalDate.of(2021, 1, 4), LocalDate.of(2021, 1, 4));
	static final Law LUAT_XD = new Law("50/2014/QH13", "Luật Xây dựng", LocalDate.of(2014, 6, 18), LocalDate.of(2015, 1, 1));
	static final Law LUAT_XD_SUA = new Law("62/2020/QH14", "Luật sửa đổi, bổ sung một số điều của Luật Xây dựng", LocalDate.of(2020, 6, 17), LocalDate.of(2021, 1, 1));
	static final Law ND_15 = new Law("15/2021/NĐ-CP", "Nghị định quy định chi tiết một số nội dung về quản lý dự án đầu tư xây dựng",
			LocalDate.of(2021, 3, 3), LocalDate.of(2021, 3, 3));
	static final Law LUAT_DD_2013 = new Law("45/2013/QH13", "Luật Đất đai", LocalDate.of(2013, 11, 29), LocalDate.of(2014, 7, 1));
	static final Law LUAT_DD_2024 = new Law("31/2024/QH15", "Luật Đất đai", LocalDate.of(2024, 1, 18), LocalDate.of(2024, 8, 1));
	static final Law ND_101 = new Law("101/2024/NĐ-CP", "Nghị định quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và Hệ thống thông tin đất đai",
			LocalDate.of(2024, 7, 29), LocalDate.of(2024, 8, 1));
	static final Law ND_20 = new Law("20/2021/NĐ-CP", "Nghị định quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội",
			LocalDate.of(2021, 3, 15), LocalDate.of(2021, 7, 1));

	/** Field, its short code for local procedure codes, and the district agency (suffix) competent for it. */
	record Field(String name, String code, @Nullable String districtAgency) {
	}

	static final Field HT = new Field("Hộ tịch", "HT", ".02");
	static final Field CT = new Field("Chứng thực", "CT", ".02");
	static final Field HKD = new Field("Thành lập và hoạt động của hộ kinh doanh", "HKD", ".06");
	static final Field XD = new Field("Hoạt động xây dựng", "XD", ".05");
	static final Field DD = new Field("Đất đai", "DD", ".03");
	static final Field BTXH = new Field("Bảo trợ xã hội", "BTXH", ".04");

	/**
	 * A real procedure: its name, field, level, time limit, legal basis, components and fees. When {@code confident}
	 * is false the name and field are real but the time limit and components are illustrative.
	 */
	record Real(Field field, String level, String name, String amount, DurationUnit unit, @Nullable String timeNote,
			boolean confident, List<Law> laws, List<Comp> components, List<Fee> fees, String result,
			@Nullable String interAgency, boolean landInterAgency) {
	}

	private static Real real(Field f, String level, String name, String amount, DurationUnit unit, @Nullable String timeNote,
			boolean confident, List<Law> laws, List<Comp> components, List<Fee> fees, String result) {
		return new Real(f, level, name, amount, unit, timeNote, confident, laws, components, fees, result, null, false);
	}

	static final String SAME_DAY = "Ngay trong ngày tiếp nhận hồ sơ; hồ sơ nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.";
	static final DurationUnit WD = DurationUnit.WORKING_DAYS;
	static final DurationUnit CD = DurationUnit.CALENDAR_DAYS;

	/** A dossier component of a real procedure: code, name, originals, copies. */
	record Comp(String code, String name, int originals, int copies) {
	}

	private static Comp comp(String code, String name, String originals, String copies) {
		return new Comp(code, name, Integer.parseInt(originals), Integer.parseInt(copies));
	}

	private static Fee charge(String name, long amount, @Nullable String note) {
		return new Fee(FeeKind.CHARGE, name, BigDecimal.valueOf(amount), note);
	}

	private static Fee fee(String name, long amount, @Nullable String note) {
		return new Fee(FeeKind.FEE, name, BigDecimal.valueOf(amount), note);
	}

	static List<Real> realProcedures() {
		List<Real> list = new ArrayList<>();
		String C = "COMMUNE";
		String D = "DISTRICT";
		List<Law> ht = List.of(HO_TICH, ND_123);
		List<Law> ct = List.of(ND_23, TT_226);
		// ---- commune level: civil status (Law 60/2014/QH13 Art. 16, 18, 20, 22, 25, 28; Decree 123/2015 Art. 22, 26)
		list.add(new Real(HT, C, "Đăng ký khai sinh", "1", WD, SAME_DAY, true, ht,
				List.of(comp("TK", "Tờ khai đăng ký khai sinh theo mẫu", "1", "0"), comp("GCS", "Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh", "1", "0")),
				List.of(charge("Lệ phí đăng ký khai sinh đúng hạn", 0, "Miễn lệ phí (Luật Hộ tịch, Điều 11)")), "Giấy khai sinh (bản chính)",
				"Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi", false));
		list.add(real(HT, C, "Đăng ký kết hôn", "5", WD, "Ngay khi nhận đủ giấy tờ; trường hợp cần xác minh điều kiện kết hôn thì không quá 05 ngày làm việc.", true, ht,
				List.of(comp("TK", "Tờ khai đăng ký kết hôn theo mẫu", "1", "0"), comp("XNHN", "Giấy xác nhận tình trạng hôn nhân (trường hợp không thường trú tại xã nơi đăng ký)", "1", "0")),
				List.of(), "Giấy chứng nhận kết hôn"));
		list.add(new Real(HT, C, "Đăng ký khai tử", "1", WD, SAME_DAY, true, ht,
				List.of(comp("TK", "Tờ khai đăng ký khai tử theo mẫu", "1", "0"), comp("GBT", "Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử", "1", "0")),
				List.of(charge("Lệ phí đăng ký khai tử đúng hạn", 0, "Miễn lệ phí (Luật Hộ tịch, Điều 11)")), "Trích lục khai tử (bản chính)",
				"Liên thông đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất", false));
		list.add(real(HT, C, "Đăng ký nhận cha, mẹ, con", "3", WD, null, true, ht,
				List.of(comp("TK", "Tờ khai đăng ký nhận cha, mẹ, con theo mẫu", "1", "0"), comp("CC", "Chứng cứ chứng minh quan hệ cha, mẹ, con", "1", "0")),
				List.of(), "Trích lục đăng ký nhận cha, mẹ, con"));
		list.add(real(HT, C, "Đăng ký giám hộ", "3", WD, null, true, ht,
				List.of(comp("TK", "Tờ khai đăng ký giám hộ theo mẫu", "1", "0"), comp("VB", "Văn bản cử người giám hộ", "1", "0")),
				List.of(), "Trích lục đăng ký giám hộ"));
		list.add(real(HT, C, "Đăng ký chấm dứt giám hộ", "2", WD, null, true, ht,
				List.of(comp("TK", "Tờ khai đăng ký chấm dứt giám hộ theo mẫu", "1", "0"), comp("GT", "Giấy tờ làm căn cứ chấm dứt giám hộ", "1", "0")),
				List.of(), "Trích lục đăng ký chấm dứt giám hộ"));
		list.add(real(HT, C, "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch", "3", WD,
				"03 ngày làm việc; trường hợp cần xác minh được kéo dài thêm không quá 03 ngày làm việc.", true, ht,
				List.of(comp("TK", "Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch theo mẫu", "1", "0"), comp("GT", "Giấy tờ làm căn cứ thay đổi, cải chính, bổ sung", "1", "0")),
				List.of(), "Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch"));
		list.add(real(HT, C, "Cấp Giấy xác nhận tình trạng hôn nhân", "3", WD, null, true, ht,
				List.of(comp("TK", "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu", "1", "0")),
				List.of(), "Giấy xác nhận tình trạng hôn nhân"));
		list.add(real(HT, C, "Đăng ký lại khai sinh", "5", WD, null, true, ht,
				List.of(comp("TK", "Tờ khai đăng ký lại khai sinh theo mẫu", "1", "0"), comp("BS", "Bản sao Giấy khai sinh hoặc giấy tờ có thông tin khai sinh", "0", "1")),
				List.of(), "Giấy khai sinh (bản chính)"));
		list.add(real(HT, C, "Đăng ký lại kết hôn", "5", WD, null, true, ht,
				List.of(comp("TK", "Tờ khai đăng ký lại kết hôn theo mẫu", "1", "0"), comp("BS", "Bản sao Giấy chứng nhận kết hôn được cấp trước đây", "0", "1")),
				List.of(), "Giấy chứng nhận kết hôn"));
		list.add(real(HT, C, "Đăng ký lại khai tử", "5", WD, null, true, ht,
				List.of(comp("TK", "Tờ khai đăng ký lại khai tử theo mẫu", "1", "0"), comp("BS", "Bản sao Giấy chứng tử hoặc giấy tờ liên quan", "0", "1")),
				List.of(), "Trích lục khai tử"));
		list.add(real(HT, C, "Cấp bản sao trích lục hộ tịch", "1", WD, SAME_DAY, true, ht,
				List.of(comp("TK", "Tờ khai cấp bản sao trích lục hộ tịch theo mẫu", "1", "0")),
				List.of(), "Bản sao trích lục hộ tịch"));
		list.add(real(HT, C, "Đăng ký khai sinh kết hợp nhận cha, mẹ, con", "3", WD, null, true, ht,
				List.of(comp("TK", "Tờ khai đăng ký khai sinh và Tờ khai nhận cha, mẹ, con theo mẫu", "1", "0"), comp("GCS", "Giấy chứng sinh", "1", "0"), comp("CC", "Chứng cứ chứng minh quan hệ cha, mẹ, con", "1", "0")),
				List.of(), "Giấy khai sinh và Trích lục nhận cha, mẹ, con"));
		// ---- commune level: certification (Decree 23/2015 Art. 21, 33, 37; fees of Circular 226/2016/TT-BTC)
		list.add(real(CT, C, "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận", "1", WD, SAME_DAY, true, ct,
				List.of(comp("BC", "Bản chính giấy tờ, văn bản làm cơ sở chứng thực bản sao", "1", "0"), comp("BS", "Bản sao cần chứng thực", "0", "1")),
				List.of(fee("Phí chứng thực bản sao từ bản chính", 2000, "2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản")), "Bản sao có chứng thực"));
		list.add(real(CT, C, "Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)", "1", WD, SAME_DAY, true, ct,
				List.of(comp("GT", "Giấy tờ, văn bản mà mình sẽ ký", "1", "0"), comp("CCCD", "Căn cước hoặc hộ chiếu còn giá trị sử dụng (xuất trình)", "1", "0")),
				List.of(fee("Phí chứng thực chữ ký", 10000, "10.000 đồng/trường hợp")), "Giấy tờ, văn bản được chứng thực chữ ký"));
		list.add(real(CT, C, "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở", "2", WD,
				"Không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.", true, ct,
				List.of(comp("DT", "Dự thảo hợp đồng, giao dịch", "1", "0"), comp("GT", "Giấy chứng nhận quyền sở hữu, quyền sử dụng hoặc giấy tờ thay thế", "0", "1")),
				List.of(fee("Phí chứng thực hợp đồng, giao dịch", 50000, "50.000 đồng/hợp đồng, giao dịch")), "Hợp đồng, giao dịch được chứng thực"));
		list.add(real(CT, C, "Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch", "2", WD, null, true, ct,
				List.of(comp("HD", "Hợp đồng, giao dịch đã được chứng thực", "1", "0"), comp("DT", "Dự thảo hợp đồng sửa đổi, bổ sung, hủy bỏ", "1", "0")),
				List.of(fee("Phí chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch", 30000, "30.000 đồng/hợp đồng, giao dịch")), "Hợp đồng, giao dịch sửa đổi, bổ sung, hủy bỏ được chứng thực"));
		list.add(real(CT, C, "Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực", "2", WD, null, true, ct,
				List.of(comp("DN", "Đề nghị cấp bản sao", "1", "0")),
				List.of(fee("Phí cấp bản sao có chứng thực", 2000, "2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản")), "Bản sao có chứng thực"));
		list.add(real(CT, C, "Chứng thực di chúc", "2", WD, null, true, ct,
				List.of(comp("DT", "Dự thảo di chúc", "1", "0"), comp("GT", "Giấy tờ chứng minh quyền sở hữu, quyền sử dụng tài sản", "0", "1")),
				List.of(fee("Phí chứng thực di chúc", 50000, null)), "Di chúc được chứng thực"));
		list.add(real(CT, C, "Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở", "2", WD, null, true, ct,
				List.of(comp("DT", "Dự thảo văn bản thỏa thuận phân chia di sản", "1", "0"), comp("GCT", "Giấy chứng tử hoặc giấy tờ chứng minh người để lại di sản đã chết", "0", "1")),
				List.of(fee("Phí chứng thực văn bản thỏa thuận phân chia di sản", 50000, null)), "Văn bản thỏa thuận phân chia di sản được chứng thực"));
		list.add(real(CT, C, "Chứng thực văn bản khai nhận di sản mà di sản là động sản, quyền sử dụng đất, nhà ở", "2", WD, null, true, ct,
				List.of(comp("DT", "Dự thảo văn bản khai nhận di sản", "1", "0"), comp("GCT", "Giấy chứng tử hoặc giấy tờ chứng minh người để lại di sản đã chết", "0", "1")),
				List.of(fee("Phí chứng thực văn bản khai nhận di sản", 50000, null)), "Văn bản khai nhận di sản được chứng thực"));
		list.add(real(CT, C, "Chứng thực văn bản từ chối nhận di sản", "2", WD, null, false, ct,
				List.of(comp("DT", "Dự thảo văn bản từ chối nhận di sản", "1", "0")),
				List.of(fee("Phí chứng thực văn bản từ chối nhận di sản", 25000, "Mức minh họa")), "Văn bản từ chối nhận di sản được chứng thực"));
		list.add(real(CT, C, "Sửa lỗi sai sót trong hợp đồng, giao dịch", "2", WD, null, false, ct,
				List.of(comp("HD", "Hợp đồng, giao dịch đã được chứng thực có sai sót", "1", "0")),
				List.of(fee("Phí sửa lỗi sai sót trong hợp đồng, giao dịch", 25000, "Mức minh họa")), "Hợp đồng, giao dịch đã được sửa lỗi sai sót"));
		// ---- district level: civil status with a foreign element, certification of foreign papers
		list.add(real(HT, D, "Đăng ký khai sinh có yếu tố nước ngoài", "1", WD, null, false, ht,
				List.of(comp("TK", "Tờ khai đăng ký khai sinh theo mẫu", "1", "0"), comp("GCS", "Giấy chứng sinh", "1", "0")),
				List.of(), "Giấy khai sinh"));
		list.add(real(HT, D, "Đăng ký kết hôn có yếu tố nước ngoài", "15", WD, null, false, ht,
				List.of(comp("TK", "Tờ khai đăng ký kết hôn theo mẫu", "1", "0"), comp("XNHN", "Giấy tờ chứng minh tình trạng hôn nhân", "1", "0"), comp("GKSK", "Giấy xác nhận của tổ chức y tế về sức khỏe tâm thần", "1", "0")),
				List.of(charge("Lệ phí đăng ký kết hôn có yếu tố nước ngoài", 1000000, "Mức minh họa; theo Nghị quyết của HĐND tỉnh")), "Giấy chứng nhận kết hôn"));
		list.add(real(HT, D, "Đăng ký khai tử có yếu tố nước ngoài", "3", WD, null, false, ht,
				List.of(comp("TK", "Tờ khai đăng ký khai tử theo mẫu", "1", "0"), comp("GBT", "Giấy báo tử", "1", "0")),
				List.of(), "Trích lục khai tử"));
		list.add(real(HT, D, "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc", "3", WD, null, false, ht,
				List.of(comp("TK", "Tờ khai theo mẫu", "1", "0"), comp("GT", "Giấy tờ làm căn cứ thay đổi, cải chính, xác định lại dân tộc", "1", "0")),
				List.of(), "Trích lục thay đổi, cải chính, bổ sung hộ tịch"));
		list.add(real(CT, D, "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận", "1", WD, SAME_DAY, true, ct,
				List.of(comp("BC", "Bản chính giấy tờ, văn bản (đã được hợp pháp hóa lãnh sự, trừ trường hợp được miễn)", "1", "0"), comp("BS", "Bản sao cần chứng thực", "0", "1")),
				List.of(fee("Phí chứng thực bản sao từ bản chính", 2000, "2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản")), "Bản sao có chứng thực"));
		list.add(real(CT, D, "Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật của Phòng Tư pháp", "1", WD, SAME_DAY, true, ct,
				List.of(comp("BD", "Bản dịch đính kèm giấy tờ, văn bản cần dịch", "1", "0")),
				List.of(fee("Phí chứng thực chữ ký người dịch", 10000, "10.000 đồng/trường hợp")), "Bản dịch được chứng thực chữ ký người dịch"));
		list.add(real(CT, D, "Chứng thực chữ ký người dịch mà người dịch không phải là cộng tác viên dịch thuật của Phòng Tư pháp", "1", WD, SAME_DAY, true, ct,
				List.of(comp("BD", "Bản dịch đính kèm giấy tờ, văn bản cần dịch", "1", "0"), comp("BC", "Bản sao bằng cử nhân ngoại ngữ trở lên hoặc bằng tốt nghiệp đại học ở nước ngoài của người dịch", "0", "1")),
				List.of(fee("Phí chứng thực chữ ký người dịch", 10000, "10.000 đồng/trường hợp")), "Bản dịch được chứng thực chữ ký người dịch"));
		// ---- district level: household businesses (Decree 01/2021/NĐ-CP Art. 87–92: 03 working days)
		List<Law> hkd = List.of(ND_01);
		Fee hkdFee = charge("Lệ phí đăng ký hộ kinh doanh", 100000, "Mức minh họa; theo Nghị quyết của HĐND tỉnh");
		list.add(real(HKD, D, "Đăng ký thành lập hộ kinh doanh", "3", WD, null, true, hkd,
				List.of(comp("GDN", "Giấy đề nghị đăng ký hộ kinh doanh", "1", "0"), comp("BB", "Biên bản họp thành viên hộ gia đình (trường hợp các thành viên hộ gia đình đăng ký)", "0", "1")),
				List.of(hkdFee), "Giấy chứng nhận đăng ký hộ kinh doanh"));
		list.add(real(HKD, D, "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh", "3", WD, null, true, hkd,
				List.of(comp("TB", "Thông báo thay đổi nội dung đăng ký hộ kinh doanh", "1", "0")),
				List.of(hkdFee), "Giấy chứng nhận đăng ký hộ kinh doanh"));
		list.add(real(HKD, D, "Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh", "3", WD, null, true, hkd,
				List.of(comp("TB", "Thông báo về việc tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo", "1", "0")),
				List.of(), "Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh"));
		list.add(real(HKD, D, "Chấm dứt hoạt động hộ kinh doanh", "3", WD, null, true, hkd,
				List.of(comp("TB", "Thông báo về việc chấm dứt hoạt động hộ kinh doanh", "1", "0"), comp("TBT", "Thông báo của cơ quan thuế về việc chấm dứt hiệu lực mã số thuế", "0", "1")),
				List.of(), "Thông báo về việc chấm dứt hoạt động hộ kinh doanh"));
		list.add(real(HKD, D, "Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh", "3", WD, null, true, hkd,
				List.of(comp("GDN", "Giấy đề nghị cấp lại Giấy chứng nhận đăng ký hộ kinh doanh", "1", "0")),
				List.of(hkdFee), "Giấy chứng nhận đăng ký hộ kinh doanh"));
		// ---- district level: construction permits for individual houses (Law 50/2014/QH13 Art. 102 as amended)
		List<Law> xd = List.of(LUAT_XD, LUAT_XD_SUA, ND_15);
		Fee xdFee = charge("Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ", 75000, "Mức minh họa; theo Nghị quyết của HĐND tỉnh");
		list.add(real(XD, D, "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", "15", CD, "15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.", true, xd,
				List.of(comp("DN", "Đơn đề nghị cấp giấy phép xây dựng theo mẫu", "1", "0"), comp("QSDD", "Giấy tờ chứng minh quyền sử dụng đất", "0", "1"), comp("BV", "Bản vẽ thiết kế xây dựng", "2", "0")),
				List.of(xdFee), "Giấy phép xây dựng"));
		list.add(real(XD, D, "Cấp giấy phép xây dựng sửa chữa, cải tạo đối với nhà ở riêng lẻ", "15", CD, null, true, xd,
				List.of(comp("DN", "Đơn đề nghị cấp giấy phép xây dựng theo mẫu", "1", "0"), comp("GT", "Giấy tờ chứng minh quyền sở hữu nhà ở", "0", "1"), comp("BV", "Bản vẽ, ảnh chụp hiện trạng công trình", "2", "0")),
				List.of(xdFee), "Giấy phép xây dựng"));
		list.add(real(XD, D, "Gia hạn giấy phép xây dựng đối với nhà ở riêng lẻ", "5", WD, null, true, xd,
				List.of(comp("DN", "Đơn đề nghị gia hạn giấy phép xây dựng", "1", "0"), comp("GP", "Bản chính giấy phép xây dựng đã được cấp", "1", "0")),
				List.of(), "Giấy phép xây dựng được gia hạn"));
		list.add(real(XD, D, "Cấp lại giấy phép xây dựng đối với nhà ở riêng lẻ", "5", WD, null, true, xd,
				List.of(comp("DN", "Đơn đề nghị cấp lại giấy phép xây dựng", "1", "0")),
				List.of(), "Giấy phép xây dựng"));
		list.add(real(XD, D, "Điều chỉnh giấy phép xây dựng đối với nhà ở riêng lẻ", "15", CD, null, false, xd,
				List.of(comp("DN", "Đơn đề nghị điều chỉnh giấy phép xây dựng", "1", "0"), comp("BV", "Bản vẽ thiết kế điều chỉnh", "2", "0")),
				List.of(xdFee), "Giấy phép xây dựng điều chỉnh"));
		// ---- district level: land (names of the current list; time limits illustrative), handled with the tax office
		List<Law> dd = List.of(LUAT_DD_2024, ND_101);
		list.add(new Real(DD, D, "Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu", "20", WD, null, false, dd,
				List.of(comp("DK", "Đơn đăng ký đất đai, tài sản gắn liền với đất theo mẫu", "1", "0"), comp("GT", "Giấy tờ về quyền sử dụng đất", "0", "1"), comp("TK", "Tờ khai lệ phí trước bạ, thuế sử dụng đất", "1", "0")),
				List.of(charge("Lệ phí cấp Giấy chứng nhận", 100000, "Mức minh họa")), "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
				"Liên thông xác định nghĩa vụ tài chính về đất đai", true));
		list.add(new Real(DD, D, "Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền đối với hộ gia đình, cá nhân", "15", WD, null, false, dd,
				List.of(comp("DN", "Đơn xin chuyển mục đích sử dụng đất theo mẫu", "1", "0"), comp("GCN", "Giấy chứng nhận quyền sử dụng đất", "1", "0")),
				List.of(), "Quyết định cho phép chuyển mục đích sử dụng đất", "Liên thông xác định nghĩa vụ tài chính về đất đai", true));
		list.add(new Real(DD, D, "Giao đất, cho thuê đất không đấu giá quyền sử dụng đất đối với hộ gia đình, cá nhân", "20", WD, null, false, dd,
				List.of(comp("DN", "Đơn xin giao đất, cho thuê đất theo mẫu", "1", "0")),
				List.of(), "Quyết định giao đất, cho thuê đất", "Liên thông xác định nghĩa vụ tài chính về đất đai", true));
		list.add(real(DD, D, "Gia hạn sử dụng đất ngoài khu công nghệ cao, khu kinh tế đối với hộ gia đình, cá nhân", "7", WD, null, false, dd,
				List.of(comp("DN", "Đơn đề nghị gia hạn sử dụng đất", "1", "0"), comp("GCN", "Bản gốc Giấy chứng nhận", "1", "0")),
				List.of(), "Giấy chứng nhận đã xác nhận gia hạn"));
		// ---- district level: social protection (Decree 20/2021/NĐ-CP; time limits illustrative)
		List<Law> bt = List.of(ND_20);
		list.add(real(BTXH, D, "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng", "20", WD, null, false, bt,
				List.of(comp("TK", "Tờ khai đề nghị trợ giúp xã hội theo mẫu", "1", "0"), comp("GT", "Giấy tờ chứng minh thuộc đối tượng bảo trợ xã hội", "0", "1")),
				List.of(), "Quyết định trợ cấp xã hội hàng tháng"));
		list.add(real(BTXH, D, "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", "5", WD, null, false, bt,
				List.of(comp("TK", "Tờ khai đề nghị hỗ trợ chi phí mai táng theo mẫu", "1", "0"), comp("GCT", "Bản sao giấy chứng tử", "0", "1")),
				List.of(), "Quyết định hỗ trợ chi phí mai táng"));
		list.add(real(BTXH, D, "Tiếp nhận đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn vào cơ sở trợ giúp xã hội", "10", WD, null, false, bt,
				List.of(comp("DN", "Đơn đề nghị tiếp nhận vào cơ sở trợ giúp xã hội", "1", "0")),
				List.of(), "Quyết định tiếp nhận đối tượng"));
		return list;
	}

	// ------------------------------------------------------------------ generated procedures

	/** Fields of the generated, illustrative procedures, with objects that make plausible names. */
	static final List<Object[]> GENERATED_FIELDS = List.of(
			new Object[] { new Field("Văn hóa cơ sở", "VH", null), List.of("giấy phép tổ chức lễ hội", "giấy phép kinh doanh dịch vụ karaoke", "danh hiệu gia đình văn hóa", "danh hiệu khu dân cư văn hóa", "giấy phép quảng cáo ngoài trời", "giấy phép hoạt động thư viện cộng đồng") },
			new Object[] { new Field("Giáo dục và Đào tạo", "GD", null), List.of("giấy phép hoạt động giáo dục nhà trẻ tư thục", "quyết định thành lập trường tiểu học", "giấy phép dạy thêm ngoài nhà trường", "quyết định công nhận trường đạt chuẩn quốc gia", "giấy phép hoạt động trung tâm học tập cộng đồng", "hồ sơ chuyển trường trung học cơ sở") },
			new Object[] { new Field("Lưu thông hàng hóa trong nước", "TM", ".05"), List.of("giấy phép bán lẻ rượu", "giấy phép bán lẻ sản phẩm thuốc lá", "giấy phép sản xuất rượu thủ công", "giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu", "giấy phép kinh doanh chợ tạm") },
			new Object[] { new Field("Nông nghiệp và Phát triển nông thôn", "NN", ".05"), List.of("giấy chứng nhận kinh tế trang trại", "hỗ trợ khôi phục sản xuất vùng bị thiên tai", "hỗ trợ giống cây trồng sau thiên tai", "giấy xác nhận nguồn gốc lâm sản", "phương án khai thác gỗ rừng trồng") },
			new Object[] { new Field("Môi trường", "MT", ".03"), List.of("giấy phép môi trường cấp huyện", "đăng ký môi trường của cơ sở sản xuất", "kế hoạch bảo vệ môi trường của hộ kinh doanh", "phương án cải tạo, phục hồi môi trường") },
			new Object[] { new Field("Tài nguyên nước", "TN", ".03"), List.of("đăng ký khai thác nước dưới đất", "giấy phép xả nước thải quy mô nhỏ", "đăng ký khai thác nước mặt") },
			new Object[] { new Field("Người có công", "NCC", ".04"), List.of("trợ cấp thờ cúng liệt sĩ", "trợ cấp mai táng đối với người có công", "hỗ trợ cải thiện nhà ở cho người có công", "ưu đãi giáo dục đối với con của người có công", "di chuyển hồ sơ người có công") },
			new Object[] { new Field("Phòng, chống tệ nạn xã hội", "TNXH", ".04"), List.of("quyết định cai nghiện ma túy tự nguyện tại cộng đồng", "hỗ trợ hòa nhập cộng đồng cho người sau cai nghiện", "quyết định quản lý sau cai nghiện") },
			new Object[] { new Field("Trẻ em", "TE", ".04"), List.of("hỗ trợ trẻ em có hoàn cảnh đặc biệt", "chăm sóc thay thế cho trẻ em", "kế hoạch hỗ trợ, can thiệp trẻ em bị xâm hại") },
			new Object[] { new Field("Thi đua, khen thưởng", "TDKT", null), List.of("giấy khen về thành tích thực hiện nhiệm vụ chính trị", "giấy khen về thành tích thi đua theo đợt", "giấy khen về thành tích đột xuất", "danh hiệu lao động tiên tiến") },
			new Object[] { new Field("Tín ngưỡng, tôn giáo", "TG", null), List.of("đăng ký hoạt động tín ngưỡng", "thông báo tổ chức quyên góp của cơ sở tín ngưỡng", "đăng ký sinh hoạt tôn giáo tập trung") },
			new Object[] { new Field("Giao thông vận tải", "GT", ".05"), List.of("giấy phép thi công công trình trên đường huyện", "giấy phép đấu nối tạm thời vào đường huyện", "chấp thuận xây dựng công trình thiết yếu trong phạm vi bảo vệ đường") },
			new Object[] { new Field("Kinh tế hợp tác", "HTX", ".06"), List.of("giấy chứng nhận đăng ký hợp tác xã", "giấy chứng nhận đăng ký chi nhánh hợp tác xã", "giấy chứng nhận đăng ký tổ hợp tác") },
			new Object[] { new Field("An toàn thực phẩm", "ATTP", ".05"), List.of("giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "giấy xác nhận kiến thức an toàn thực phẩm") },
			new Object[] { new Field("Hòa giải ở cơ sở", "HG", ".02"), List.of("công nhận hòa giải viên", "công nhận tổ trưởng tổ hòa giải", "thanh toán thù lao cho hòa giải viên") });

	static final List<String> VERBS = List.of("Cấp", "Cấp lại", "Điều chỉnh", "Gia hạn", "Xác nhận");

	/** {@code count} distinct illustrative names for a level, deterministic, never repeating a real name. */
	static List<Object[]> generated(String level, int count, int offset) {
		List<Object[]> result = new ArrayList<>();
		Set<String> names = new LinkedHashSet<>();
		int i = offset;
		while (result.size() < count) {
			Object[] f = GENERATED_FIELDS.get(i % GENERATED_FIELDS.size());
			@SuppressWarnings("unchecked")
			List<String> objects = (List<String>) f[1];
			int round = i / GENERATED_FIELDS.size();
			String object = objects.get(round % objects.size());
			String verb = VERBS.get((round / objects.size()) % VERBS.size());
			int variant = round / (objects.size() * VERBS.size());
			String name = verb + " " + object + (level.equals("COMMUNE") ? " tại cấp xã" : "")
					+ (variant == 0 ? "" : " (trường hợp " + (variant + 1) + ")");
			if (names.add(name)) {
				result.add(new Object[] { f[0], name });
			}
			i++;
		}
		return result;
	}

	// ------------------------------------------------------------------ loading

	/** Loads the catalogue and returns how many procedures it created. */
	int load() {
		Caller sys = Caller.system();
		int created = 0;
		List<Real> reals = realProcedures();
		int n = 0;
		for (Real r : reals) {
			n++;
			boolean commune = r.level().equals("COMMUNE");
			List<String> units = commune ? concat(DL_COMMUNES, TK_COMMUNES) : List.of(DL, TK);
			String code = "H41-" + r.field().code() + "-" + String.format("%03d", n);
			List<DossierComponent> components = new ArrayList<>();
			for (Comp c : r.components()) {
				boolean form = c.code().equals("TK") || c.code().equals("DN") || c.code().equals("GDN");
				components.add(new DossierComponent(c.code(), c.name(), form ? "Mẫu " + lowerFirst(c.name()) : null, c.originals(), c.copies(),
						true, true, c.code().equals("CCCD") || c.code().equals("GCN") || c.code().equals("GCS")));
			}
			List<LegalReference> laws = r.laws().stream().map(Law::ref).toList();
			boolean land = r.field() == DD;
			ProcedureContent content = content(r.field(), r.name(), r.level(), units, new ProcessingTime(new BigDecimal(r.amount()), r.unit()),
					r.timeNote(), r.fees(), components, new ProcedureResult(r.result(), true, r.field() == HT || r.field() == HKD),
					laws, r.interAgency(), r.confident() ? NOTE_REAL : NOTE_REAL_TIME, false, n);
			if (land) {
				// first announced under the Land Law 2013, replaced when the Land Law 2024 took effect on 1 August 2024
				ProcedureContent old = content(r.field(), r.name(), r.level(), units,
						new ProcessingTime(new BigDecimal(r.amount()).add(BigDecimal.TEN), r.unit()), r.timeNote(), r.fees(), components,
						new ProcedureResult(r.result(), true, false), List.of(LUAT_DD_2013.ref()), r.interAgency(), NOTE_REAL_TIME, false, n);
				create(sys, code, old, DEMO_FROM);
				Procedure p = catalog.procedure(code, null);
				ProcedureContent replaced = withAnnouncement(content, LocalDate.of(2024, 7, 24), LocalDate.of(2024, 7, 26), n);
				catalog.update(sys, code, new ProcedureChange(replaced, LUAT_DD_2024.effective(), "Luật Đất đai 2024 có hiệu lực (minh họa)", p.version()));
			}
			else {
				create(sys, code, content, DEMO_FROM);
			}
			for (String unit : units) {
				process(sys, code, unit, r.field(), commune, new ProcessingTime(new BigDecimal(r.amount()), r.unit()), r.landInterAgency(),
						land ? LUAT_DD_2024.effective() : DEMO_FROM);
			}
			created++;
		}
		long realDistrict = reals.stream().filter(r -> r.level().equals("DISTRICT")).count();
		long realCommune = reals.size() - realDistrict;
		created += generate(sys, "DL", DL, List.of(DL), "DISTRICT", DL_DISTRICT - (int) realDistrict, 0);
		created += generate(sys, "DL", DL, DL_COMMUNES, "COMMUNE", DL_COMMUNE - (int) realCommune, 7);
		created += generate(sys, "TK", TK, List.of(TK), "DISTRICT", TK_DISTRICT_OWN, 300);
		created += generate(sys, "TK", TK, TK_COMMUNES, "COMMUNE", TK_COMMUNE_OWN, 400);
		proposals(sys);
		created += twoTier(sys, reals);
		return created;
	}

	static final LocalDate TWO_TIER_FROM = LocalDate.of(2025, 7, 1);
	static final List<String> NEW_COMMUNES = List.of("H41.50", "H41.51", "H41.52", "H41.53");
	static final String NOTE_TWO_TIER = "Dữ liệu minh họa cho chính quyền địa phương hai cấp từ 01/7/2025: tên, lĩnh vực và thời hạn lấy từ thủ tục "
			+ "tương ứng trước đây; việc phân cấp cho xã hoặc tỉnh, mã thủ tục và quy trình nội bộ là minh họa — cần đối chiếu quyết định công bố của tỉnh.";

	/**
	 * The real procedures as a two-tier local government applies them since 1 July 2025 (Law 72/2025/QH15): those
	 * of the former communes and districts at the new communes, land procedures decided by the province and also
	 * received at the communes, which transfer them (illustrative, see {@link #NOTE_TWO_TIER}).
	 */
	private int twoTier(Caller sys, List<Real> reals) {
		int n = 0;
		for (Real r : reals) {
			n++;
			boolean land = r.field() == DD;
			String code = "H41-" + (land ? "T" : "X") + "-" + r.field().code() + "-" + String.format("%03d", n);
			List<DossierComponent> components = new ArrayList<>();
			for (Comp c : r.components()) {
				boolean form = c.code().equals("TK") || c.code().equals("DN") || c.code().equals("GDN");
				components.add(new DossierComponent(c.code(), c.name(), form ? "Mẫu " + lowerFirst(c.name()) : null, c.originals(), c.copies(),
						true, true, c.code().equals("CCCD") || c.code().equals("GCN") || c.code().equals("GCS")));
			}
			ProcessingTime time = new ProcessingTime(new BigDecimal(r.amount()), r.unit());
			List<String> units = land ? concat(List.of("H41"), NEW_COMMUNES) : NEW_COMMUNES;
			ProcedureContent c = content(r.field(), r.name(), "COMMUNE", NEW_COMMUNES, time, r.timeNote(), r.fees(), components,
					new ProcedureResult(r.result(), true, true), r.laws().stream().map(Law::ref).toList(), r.interAgency(),
					NOTE_TWO_TIER, true, n);
			List<CompetenceLevel> levels = land
					? List.of(CompetenceLevel.of("PROVINCE", TWO_TIER_FROM), CompetenceLevel.of("COMMUNE", TWO_TIER_FROM))
					: List.of(CompetenceLevel.of("COMMUNE", TWO_TIER_FROM));
			c = new ProcedureContent(null, c.name(), c.field(), levels, units,
					land ? "Sở Nông nghiệp và Môi trường; tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh hoặc cấp xã" : "Ủy ban nhân dân cấp xã",
					land ? "Sở Nông nghiệp và Môi trường tỉnh Nghệ An" : "Chủ tịch Ủy ban nhân dân cấp xã", c.subjects(),
					List.of(Channel.IN_PERSON, Channel.POST, Channel.ONLINE_PARTIAL), time, c.processingTimeNote(), c.fees(), c.components(),
					c.result(), c.conditions(), c.implementationSteps(), c.legalBasis(), true, c.interAgencyGroup(),
					new Announcement("1500/QĐ-UBND (minh họa)", LocalDate.of(2025, 6, 25)), LocalDate.of(2025, 6, 28), ProcedureStatus.ACTIVE,
					true, NOTE_TWO_TIER);
			create(sys, code, c, TWO_TIER_FROM);
			if (land) {
				provinceProcess(sys, code, time);
				for (String unit : NEW_COMMUNES) {
					catalog.defineProcess(sys, code, new ProcessChange(unit, List.of(
							step("Tiếp nhận, kiểm tra hồ sơ và chuyển Sở Nông nghiệp và Môi trường", unit + ".01", Role.ONE_STOP_CLERK, "0.5")),
							TWO_TIER_FROM, 0));
				}
			}
			else {
				for (String unit : NEW_COMMUNES) {
					process(sys, code, unit, r.field(), true, time, false, TWO_TIER_FROM);
				}
			}
		}
		return n;
	}

	/** The province's process for a land procedure: the service centre receives, the department appraises and decides. */
	private void provinceProcess(Caller sys, String code, ProcessingTime time) {
		BigDecimal t = time.amount();
		List<ProcessStep> steps = List.of(
				step("Tiếp nhận, kiểm tra hồ sơ", "H41.40", Role.ONE_STOP_CLERK, "0.5"),
				step("Thẩm định hồ sơ, kiểm tra thực địa", "H41.07", Role.SPECIALIST, t.subtract(BigDecimal.valueOf(2)).toPlainString()),
				step("Xem xét, phê duyệt kết quả", "H41.07", Role.UNIT_HEAD, "1"),
				step("Trả kết quả", "H41.40", Role.ONE_STOP_CLERK, "0.5"));
		catalog.defineProcess(sys, code, new ProcessChange("H41", steps, TWO_TIER_FROM, 0));
	}

	/** An hour of a citizen's time, valued for the demo (Circular 02/2017/TT-VPCP asks for lower-average wage data). */
	static final BigDecimal HOUR = BigDecimal.valueOf(20_000);

	/**
	 * Đô Lương's 12 simplification proposals (the number of its report); which procedures, the figures and the
	 * decisions are illustrative.
	 */
	private void proposals(Caller sys) {
		record P(String code, ProposalKind kind, String proposedTime, String description, String rationale, int hoursBefore,
				int hoursAfter, long feesBefore, long feesAfter, String frequency, long subjects, ProposalStatus status) {
		}
		List<P> list = List.of(
				new P("H41-HKD-032", ProposalKind.CUT_TIME, "2", "Giảm thời hạn từ 03 xuống 02 ngày làm việc",
						"Hồ sơ đăng ký hộ kinh doanh đơn giản, đã liên thông cấp mã số thuế; thực tế giải quyết trong 02 ngày.", 10, 8, 100000, 100000, "1", 420, ProposalStatus.APPROVED),
				new P("H41-HKD-033", ProposalKind.MOVE_ONLINE, null, "Cung cấp dịch vụ công trực tuyến toàn trình",
						"Thành phần hồ sơ chỉ gồm thông báo thay đổi; có thể ký số và trả kết quả điện tử.", 8, 2, 100000, 100000, "1", 310, ProposalStatus.IMPLEMENTED),
				new P("H41-XD-036", ProposalKind.CUT_COMPONENTS, null, "Bỏ yêu cầu nộp bản sao giấy tờ về quyền sử dụng đất đã có trong cơ sở dữ liệu đất đai",
						"Khai thác dữ liệu từ cơ sở dữ liệu đất đai của huyện, không yêu cầu người dân nộp lại.", 24, 18, 75000, 75000, "1", 650, ProposalStatus.PROPOSED),
				new P("H41-XD-037", ProposalKind.CUT_TIME, "10", "Giảm thời hạn cấp giấy phép sửa chữa, cải tạo nhà ở riêng lẻ từ 15 xuống 10 ngày",
						"Phần lớn hồ sơ sửa chữa không thay đổi kết cấu chịu lực, không cần kiểm tra thực địa kéo dài.", 20, 16, 75000, 75000, "1", 180, ProposalStatus.PROPOSED),
				new P("H41-DD-041", ProposalKind.CUT_STEPS, null, "Gộp bước kiểm tra hiện trạng vào bước thẩm định hồ sơ",
						"Hai bước cùng do Phòng Tài nguyên và Môi trường thực hiện, trùng lặp nội dung kiểm tra.", 40, 32, 100000, 100000, "1", 1200, ProposalStatus.APPROVED),
				new P("H41-DD-042", ProposalKind.CUT_TIME, "12", "Giảm thời hạn chuyển mục đích sử dụng đất từ 15 xuống 12 ngày làm việc",
						"Thời gian xác định nghĩa vụ tài chính đã rút ngắn nhờ liên thông điện tử với cơ quan thuế.", 36, 30, 0, 0, "1", 540, ProposalStatus.PROPOSED),
				new P("H41-BTXH-045", ProposalKind.CUT_COMPONENTS, null, "Không yêu cầu bản sao giấy khai sinh khi đã có dữ liệu dân cư",
						"Thông tin nhân thân khai thác từ Cơ sở dữ liệu quốc gia về dân cư.", 16, 12, 0, 0, "1", 860, ProposalStatus.IMPLEMENTED),
				new P("H41-BTXH-046", ProposalKind.MOVE_ONLINE, null, "Tiếp nhận hồ sơ hỗ trợ chi phí mai táng trực tuyến một phần",
						"Thân nhân người mất thường ở xa; cho phép nộp trực tuyến và nhận kết quả qua bưu chính.", 12, 6, 0, 0, "1", 150, ProposalStatus.APPROVED),
				new P("DL-MH-H001", ProposalKind.ABOLISH, null, "Bãi bỏ thủ tục do đã được thay thế bằng thủ tục liên thông",
						"Nội dung thủ tục trùng với thủ tục liên thông cấp tỉnh; duy trì gây phiền hà cho người dân.", 12, 0, 50000, 0, "1", 90, ProposalStatus.PROPOSED),
				new P("DL-MH-H002", ProposalKind.CUT_TIME, "3", "Giảm thời hạn giải quyết xuống 03 ngày làm việc",
						"Thống kê hồ sơ năm trước cho thấy phần lớn được giải quyết trước hạn.", 8, 6, 0, 0, "1", 75, ProposalStatus.REJECTED),
				new P("DL-MH-H003", ProposalKind.CUT_STEPS, null, "Bỏ bước xin ý kiến phòng chuyên môn thứ hai",
						"Phòng chủ trì đã đủ thẩm quyền và thông tin để thẩm định.", 10, 8, 0, 0, "1", 60, ProposalStatus.APPROVED),
				new P("DL-MH-H004", ProposalKind.MOVE_ONLINE, null, "Cung cấp dịch vụ công trực tuyến toàn trình",
						"Kết quả là văn bản điện tử có chữ ký số, không cần nhận bản giấy.", 9, 3, 0, 0, "1", 110, ProposalStatus.PROPOSED));
		for (P p : list) {
			SimplificationProposal created = simplifications.propose(sys, new NewProposal(p.code(), DL, p.kind(), p.description(), p.rationale(),
					p.proposedTime() == null ? null : new BigDecimal(p.proposedTime()),
					new ComplianceCost.Inputs(BigDecimal.valueOf(p.hoursBefore()), HOUR, BigDecimal.valueOf(p.feesBefore())),
					new ComplianceCost.Inputs(BigDecimal.valueOf(p.hoursAfter()), HOUR, BigDecimal.valueOf(p.feesAfter())),
					new BigDecimal(p.frequency()), p.subjects()));
			if (p.status() == ProposalStatus.APPROVED || p.status() == ProposalStatus.IMPLEMENTED || p.status() == ProposalStatus.REJECTED) {
				ProposalStatus first = p.status() == ProposalStatus.REJECTED ? ProposalStatus.REJECTED : ProposalStatus.APPROVED;
				created = simplifications.decide(sys, created.id(), new Decision(first, "Ý kiến minh họa của lãnh đạo UBND huyện", created.version()));
			}
			if (p.status() == ProposalStatus.IMPLEMENTED) {
				simplifications.decide(sys, created.id(), new Decision(ProposalStatus.IMPLEMENTED, "Đã sửa đổi quy trình (minh họa)", created.version()));
			}
		}
	}

	private int generate(Caller sys, String district, String districtUnit, List<String> units, String level, int count, int offset) {
		String prefix = district + "-MH-" + (level.equals("DISTRICT") ? "H" : "X");
		int i = 0;
		for (Object[] g : generated(level, count, offset)) {
			i++;
			Field field = (Field) g[0];
			String name = (String) g[1];
			String code = prefix + String.format("%03d", i);
			int n = offset + i;
			int seed = n * 7;
			BigDecimal amount = BigDecimal.valueOf(List.of(3, 5, 7, 10, 12, 15, 20).get(n % 7));
			ProcessingTime time = new ProcessingTime(amount, DurationUnit.WORKING_DAYS);
			List<DossierComponent> components = seed % 53 == 0 ? List.of()
					: List.of(new DossierComponent("DN", "Đơn đề nghị " + lowerFirst(name) + " theo mẫu", "Mẫu đơn đề nghị", 1, 0, true, true, false),
							new DossierComponent("GT", "Giấy tờ chứng minh đủ điều kiện", null, 0, 1, seed % 3 != 0, seed % 2 == 0, seed % 5 == 0));
			List<Fee> fees = seed % 4 == 0 ? List.of(charge("Lệ phí " + lowerFirst(name), 50000L * (1 + seed % 3), "Mức minh họa")) : List.of();
			List<LegalReference> laws = seed % 47 == 0 ? List.of()
					: List.of(new LegalReference("MH-" + (10 + seed % 40) + "/2023/QĐ-UBND", "Văn bản minh họa quy định thủ tục (dữ liệu demo)",
							LocalDate.of(2023, 12, 20), DEMO_FROM));
			ProcedureContent content = content(field, name, level, units, time, null, fees, components,
					new ProcedureResult("Văn bản giải quyết của cơ quan có thẩm quyền", true, seed % 3 == 0), laws, null, NOTE_GENERATED, true,
					offset + i);
			create(sys, code, content, DEMO_FROM);
			for (String unit : units) {
				process(sys, code, unit, field, level.equals("COMMUNE"), time, false, DEMO_FROM);
			}
		}
		return i;
	}

	private static ProcedureContent content(Field field, String name, String level, List<String> units, ProcessingTime time,
			@Nullable String timeNote, List<Fee> fees, List<DossierComponent> components, ProcedureResult result,
			List<LegalReference> laws, @Nullable String interAgency, String note, boolean illustrative, int seed) {
		boolean commune = level.equals("COMMUNE");
		List<Channel> channels = seed % 3 == 0 ? List.of(Channel.IN_PERSON, Channel.POST, Channel.ONLINE_FULL)
				: seed % 3 == 1 ? List.of(Channel.IN_PERSON, Channel.ONLINE_PARTIAL) : List.of(Channel.IN_PERSON, Channel.POST);
		List<Subject> subjects = field == HKD || field.code().equals("HTX") || field.code().equals("TM") ? List.of(Subject.CITIZEN, Subject.ORGANIZATION)
				: List.of(Subject.CITIZEN);
		String implementing = commune ? "Ủy ban nhân dân cấp xã" : "Ủy ban nhân dân cấp huyện";
		String deciding = commune ? "Chủ tịch Ủy ban nhân dân cấp xã" : "Chủ tịch Ủy ban nhân dân cấp huyện";
		String steps = "Bước 1: Tổ chức, cá nhân nộp hồ sơ tại Bộ phận Một cửa hoặc qua dịch vụ công trực tuyến, dịch vụ bưu chính.\n"
				+ "Bước 2: Bộ phận Một cửa kiểm tra, tiếp nhận hồ sơ và chuyển cơ quan có thẩm quyền.\n"
				+ "Bước 3: Cơ quan có thẩm quyền thẩm định, trình ký và chuyển kết quả.\n"
				+ "Bước 4: Bộ phận Một cửa trả kết quả cho tổ chức, cá nhân.";
		// a few announcements late or not uploaded, so publication tracking has something to show
		LocalDate announced = seed % 29 == 0 ? DEMO_FROM.plusDays(3) : ANNOUNCED;
		LocalDate published = seed % 37 == 0 ? null : seed % 31 == 0 ? announced.plusDays(20) : announced.plusDays(3);
		return new ProcedureContent(null, name, field.name(), List.of(CompetenceLevel.of(level, LEVELS_FROM)), units, implementing,
				deciding, subjects, channels, time, timeNote, fees, components, result,
				field == XD ? "Phù hợp với quy hoạch sử dụng đất và quy hoạch xây dựng được duyệt." : null, steps, laws, field == CT,
				interAgency, new Announcement((900 + seed % 90) + "/QĐ-UBND (minh họa)", announced), published, ProcedureStatus.ACTIVE,
				illustrative, note);
	}

	private static ProcedureContent withAnnouncement(ProcedureContent c, LocalDate announced, @Nullable LocalDate published, int seed) {
		return new ProcedureContent(c.nationalCode(), c.name(), c.field(), c.levels(), c.unitCodes(), c.implementingAgency(),
				c.decidingAgency(), c.subjects(), c.channels(), c.processingTime(), c.processingTimeNote(), c.fees(), c.components(),
				c.result(), c.conditions(), c.implementationSteps(), c.legalBasis(), c.boundaryFree(), c.interAgencyGroup(),
				new Announcement((1900 + seed) + "/QĐ-UBND (minh họa)", announced), published, c.status(), c.illustrative(), c.note());
	}

	private void create(Caller sys, String code, ProcedureContent content, LocalDate from) {
		catalog.create(sys, new NewProcedure(code, content, from));
	}

	/**
	 * An illustrative internal process that fits the time limit: receipt at the one-stop desk, appraisal by the
	 * competent agency, review, signature by the leader and return; land procedures appraise in parallel with the
	 * finance office (financial obligations), the natural resources office leading.
	 */
	private void process(Caller sys, String code, String unit, Field field, boolean commune, ProcessingTime time, boolean landParallel,
			LocalDate from) {
		String office = commune ? agencyOrNull(unit + ".01") : unit + ".01";
		String competent = commune ? office : field.districtAgency() == null ? null : unit + field.districtAgency();
		BigDecimal t = time.amount();
		List<ProcessStep> steps = new ArrayList<>();
		if (time.unit() == DurationUnit.CALENDAR_DAYS) {
			steps.add(step("Tiếp nhận, kiểm tra hồ sơ", office, Role.ONE_STOP_CLERK, "1"));
			steps.add(step("Thẩm định hồ sơ, kiểm tra thực địa", competent, Role.SPECIALIST, t.subtract(BigDecimal.valueOf(4)).toPlainString()));
			steps.add(step("Xem xét, trình ký", competent, Role.UNIT_HEAD, "1"));
			steps.add(step("Ký duyệt kết quả", office, Role.LEADER, "1"));
			steps.add(step("Trả kết quả", office, Role.ONE_STOP_CLERK, "1"));
		}
		else if (t.compareTo(BigDecimal.ONE) <= 0) {
			steps.add(step("Tiếp nhận, kiểm tra và chuyển hồ sơ", office, Role.ONE_STOP_CLERK, "0.5"));
			steps.add(step("Giải quyết, ký và trả kết quả", competent, Role.SPECIALIST, "0.5"));
		}
		else if (t.compareTo(BigDecimal.valueOf(2)) <= 0) {
			steps.add(step("Tiếp nhận, kiểm tra hồ sơ", office, Role.ONE_STOP_CLERK, "0.5"));
			steps.add(step("Thẩm định hồ sơ", competent, Role.SPECIALIST, "0.5"));
			steps.add(step("Ký duyệt kết quả", office, Role.LEADER, "0.5"));
			steps.add(step("Trả kết quả", office, Role.ONE_STOP_CLERK, "0.5"));
		}
		else if (landParallel && !commune) {
			String finance = unit + ".06";
			steps.add(step("Tiếp nhận, kiểm tra hồ sơ", office, Role.ONE_STOP_CLERK, "0.5"));
			steps.add(new ProcessStep("Thẩm định hồ sơ, kiểm tra thực địa", competent, Role.SPECIALIST, t.subtract(BigDecimal.valueOf(3)), 1, true));
			steps.add(new ProcessStep("Xác định nghĩa vụ tài chính về đất đai", finance, Role.SPECIALIST, BigDecimal.valueOf(2), 1, false));
			steps.add(step("Xem xét, trình ký", competent, Role.UNIT_HEAD, "0.5"));
			steps.add(step("Ký duyệt kết quả", office, Role.LEADER, "1"));
			steps.add(step("Trả kết quả", office, Role.ONE_STOP_CLERK, "0.5"));
		}
		else {
			steps.add(step("Tiếp nhận, kiểm tra hồ sơ", office, Role.ONE_STOP_CLERK, "0.5"));
			steps.add(step("Thẩm định hồ sơ", competent, Role.SPECIALIST, t.subtract(BigDecimal.valueOf(2)).toPlainString()));
			steps.add(step("Xem xét, trình ký", competent, commune ? Role.SPECIALIST : Role.UNIT_HEAD, "0.5"));
			steps.add(step("Ký duyệt kết quả", office, Role.LEADER, "0.5"));
			steps.add(step("Trả kết quả", office, Role.ONE_STOP_CLERK, "0.5"));
		}
		catalog.defineProcess(sys, code, new ProcessChange(unit, steps, from, 0));
	}

	private static ProcessStep step(String name, @Nullable String agency, Role role, String allotment) {
		return new ProcessStep(name, agency, role, new BigDecimal(allotment), null, false);
	}

	private @Nullable String agencyOrNull(String code) {
		return organization.findAgency(code).isPresent() ? code : null;
	}

	private static String lowerFirst(String s) {
		return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> r = new ArrayList<>(a);
		r.addAll(b);
		return r;
	}
}
