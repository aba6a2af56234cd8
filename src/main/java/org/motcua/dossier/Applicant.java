package org.motcua.dossier;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.motcua.shared.InvalidInputException;

/**
 * The applicant (người nộp hồ sơ) or their representative: full name, 12-digit citizen ID, phone, e-mail and
 * address. The citizen ID is required of the applicant, optional for a representative's organisation.
 */
public record Applicant(String fullName, @Nullable String citizenId, @Nullable String phone, @Nullable String email,
		@Nullable String address) {

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .-]{7,18}");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	/** Checks every field and reports each problem under {@code prefix.field}. */
	static void validate(@Nullable Applicant a, String prefix, boolean idRequired, InvalidInputException.Collector problems) {
		if (a == null) {
			problems.add(prefix + ".fullName", "error.required");
			return;
		}
		problems.check(a.fullName() != null && !a.fullName().isBlank() && a.fullName().length() <= 200, prefix + ".fullName", "error.required");
		if (a.citizenId() == null || a.citizenId().isBlank()) {
			problems.check(!idRequired, prefix + ".citizenId", "error.required");
		}
		else {
			problems.check(CitizenId.isValid(a.citizenId().trim()), prefix + ".citizenId", "error.dossier.citizen-id");
		}
		problems.check(a.phone() == null || a.phone().isBlank() || PHONE.matcher(a.phone().trim()).matches(), prefix + ".phone", "error.phone");
		problems.check(a.email() == null || a.email().isBlank() || EMAIL.matcher(a.email().trim()).matches(), prefix + ".email", "error.email");
	}
}
