package org.motcua.portal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.motcua.organization.AdministrativeUnit;
import org.motcua.organization.Caller;
import org.motcua.organization.Official;
import org.motcua.organization.Organization;
import org.motcua.organization.Role;
import org.motcua.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the notification module needs to tell people about feedback: the contact a member of the public left (none
 * for an anonymous conduct report), the language of the page they wrote from, a secret link to answer a request for
 * information, and which officials may be told of it — for a conduct report only the official's
 * superiors and inspectors, never the official it names ({@link FeedbackAccess}).
 */
@Service
public class FeedbackContacts {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final Organization organization;
	private final Clock clock;

	FeedbackContacts(JdbcClient jdbc, Organization organization, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** The sender's contact and the language they wrote in (null: not known). */
	public record Contact(@Nullable String name, @Nullable String email, @Nullable String phone, @Nullable String language) {
	}

	/** The sender's contact when they left an e-mail address or a phone number and did not stay anonymous. */
	@Transactional(readOnly = true)
	public Optional<Contact> of(long feedbackId) {
		return jdbc.sql("SELECT contact_name, contact_email, contact_phone, language FROM portal.feedback WHERE id = :id AND NOT anonymous")
			.param("id", feedbackId)
			.query((rs, n) -> new Contact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.optional()
			.filter(c -> c.email() != null && !c.email().isBlank() || c.phone() != null && !c.phone().isBlank());
	}

	/**
	 * A new secret token for the sender to answer the current request for information online (only its SHA-256 is
	 * stored); an earlier unused link of the same feedback stops working, so only the latest request is answered.
	 * Runs in the caller's transaction, so a token whose message was not stored does not survive either.
	 */
	@Transactional
	public String issueReplyToken(long feedbackId) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("DELETE FROM portal.feedback_reply_token WHERE feedback_id = :id AND used_at IS NULL").param("id", feedbackId).update();
		jdbc.sql("INSERT INTO portal.feedback_reply_token (token_hash, feedback_id, issued_at) VALUES (:h, :id, :at)")
			.param("h", hash(token)).param("id", feedbackId).param("at", Timestamp.from(clock.instant())).update();
		return token;
	}

	/**
	 * The active officials who handle the feedback and may be told of it: for ordinary feedback the unit's officials
	 * with a handling role; for a conduct report its superiors and inspectors — the unit's heads, leaders and
	 * inspectors, and when none remains once the official it names is left out (a report about the chairman), the
	 * leaders and inspectors of the unit above, as {@link FeedbackAccess} lets them see it.
	 */
	@Transactional(readOnly = true)
	public List<String> officialsToTell(long feedbackId) {
		record Target(String unitCode, FeedbackSubmission.Topic topic, @Nullable String officialName) {
		}
		Target t = jdbc.sql("SELECT unit_code, topic, official_name FROM portal.feedback WHERE id = :id").param("id", feedbackId)
			.query((rs, n) -> new Target(rs.getString(1), FeedbackSubmission.Topic.valueOf(rs.getString(2)), rs.getString(3)))
			.optional().orElse(null);
		if (t == null) {
			return List.of();
		}
		if (t.topic() != FeedbackSubmission.Topic.OFFICIAL_CONDUCT) {
			return active(t.unitCode()).stream().filter(o -> o.roles().stream().anyMatch(FeedbackAccess.HANDLERS::contains))
				.map(Official::username).toList();
		}
		String code = t.unitCode();
		for (int depth = 0; code != null && depth < 10; depth++) {
			boolean ownUnit = depth == 0;
			List<String> superiors = active(code).stream()
				.filter(o -> o.hasRole(Role.LEADER) || o.hasRole(Role.INSPECTOR) || ownUnit && o.hasRole(Role.UNIT_HEAD))
				.filter(o -> !FeedbackAccess.names(t.officialName(), o.fullName()))
				.map(Official::username).toList();
			if (!superiors.isEmpty()) {
				return superiors;
			}
			code = organization.findUnit(code).map(AdministrativeUnit::parentCode).orElse(null);
		}
		return List.of();
	}

	private List<Official> active(String unitCode) {
		try {
			return organization.officials(Caller.system(), unitCode, null).stream().filter(Official::active).toList();
		}
		catch (NotFoundException ex) {
			return List.of();
		}
	}

	/** Whether a named official may be told of the feedback (false for the official a conduct report names). */
	@Transactional(readOnly = true)
	public boolean mayBeTold(long feedbackId, String username) {
		Optional<String> named = jdbc.sql("SELECT official_name FROM portal.feedback WHERE id = :id AND topic = 'OFFICIAL_CONDUCT'")
			.param("id", feedbackId).query(String.class).optional();
		if (named.isEmpty()) {
			return true;
		}
		return organization.officialByUsername(username).map(o -> !FeedbackAccess.names(named.get(), o.fullName())).orElse(false);
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
