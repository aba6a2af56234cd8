package org.motcua.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.motcua.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API bearer tokens: 256 random bits, handed out once; only their SHA-256 is stored. A token expires after
 * the configured time-to-live and can be revoked by its holder or by revoking all of an official's tokens.
 */
@Service
public class ApiTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;
	private final Duration ttl;

	ApiTokens(JdbcClient jdbc, AuditTrail audit, ObjectProvider<Clock> clock,
			@Value("${motcua.security.token-ttl:PT8H}") Duration ttl) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.ttl = ttl;
	}

	public record IssuedToken(String token, Instant expiresAt, long expiresInSeconds) {
	}

	@Transactional
	public IssuedToken issue(String username, @Nullable String clientAddress) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		Instant expires = now.plus(ttl);
		jdbc.sql("""
				INSERT INTO security.api_token (id, token_hash, username, issued_at, expires_at, client_address)
				VALUES (:id, :h, :u, :at, :exp, :ip)""")
			.param("id", UUID.randomUUID()).param("h", sha256(token)).param("u", username)
			.param("at", Timestamp.from(now)).param("exp", Timestamp.from(expires)).param("ip", clientAddress).update();
		audit.record("TOKEN_ISSUED", "Official", username, "API token issued, valid until " + expires);
		return new IssuedToken(token, expires, ttl.toSeconds());
	}

	/** The username of a valid (known, unexpired, unrevoked) token. */
	@Transactional(readOnly = true)
	public Optional<String> usernameOf(String token) {
		return jdbc.sql("""
				SELECT username FROM security.api_token
				WHERE token_hash = :h AND revoked_at IS NULL AND expires_at > :now""")
			.param("h", sha256(token)).param("now", Timestamp.from(clock.instant())).query(String.class).optional();
	}

	@Transactional
	public boolean revoke(String token) {
		Optional<String> username = jdbc.sql("""
				UPDATE security.api_token SET revoked_at = :now WHERE token_hash = :h AND revoked_at IS NULL RETURNING username""")
			.param("now", Timestamp.from(clock.instant())).param("h", sha256(token)).query(String.class).optional();
		username.ifPresent(u -> audit.record("TOKEN_REVOKED", "Official", u, "API token revoked by its holder"));
		return username.isPresent();
	}

	/** Revokes every token of an official (deactivation, password change, suspected theft). */
	@Transactional
	public int revokeAll(String username) {
		int n = jdbc.sql("UPDATE security.api_token SET revoked_at = :now WHERE username = :u AND revoked_at IS NULL")
			.param("now", Timestamp.from(clock.instant())).param("u", username).update();
		if (n > 0) {
			audit.record("TOKENS_REVOKED", "Official", username, "All %d API tokens revoked".formatted(n));
		}
		return n;
	}

	static String sha256(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
