package org.motcua.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.motcua.shared.InvalidInputException;
import org.motcua.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of feedback after handling: published answers without personal data, readers' "helpful or not"
 * marks (one per client address, which may change its mind), and a unit's feedback figures for the transparency page
 * (Decision 766/QĐ-TTg indicators 5.2 and 5.3).
 */
@Service
public class PublicFeedback {

	/** A page of published answers and how many there are in all. */
	public record Page(List<PublishedFeedback> items, long total, int page, int size) {
	}

	/**
	 * A unit's feedback in a period: received; answered (or refused) and how many of those by their deadline; and how
	 * many are overdue now (unanswered past the answer deadline, or answered but unpublished past the publication
	 * deadline).
	 */
	public record Figures(long received, long answered, long answeredOnTime, long refused, long published, long overdue) {

		/** Share of answered feedback answered on time, in percent; {@code null} when none was answered. */
		public @Nullable Double onTimeRate() {
			return answered == 0 ? null : Math.round(1000.0 * answeredOnTime / answered) / 10.0;
		}
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final org.springframework.context.ApplicationEventPublisher events;

	PublicFeedback(JdbcClient jdbc, ObjectProvider<Clock> clock, org.springframework.context.ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.events = events;
	}

	/** A published answer by its id or tracking code; anything not published is "not found". */
	@Transactional(readOnly = true)
	public PublishedFeedback published(String ref) {
		return find(ref).orElseThrow(() -> new NotFoundException("error.portal.feedback.not-published"));
	}

	/** Published answers, newest first, optionally of one unit. */
	@Transactional(readOnly = true)
	public Page published(@Nullable String unitCode, int page, int size) {
		if (size < 1 || size > 100) {
			throw InvalidInputException.of("size", "error.page-size", 100);
		}
		if (page < 0) {
			throw InvalidInputException.of("page", "error.parameter.malformed", "page");
		}
		String unit = unitCode == null || unitCode.isBlank() ? null : unitCode.trim().toUpperCase(Locale.ROOT);
		String where = "f.status = 'PUBLISHED'" + (unit == null ? "" : " AND f.unit_code = :unit");
		var count = jdbc.sql("SELECT count(*) FROM portal.feedback f WHERE " + where);
		var select = jdbc.sql(SELECT + " WHERE " + where + " ORDER BY f.published_at DESC, f.id DESC LIMIT :limit OFFSET :offset");
		if (unit != null) {
			count = count.param("unit", unit);
			select = select.param("unit", unit);
		}
		long total = count.query(Long.class).single();
		List<PublishedFeedback> items = select.param("limit", size).param("offset", (long) page * size)
			.query((rs, n) -> map(rs)).list();
		return new Page(items, total, page, size);
	}

	/**
	 * Records whether the reader found the published answer helpful: one mark per client (the SHA-256 of its address,
	 * so the address itself is not kept); a second mark from the same client replaces the first. Published as
	 * {@link PortalEvents.FeedbackMarked} for the reporting figures (indicator 5.3).
	 */
	@Transactional
	public PublishedFeedback markHelpful(String ref, boolean helpful, String client) {
		PublishedFeedback f = published(ref);
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO portal.feedback_helpful (feedback_id, client_hash, helpful, at) VALUES (:id, :client, :helpful, :at)
				ON CONFLICT (feedback_id, client_hash) DO UPDATE SET helpful = EXCLUDED.helpful, at = EXCLUDED.at""")
			.param("id", f.id()).param("client", sha256(client)).param("helpful", helpful)
			.param("at", Timestamp.from(now)).update();
		events.publishEvent(new PortalEvents.FeedbackMarked(f.id(), f.unitCode(), now));
		return published(ref);
	}

	/** The feedback figures of one unit for feedback received from {@code from} (inclusive) to {@code to} (exclusive). */
	@Transactional(readOnly = true)
	public Figures figures(String unitCode, Instant from, Instant to) {
		return jdbc.sql("""
				SELECT count(*),
				       count(*) FILTER (WHERE f.answered_at IS NOT NULL OR f.refused_at IS NOT NULL),
				       count(*) FILTER (WHERE f.answered_at <= f.answer_by OR f.refused_at <= f.refuse_by),
				       count(*) FILTER (WHERE f.refused_at IS NOT NULL),
				       count(*) FILTER (WHERE f.published_at IS NOT NULL),
				       count(*) FILTER (WHERE %s)
				FROM portal.feedback f WHERE f.unit_code = :unit AND f.received_at >= :from AND f.received_at < :to"""
				.formatted(FeedbackHandling.OVERDUE_SQL))
			.param("unit", unitCode.trim().toUpperCase(Locale.ROOT)).param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to)).param("now", Timestamp.from(clock.instant()))
			.query((rs, n) -> new Figures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)))
			.single();
	}

	private static final String SELECT = """
			SELECT f.id, f.tracking_code, f.topic, f.unit_code, f.procedure_code, f.official_name, f.contact_name, f.content,
			       f.answer, f.received_at, f.answered_at, f.published_at,
			       (SELECT count(*) FROM portal.feedback_helpful h WHERE h.feedback_id = f.id AND h.helpful) AS helpful,
			       (SELECT count(*) FROM portal.feedback_helpful h WHERE h.feedback_id = f.id AND NOT h.helpful) AS not_helpful
			FROM portal.feedback f""";

	private Optional<PublishedFeedback> find(String ref) {
		String r = ref.trim().toUpperCase(Locale.ROOT);
		if (r.matches("[0-9]{1,18}")) {
			return jdbc.sql(SELECT + " WHERE f.status = 'PUBLISHED' AND f.id = :id").param("id", Long.parseLong(r))
				.query((rs, n) -> map(rs)).optional();
		}
		return jdbc.sql(SELECT + " WHERE f.status = 'PUBLISHED' AND f.tracking_code = :tc").param("tc", r)
			.query((rs, n) -> map(rs)).optional();
	}

	private static PublishedFeedback map(java.sql.ResultSet rs) throws java.sql.SQLException {
		List<@Nullable String> people = new ArrayList<>(Arrays.asList(rs.getString("contact_name"), rs.getString("official_name")));
		return new PublishedFeedback(rs.getLong("id"), rs.getString("tracking_code"),
				FeedbackSubmission.Topic.valueOf(rs.getString("topic")), rs.getString("unit_code"), rs.getString("procedure_code"),
				Masking.scrub(rs.getString("content"), people), Masking.scrub(rs.getString("answer"), people),
				FeedbackHandling.instant(rs, "received_at"), FeedbackHandling.instant(rs, "answered_at"),
				FeedbackHandling.instant(rs, "published_at"), rs.getLong("helpful"), rs.getLong("not_helpful"));
	}

	private static String sha256(String value) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
