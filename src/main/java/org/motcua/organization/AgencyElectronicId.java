package org.motcua.organization;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Electronic identifier of an agency (mã định danh điện tử), Decision 20/2020/QĐ-TTg Art. 4: at most
 * 35 characters of 0-9, A-Z and '.', groups separated by dots growing from left to right, the leftmost
 * group being the level-1 code {@code MX1X2} (M a letter A–Y, X1X2 digits), e.g. {@code H41.20.01}.
 * The older QCVN 102:2016 form written right to left ({@code 000.00.00.H41}) is accepted as an alias
 * for historical records.
 */
public record AgencyElectronicId(String value) {

	static final int MAX_LENGTH = 35;
	private static final Pattern CURRENT = Pattern.compile("[A-Y][0-9]{2}(\\.[0-9A-Z]{1,6})*");
	private static final Pattern LEGACY = Pattern.compile("([0-9A-Z]{1,6}\\.)+[A-Y][0-9]{2}");

	public AgencyElectronicId {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not an agency electronic ID (Decision 20/2020): " + value);
		}
	}

	/** Whether the value is an ID in the current, left-to-right form. */
	public static boolean isValid(String value) {
		return value.length() <= MAX_LENGTH && CURRENT.matcher(value).matches();
	}

	/** Whether the value is an ID in the old, right-to-left form (accepted only as an alias). */
	public static boolean isValidLegacy(String value) {
		return value.length() <= MAX_LENGTH && LEGACY.matcher(value).matches();
	}

	public static Optional<AgencyElectronicId> parse(String value) {
		String v = value.trim().toUpperCase(java.util.Locale.ROOT);
		return isValid(v) ? Optional.of(new AgencyElectronicId(v)) : Optional.empty();
	}

	/** The level-1 code: the province, ministry or special body the ID belongs to. */
	public String levelOneCode() {
		int dot = value.indexOf('.');
		return dot < 0 ? value : value.substring(0, dot);
	}

	@Override
	public String toString() {
		return value;
	}
}
