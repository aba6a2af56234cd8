package org.motcua.citizen;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A citizen's account and profile; {@code verifiedAt} is empty until the e-mail address is confirmed;
 * {@code language} is the language of their notices (null: the installation's).
 */
public record CitizenAccount(CitizenId id, String email, String fullName, @Nullable String phone,
		@Nullable String idNumber, @Nullable Instant verifiedAt, int version, @Nullable String language) {

	public boolean verified() {
		return verifiedAt != null;
	}
}
