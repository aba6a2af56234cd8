package org.motcua.citizen;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A citizen's account and profile; {@code verifiedAt} is empty until the e-mail address is confirmed. An account
 * created by an OpenID Connect sign-in has an e-mail address only when the provider asserted a verified one.
 * {@code language} is the language of their notices (null: the installation's).
 */
public record CitizenAccount(CitizenId id, @Nullable String email, String fullName, @Nullable String phone,
		@Nullable String idNumber, @Nullable Instant verifiedAt, int version, @Nullable String language) {

	public boolean verified() {
		return verifiedAt != null;
	}

	/** How the audit trail and a dossier's history name this citizen: {@code citizen:<e-mail>}, or the account id without one. */
	public String actorName() {
		return "citizen:" + (email != null ? email : "#" + id.value());
	}
}
