package org.motcua.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.motcua.audit.AuditTrail;
import org.motcua.organization.Caller;
import org.motcua.organization.Official;
import org.motcua.organization.Organization;
import org.motcua.organization.Role;
import org.motcua.shared.ForbiddenException;
import org.motcua.shared.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officials' credentials: password hashes, failed attempts and lock-out, forced password change.
 */
@Service
public class Credentials {

	private final JdbcClient jdbc;
	private final PasswordEncoder encoder;
	private final AuditTrail audit;
	private final Organization organization;
	private final Clock clock;
	private final int maxFailures;
	private final Duration lockout;

	Credentials(JdbcClient jdbc, PasswordEncoder encoder, AuditTrail audit, Organization organization,
			ObjectProvider<Clock> clock, @Value("${motcua.security.max-failed-logins:5}") int maxFailures,
			@Value("${motcua.security.lockout:PT15M}") Duration lockout) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.audit = audit;
		this.organization = organization;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.maxFailures = maxFailures;
		this.lockout = lockout;
	}

	/** The stored state of a username's credential. */
	public record State(String username, @Nullable String passwordHash, int failedAttempts, @Nullable Instant lockedUntil,
			boolean mustChange) {

		public boolean lockedAt(Instant now) {
			return lockedUntil != null && lockedUntil.isAfter(now);
		}

		public boolean hasPassword() {
			return passwordHash != null;
		}
	}

	@Transactional(readOnly = true)
	public Optional<State> state(String username) {
		return jdbc.sql("SELECT username, password_hash, failed_attempts, locked_until, must_change FROM security.credential WHERE username = :u")
			.param("u", username)
			.query((rs, n) -> new State(rs.getString(1), rs.getString(2), rs.getInt(3),
					rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getBoolean(5)))
			.optional();
	}

	/** Records a failed login; locks the account for the lock-out period when the limit is reached. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean recordFailure(String username) {
		Instant now = clock.instant();
		Integer failures = jdbc.sql("""
				UPDATE security.credential SET failed_attempts = failed_attempts + 1
				WHERE username = :u RETURNING failed_attempts""")
			.param("u", username).query(Integer.class).optional().orElse(null);
		if (failures == null) {
			return false;
		}
		if (failures >= maxFailures) {
			jdbc.sql("UPDATE security.credential SET failed_attempts = 0, locked_until = :until WHERE username = :u")
				.param("until", Timestamp.from(now.plus(lockout))).param("u", username).update();
			audit.record("ACCOUNT_LOCKED", "Official", username,
					"Locked for %d minutes after %d failed logins".formatted(lockout.toMinutes(), failures));
			return true;
		}
		return false;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSuccess(String username) {
		jdbc.sql("UPDATE security.credential SET failed_attempts = 0, locked_until = NULL WHERE username = :u AND (failed_attempts > 0 OR locked_until IS NOT NULL)")
			.param("u", username).update();
	}

	/** The official changes their own password, proving they know the current one. */
	@Transactional
	public void changeOwnPassword(String username, String currentPassword, String newPassword, String confirmation) {
		State state = state(username).orElseThrow(() -> InvalidInputException.of("currentPassword", "error.password.current"));
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		problems.check(state.hasPassword() && encoder.matches(currentPassword, state.passwordHash()), "currentPassword", "error.password.current");
		checkNew(username, newPassword, confirmation, problems);
		problems.check(!newPassword.equals(currentPassword), "newPassword", "error.password.same");
		problems.throwIfAny();
		store(username, newPassword, false);
		audit.record("PASSWORD_CHANGED", "Official", username, "Password changed by its owner");
	}

	/**
	 * An administrator sets an official's password (a new official, or a forgotten password); the official
	 * must change it at the next login.
	 */
	@Transactional
	public void setPassword(Caller caller, String username, String newPassword, String confirmation) {
		Official target = organization.official(caller, username);
		requireAdminOver(caller, target);
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		checkNew(username, newPassword, confirmation, problems);
		problems.throwIfAny();
		store(username, newPassword, !caller.username().equals(username));
		audit.record("PASSWORD_SET", "Official", username, "Password set by an administrator; change required at next login");
	}

	/** An administrator lifts a lock-out before it expires. */
	@Transactional
	public void unlock(Caller caller, String username) {
		Official target = organization.official(caller, username);
		requireAdminOver(caller, target);
		jdbc.sql("UPDATE security.credential SET failed_attempts = 0, locked_until = NULL WHERE username = :u")
			.param("u", username).update();
		audit.record("ACCOUNT_UNLOCKED", "Official", username, "Lock-out lifted by an administrator");
	}

	/** Checks that the caller administers the official's credentials; throws otherwise. */
	@Transactional(readOnly = true)
	public void requireAdministers(Caller caller, String username) {
		requireAdminOver(caller, organization.official(caller, username));
	}

	/** Seeds a credential (demo data, initial administrator); not audited as a user action. */
	@Transactional
	public void seed(String username, String password, boolean mustChange) {
		store(username, password, mustChange);
	}

	public boolean matches(String raw, String hash) {
		return encoder.matches(raw, hash);
	}

	private void checkNew(String username, String newPassword, String confirmation, InvalidInputException.Collector problems) {
		List<String> violations = PasswordPolicy.violations(username, newPassword);
		violations.forEach(v -> problems.add("newPassword", v, PasswordPolicy.MIN_LENGTH));
		problems.check(newPassword.equals(confirmation), "confirmation", "error.password.confirmation");
	}

	private void store(String username, String password, boolean mustChange) {
		jdbc.sql("""
				INSERT INTO security.credential (username, password_hash, must_change, password_changed_at)
				VALUES (:u, :h, :m, now())
				ON CONFLICT (username) DO UPDATE SET password_hash = :h, must_change = :m, password_changed_at = now(),
				    failed_attempts = 0, locked_until = NULL""")
			.param("u", username).param("h", encoder.encode(password)).param("m", mustChange).update();
	}

	private static void requireAdminOver(Caller caller, Official target) {
		boolean admin = caller.hasRole(Role.SYSTEM_ADMIN) || caller.hasRole(Role.UNIT_ADMIN);
		if (!admin || (target.hasRole(Role.SYSTEM_ADMIN) && !caller.isSystemAdmin())) {
			throw new ForbiddenException("error.forbidden");
		}
	}
}
