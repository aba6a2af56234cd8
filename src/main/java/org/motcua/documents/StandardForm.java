package org.motcua.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * The standard one-stop forms that MotCua issues for a dossier. The numbers are those of Circular 01/2018/TT-VPCP
 * Art. 9 and its appendix (Mẫu 01–05); the notice of stopping comes from Circular 03/2025/TT-VPCP (Phụ lục I), whose
 * full numbering is not confirmed (domain brief §1.11), so the forms are named, not numbered, in the API. All are
 * A5 (Circular 01/2018 Art. 10); the tracking book (Mẫu 06, A4) is a register of a period, see {@link TrackingBook}.
 */
public enum StandardForm {

	/** Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
	RECEIPT("receipt", "01"),

	/** Mẫu 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
	COMPLETION_REQUEST("completion-request", "02"),

	/** Mẫu 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
	REFUSAL("refusal", "03"),

	/** Mẫu 04: Phiếu xin lỗi và hẹn lại ngày trả kết quả. */
	APOLOGY("apology", "04"),

	/** Mẫu 05: Phiếu kiểm soát quá trình giải quyết hồ sơ. */
	TRACKING_SHEET("tracking-sheet", "05"),

	/** Thông báo dừng giải quyết hồ sơ (Decree 118/2025, Circular 03/2025). */
	STOP_NOTICE("stop-notice", null);

	private final String slug;
	private final String number;

	StandardForm(String slug, String number) {
		this.slug = slug;
		this.number = number;
	}

	/** The name in URLs and templates, e.g. {@code receipt}. */
	public String slug() {
		return slug;
	}

	/** The form number of Circular 01/2018 ({@code "01"}…), empty for the stop notice. */
	public Optional<String> number() {
		return Optional.ofNullable(number);
	}

	public static Optional<StandardForm> ofSlug(String slug) {
		return Arrays.stream(values()).filter(f -> f.slug.equals(slug)).findFirst();
	}
}
