package org.motcua.citizen;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A citizen's account and profile; {@code verifiedAt} is empty until the e-mail address is confirmed. */
public record CitizenAccount(CitizenId id, String email, String fullName, @Nullable String phone,
		@Nullable String idNumber, @Nullable Instant verifiedAt, int version) {

	public boolean verified() {
		return verifiedAt != null;
	}
}
