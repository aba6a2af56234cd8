package org.motcua.citizen;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.motcua.audit.AuditTrail;
import org.motcua.security.PasswordPolicy;
import org.motcua.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers citizens, verifies their e-mail address and answers the sign-in lookups. The password follows
 * the officials' policy ({@link PasswordPolicy}) and is stored with the application's adaptive hash.
 * A verification token is random (256 bits), valid for {@link #TOKEN_VALIDITY}, usable once; only its
 * SHA-256 is stored. The application has no mail sender, so the verification link is written to the log
 * at INFO (see docs/citizen.md).
 */
@Service
public class CitizenAccounts {

	static final Duration TOKEN_VALIDITY = Duration.ofHours(24);

	static final String ROLE = "CITIZEN";

	private static final String ID_PRINCIPAL_PREFIX = "citizen-";

	private static final Logger log = LoggerFactory.getLogger(CitizenAccounts.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final AuditTrail audit;

	CitizenAccounts(JdbcClient jdbc, PasswordEncoder encoder, AuditTrail audit) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.audit = audit;
	}

	/** What a citizen enters to register. */
	public record Registration(String email, String password, String fullName, @Nullable String phone,
			@Nullable String idNumber) {
	}

	/** A new, not yet verified account and the (only) copy of its verification token. */
	public record Registered(CitizenId id, String verificationToken) {
	}

	/**
	 * Creates an unverified account and a verification token, and sends (logs) the verification link.
	 * @throws InvalidInputException listing every broken rule (e-mail format or already used, password policy,
	 * name, phone, ID number)
	 */
	@Transactional
	public Registered register(Registration r, String verificationBaseUrl) {
		String email = r.email() == null ? "" : r.email().trim().toLowerCase(Locale.ROOT);
		String password = r.password() == null ? "" : r.password();
		String fullName = r.fullName() == null ? "" : r.fullName().trim();
		String phone = blankToNull(r.phone());
		String idNumber = blankToNull(r.idNumber());
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		problems.check(email.length() <= 254 && email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"), "email", "error.citizen.email");
		if (!problems.hasProblems() && findByEmail(email).isPresent()) {
			problems.add("email", "error.citizen.email-taken");
		}
		for (String key : PasswordPolicy.violations(email.contains("@") ? email.substring(0, email.indexOf('@')) : email, password)) {
			problems.add("password", key);
		}
		problems.check(!fullName.isEmpty() && fullName.length() <= 200, "fullName", "error.citizen.full-name");
		problems.check(phone == null || phone.matches("^\\+?[0-9]{9,15}$"), "phone", "error.citizen.phone");
		problems.check(idNumber == null || idNumber.matches("^[0-9]{12}$"), "idNumber", "error.citizen.id-number");
		problems.throwIfAny();
		long id = jdbc.sql("""
				INSERT INTO citizen.account (email, password_hash, full_name, phone, id_number)
				VALUES (:email, :hash, :name, :phone, :idNumber) RETURNING id""")
			.param("email", email).param("hash", encoder.encode(password)).param("name", fullName)
			.param("phone", phone).param("idNumber", idNumber)
			.query(Long.class).single();
		String token = newToken(id);
		audit.record("CITIZEN_REGISTERED", "CitizenAccount", String.valueOf(id), "Citizen account registered, e-mail not yet verified");
		log.info("Citizen e-mail verification for {}: {}?token={}", email, verificationBaseUrl, token);
		return new Registered(new CitizenId(id), token);
	}

	/**
	 * Marks the account of an unused, unexpired token verified and uses the token up.
	 * @return the verified account, empty when the token is unknown, used or expired
	 */
	@Transactional
	public Optional<CitizenAccount> verify(String token) {
		Optional<Long> accountId = jdbc.sql("""
				UPDATE citizen.verification_token SET used_at = now()
				WHERE token_hash = :hash AND used_at IS NULL AND expires_at > now()
				RETURNING account_id""")
			.param("hash", sha256(token))
			.query(Long.class).optional();
		accountId.ifPresent(id -> {
			jdbc.sql("UPDATE citizen.account SET verified_at = coalesce(verified_at, now()), version = version + 1 WHERE id = :id")
				.param("id", id).update();
			audit.record("CITIZEN_VERIFIED", "CitizenAccount", String.valueOf(id), "E-mail address verified");
		});
		return accountId.flatMap(id -> find(new CitizenId(id)));
	}

	public Optional<CitizenAccount> find(CitizenId id) {
		return jdbc.sql(SELECT + " WHERE id = :id").param("id", id.value()).query(CitizenAccounts::map).optional();
	}

	public Optional<CitizenAccount> findByEmail(String email) {
		return jdbc.sql(SELECT + " WHERE lower(email) = lower(:email)").param("email", email.trim())
			.query(CitizenAccounts::map).optional();
	}

	/** The languages a citizen may choose for their notices (those of the pages). */
	public static final java.util.List<String> LANGUAGES = java.util.List.of("vi", "en", "th");

	/**
	 * Sets the language of the citizen's notices (e-mail and SMS), based on the version they saw.
	 * @throws org.motcua.shared.ConflictException on a stale version
	 */
	@Transactional
	public CitizenAccount chooseLanguage(String principalName, @Nullable String language, @Nullable Integer version) {
		CitizenAccount a = current(principalName);
		String l = language == null ? "" : language.trim().toLowerCase(java.util.Locale.ROOT);
		if (!LANGUAGES.contains(l)) {
			throw org.motcua.shared.InvalidInputException.of("language", "error.citizen.language");
		}
		int v = version == null ? a.version() : version;
		int updated = jdbc.sql("UPDATE citizen.account SET language = :l, version = version + 1 WHERE id = :id AND version = :v")
			.param("l", l).param("id", a.id().value()).param("v", v).update();
		if (updated == 0) {
			throw new org.motcua.shared.ConflictException(a, "error.stale", a.version());
		}
		audit.record("CITIZEN_LANGUAGE_CHOSEN", "CitizenAccount", String.valueOf(a.id().value()), "Notices in " + l);
		return current(principalName);
	}

	/**
	 * The signed-in citizen's account, by the principal name: the e-mail address, or {@code citizen-<id>} for an
	 * account signed in through an OpenID Connect provider that has no e-mail address (see {@link #principalName}).
	 */
	public CitizenAccount current(String principalName) {
		Optional<CitizenAccount> account = principalName.startsWith(ID_PRINCIPAL_PREFIX)
				&& principalName.substring(ID_PRINCIPAL_PREFIX.length()).matches("[0-9]{1,18}")
						? find(new CitizenId(Long.parseLong(principalName.substring(ID_PRINCIPAL_PREFIX.length()))))
						: findByEmail(principalName);
		return account.orElseThrow(() -> new org.motcua.shared.NotFoundException("error.citizen.not-found"));
	}

	/**
	 * The name a signed-in citizen goes by in the security context: the e-mail address (as with the password
	 * sign-in), or {@code citizen-<id>} without one. No e-mail address can take that form, as it has no {@code @}.
	 */
	static String principalName(CitizenAccount account) {
		return account.email() != null ? account.email() : ID_PRINCIPAL_PREFIX + account.id().value();
	}

	/**
	 * Sign-in lookup: an account whose e-mail is not verified yet is disabled; an account without a password
	 * (created by an OpenID Connect sign-in) answers like an unknown one, so the form says "wrong e-mail or password".
	 */
	UserDetails loadForLogin(String email) {
		record Row(String email, @Nullable String hash, boolean verified) {
		}
		Row row = jdbc.sql("SELECT email, password_hash, verified_at IS NOT NULL FROM citizen.account WHERE lower(email) = lower(:email)")
			.param("email", email.trim())
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getBoolean(3))).optional()
			.filter(r -> r.hash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("unknown citizen"));
		return User.withUsername(row.email()).password(row.hash()).roles(ROLE).disabled(!row.verified()).build();
	}

	private String newToken(long accountId) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("INSERT INTO citizen.verification_token (token_hash, account_id, expires_at) VALUES (:hash, :id, :expires)")
			.param("hash", sha256(token)).param("id", accountId)
			.param("expires", OffsetDateTime.ofInstant(Instant.now().plus(TOKEN_VALIDITY), java.time.ZoneOffset.UTC))
			.update();
		return token;
	}

	static String sha256(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static final String SELECT = "SELECT id, email, full_name, phone, id_number, verified_at, version, language FROM citizen.account";

	private static CitizenAccount map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		java.sql.Timestamp verified = rs.getTimestamp("verified_at");
		return new CitizenAccount(new CitizenId(rs.getLong("id")), rs.getString("email"), rs.getString("full_name"),
				rs.getString("phone"), rs.getString("id_number"), verified == null ? null : verified.toInstant(), rs.getInt("version"),
				rs.getString("language"));
	}
}
