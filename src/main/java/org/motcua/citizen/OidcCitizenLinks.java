package org.motcua.citizen;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.motcua.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds or creates the citizen account a provider identity signs in to, when a citizen signs in through an OpenID
 * Connect provider (in production the national electronic identity, VNeID, Decree 69/2024/NĐ-CP on electronic
 * identification and authentication; accounts of the one-stop-shop information system, Decree 45/2020/NĐ-CP). The
 * rule, in order:
 * <ol>
 * <li>the identity ({@code iss} + {@code sub}) is already linked: that account;</li>
 * <li>the provider asserts an e-mail address <em>and</em> states it verified ({@code email_verified} true), and an
 * account has that address: the identity is linked to it. If that account's own address was never verified (its
 * registrant never proved the address), its password is removed, since whoever chose it is not known to own the
 * address;</li>
 * <li>otherwise a new account without password, its profile taken from the claims; it keeps the e-mail address
 * only when the provider states it verified (an unverified address is not stored, so it can neither block nor
 * claim the address's owner).</li>
 * </ol>
 * An ID number asserted by the provider never links to an existing account: the ID number of a password
 * account is self-declared, so matching on it would hand a stranger's registration to the person signing in,
 * or the person's later dossiers to that stranger.
 */
@Service
class OidcCitizenLinks {

	/** What the provider asserted about the person signing in, after the ID token was validated. */
	record Identity(String issuer, String subject, @Nullable String email, boolean emailVerified,
			@Nullable String fullName, @Nullable String idNumber) {
	}

	/** How the sign-in found its account. */
	enum Outcome {
		/** The identity was linked before. */
		KNOWN,
		/** Linked now to the account holding the provider's verified e-mail address. */
		LINKED_BY_EMAIL,
		/** A new account was created. */
		CREATED
	}

	record SignedIn(CitizenAccount account, Outcome outcome) {
	}

	private final JdbcClient jdbc;

	private final CitizenAccounts accounts;

	private final AuditTrail audit;

	OidcCitizenLinks(JdbcClient jdbc, CitizenAccounts accounts, AuditTrail audit) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.audit = audit;
	}

	/** The account this identity signs in to, linked or created in one transaction. */
	@Transactional
	SignedIn signIn(Identity identity) {
		Optional<Long> linked = jdbc.sql("""
				UPDATE citizen.oidc_link SET last_sign_in_at = now()
				WHERE issuer = :issuer AND subject = :subject RETURNING account_id""")
			.param("issuer", identity.issuer()).param("subject", identity.subject())
			.query(Long.class).optional();
		if (linked.isPresent()) {
			return new SignedIn(accounts.find(new CitizenId(linked.get())).orElseThrow(), Outcome.KNOWN);
		}
		String email = verifiedEmail(identity);
		if (email != null) {
			Optional<CitizenAccount> holder = accounts.findByEmail(email);
			if (holder.isPresent()) {
				CitizenAccount account = holder.get();
				if (!account.verified()) {
					jdbc.sql("""
							UPDATE citizen.account SET password_hash = NULL, verified_at = now(), version = version + 1
							WHERE id = :id""").param("id", account.id().value()).update();
					jdbc.sql("UPDATE citizen.verification_token SET used_at = now() WHERE account_id = :id AND used_at IS NULL")
						.param("id", account.id().value()).update();
				}
				link(identity, account.id());
				audit.record("CITIZEN_OIDC_LINKED", "CitizenAccount", account.id().toString(),
						"Provider identity linked by its verified e-mail address"
								+ (account.verified() ? "" : "; the unverified registration's password was removed"));
				return new SignedIn(accounts.find(account.id()).orElseThrow(), Outcome.LINKED_BY_EMAIL);
			}
		}
		String name = identity.fullName() == null ? "" : identity.fullName().strip();
		String idNumber = identity.idNumber() != null && identity.idNumber().strip().matches("[0-9]{12}")
				? identity.idNumber().strip() : null;
		long id = jdbc.sql("""
				INSERT INTO citizen.account (email, password_hash, full_name, id_number, verified_at)
				VALUES (:email, NULL, :name, :idNumber, :verifiedAt)
				RETURNING id""")
			.param("email", email).param("name", name.length() > 200 ? name.substring(0, 200) : name)
			.param("idNumber", idNumber)
			.param("verifiedAt", email == null ? null : java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC))
			.query(Long.class).single();
		link(identity, new CitizenId(id));
		audit.record("CITIZEN_REGISTERED", "CitizenAccount", String.valueOf(id),
				"Citizen account created by a sign-in through the OpenID Connect provider");
		return new SignedIn(accounts.find(new CitizenId(id)).orElseThrow(), Outcome.CREATED);
	}

	private void link(Identity identity, CitizenId account) {
		jdbc.sql("INSERT INTO citizen.oidc_link (issuer, subject, account_id) VALUES (:issuer, :subject, :account)")
			.param("issuer", identity.issuer()).param("subject", identity.subject()).param("account", account.value())
			.update();
	}

	private static @Nullable String verifiedEmail(Identity identity) {
		if (!identity.emailVerified() || identity.email() == null) {
			return null;
		}
		String email = identity.email().strip().toLowerCase(Locale.ROOT);
		return email.length() <= 254 && email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") ? email : null;
	}
}
