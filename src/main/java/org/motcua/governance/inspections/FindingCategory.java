package org.motcua.governance.inspections;

/** What a finding is about, in the headings reform inspection reports use. */
public enum FindingCategory {
	/** chỉ đạo, điều hành công tác CCHC */
	DIRECTION,
	/** sáng kiến, đổi mới */
	INITIATIVE_INNOVATION,
	/** hồ sơ trễ hạn */
	LATE_DOSSIERS,
	/** chuyển đổi số, dịch vụ công trực tuyến */
	DIGITAL_TRANSFORMATION,
	/** thông tin, công khai cho người dân */
	PUBLIC_INFORMATION,
	/** công bố, công khai thủ tục hành chính */
	PROCEDURE_PUBLICATION,
	/** rà soát văn bản quy phạm pháp luật */
	LEGAL_DOCUMENTS,
	/** cơ sở vật chất bộ phận một cửa */
	ONE_STOP_FACILITIES,
	/** đội ngũ cán bộ, công chức */
	CIVIL_SERVICE,
	OTHER
}
