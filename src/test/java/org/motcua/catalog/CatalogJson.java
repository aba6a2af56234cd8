package org.motcua.catalog;

/** JSON bodies for catalogue API tests: a valid procedure with a few fields varied. */
final class CatalogJson {

	private CatalogJson() {
	}

	static String procedure(String code, String name, String level, String unit, String days, String status, String effectiveFrom) {
		return """
				{"code":"%s","effectiveFrom":"%s","name":"%s","field":"Thử nghiệm","levels":[{"level":"%s","validFrom":"2020-01-01"}],
				 "unitCodes":["%s"],"implementingAgency":"Ủy ban nhân dân","subjects":["CITIZEN"],"channels":["IN_PERSON","ONLINE_FULL"],
				 "processingTime":{"amount":%s,"unit":"WORKING_DAYS"},
				 "fees":[{"kind":"CHARGE","name":"Lệ phí","amount":10000}],
				 "components":[{"code":"TK","name":"Tờ khai","originals":1,"copies":0,"required":true,"mustDigitize":true,"reusable":false}],
				 "result":{"name":"Giấy xác nhận","paper":true,"electronic":true},"implementationSteps":"Nộp hồ sơ; nhận kết quả.",
				 "legalBasis":[{"number":"01/2025/QĐ-UBND","title":"Quyết định thử nghiệm","issuedOn":"2025-01-02","effectiveOn":"2025-02-01"}],
				 "announcement":{"number":"1/QĐ-UBND","date":"2025-01-10"},"publishedOn":"2025-01-12","status":"%s"}"""
			.formatted(code, effectiveFrom, name, level, unit, days, status);
	}

	static String change(String body, String effectiveFrom, int version) {
		return body.replaceFirst("\"code\":\"[^\"]*\",\"effectiveFrom\":\"[^\"]*\"",
				"\"version\":" + version + ",\"reason\":\"thay đổi thử nghiệm\",\"effectiveFrom\":\"" + effectiveFrom + "\"");
	}
}
