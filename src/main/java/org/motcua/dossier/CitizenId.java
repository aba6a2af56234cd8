package org.motcua.dossier;

import java.util.Set;

/**
 * A 12-digit citizen identification number (số định danh cá nhân / căn cước): the first three digits are the
 * code of the province of birth registration, the fourth encodes century and sex, the fifth and sixth the year
 * of birth, the last six a sequence (Circular 59/2021/TT-BCA).
 */
public record CitizenId(String value) {

	/** The 63 province codes of the citizen number (001 Hà Nội … 096 Cà Mau). */
	static final Set<String> PROVINCE_CODES = Set.of("001", "002", "004", "006", "008", "010", "011", "012", "014",
			"015", "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037",
			"038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064",
			"066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089",
			"091", "092", "093", "094", "095", "096");

	public CitizenId {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not a 12-digit citizen ID: " + value);
		}
	}

	public static boolean isValid(String value) {
		return value.length() == 12 && value.chars().allMatch(c -> c >= '0' && c <= '9')
				&& PROVINCE_CODES.contains(value.substring(0, 3));
	}

	/** The last four digits, used as a second factor in the public lookup. */
	public String last4() {
		return value.substring(8);
	}
}
