package org.motcua.citizen;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language a citizen chose for their notices, for the notification module: the account that submitted a dossier
 * online, else the verified account of the applicant's e-mail address (the address is the account's, confirmed).
 */
@Service
public class CitizenLanguages {

	private final JdbcClient jdbc;

	CitizenLanguages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The preferred language of the citizen behind a dossier or an e-mail address, when they chose one. */
	@Transactional(readOnly = true)
	public Optional<String> preferred(@Nullable String dossierCode, @Nullable String email) {
		if (dossierCode != null) {
			Optional<String> owner = jdbc.sql("""
					SELECT a.language FROM citizen.online_dossier o JOIN citizen.account a ON a.id = o.account_id
					WHERE o.dossier_code = :code AND a.language IS NOT NULL""")
				.param("code", dossierCode).query(String.class).optional();
			if (owner.isPresent()) {
				return owner;
			}
		}
		if (email == null || email.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("""
				SELECT language FROM citizen.account
				WHERE lower(email) = lower(:email) AND verified_at IS NOT NULL AND language IS NOT NULL""")
			.param("email", email.trim()).query(String.class).optional();
	}
}
