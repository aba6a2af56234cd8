package org.motcua.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import org.motcua.organization.AgencyElectronicId;

/**
 * The dossier code (mã số hồ sơ), Circular 01/2018/TT-VPCP Art. 19 with the Decision 20/2020 agency ID:
 * the receiving agency's electronic ID, the receipt date as {@code YYMMDD} and a daily sequence of at least
 * four digits, e.g. {@code H41.20.01-260213-0007}.
 */
public record DossierCode(String value) {

	private static final Pattern FORM = Pattern.compile("([A-Y][0-9]{2}(?:\\.[0-9A-Z]{1,6})*)-([0-9]{6})-([0-9]{4,})");
	private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

	public DossierCode {
		if (!FORM.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a dossier code: " + value);
		}
	}

	public static DossierCode of(String agencyId, LocalDate receiptDate, long sequence) {
		if (!AgencyElectronicId.isValid(agencyId)) {
			throw new IllegalArgumentException("Not an agency electronic ID: " + agencyId);
		}
		if (sequence < 1) {
			throw new IllegalArgumentException("The daily sequence starts at 1");
		}
		return new DossierCode("%s-%s-%04d".formatted(agencyId, YYMMDD.format(receiptDate), sequence));
	}

	public static boolean isValid(String value) {
		return FORM.matcher(value).matches();
	}

	public String agencyId() {
		return value.substring(0, value.indexOf('-'));
	}
}
