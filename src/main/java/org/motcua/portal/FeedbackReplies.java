package org.motcua.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.motcua.audit.AuditTrail;
import org.motcua.shared.ConflictException;
import org.motcua.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sender's answer to a request for more information (Decree 20/2008/NĐ-CP as amended, Art. 14: the body handling
 * feedback may ask its sender for information), given online with the secret link they were sent: text and files
 * (images, PDF). The answer puts the feedback back into handling where it was when the information was asked for,
 * is recorded in its history as a {@link FeedbackAction#REPLY} step by the sender and published as
 * {@link PortalEvents.FeedbackReplied}. A link answers once; an unknown link is "not found". The working-day
 * deadlines do not move: the domain brief (§10) counts the answer's 15 working days from submission, without a pause.
 */
@Service
public class FeedbackReplies {

	/** Who the history names for the sender's answer (never their name: it may be a conduct report). */
	static final String SENDER = "sender";

	/** What a link opens: the feedback's tracking code and what the officials asked for. */
	public record Pending(String trackingCode, FeedbackSubmission.Topic topic, String request) {
	}

	/** The answer as recorded: the tracking code, where the feedback stands now and the files kept. */
	public record Replied(String trackingCode, FeedbackStatus status, List<FeedbackAttachment> files) {
	}

	private final JdbcClient jdbc;
	private final FeedbackFiles files;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	FeedbackReplies(JdbcClient jdbc, FeedbackFiles files, AuditTrail audit, ApplicationEventPublisher events,
			ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.files = files;
		this.audit = audit;
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	private record Token(long feedbackId, @Nullable Instant usedAt) {
	}

	/**
	 * What the link asks for.
	 * @throws NotFoundException for an unknown link
	 * @throws ConflictException when the link was used or the feedback no longer waits for information
	 */
	@Transactional(readOnly = true)
	public Pending pending(String token) {
		Token t = token(token, false);
		FeedbackHandling.Row row = row(t.feedbackId(), false);
		check(t, row);
		return new Pending(row.trackingCode(), row.topic(), row.infoRequest() == null ? "" : row.infoRequest());
	}

	/**
	 * Records the sender's answer with its files, in one transaction: a refused file records nothing.
	 * @throws NotFoundException for an unknown link
	 * @throws ConflictException when the link was used or the feedback no longer waits for information
	 */
	@Transactional
	public Replied reply(String token, @Nullable String text, List<FeedbackFile> attached) {
		Token t = token(token, true);
		FeedbackHandling.Row row = row(t.feedbackId(), true);
		check(t, row);
		Instant now = clock.instant();
		FeedbackStatus resumeTo = jdbc.sql("""
				SELECT from_status FROM portal.feedback_step WHERE feedback_id = :id AND action = 'REQUEST_INFO'
				ORDER BY id DESC LIMIT 1""").param("id", row.id()).query(String.class).optional()
			.map(FeedbackStatus::valueOf).orElse(FeedbackStatus.RECEIVED);
		FeedbackCase c = row.state();
		c.replyFromSender(text, resumeTo, now);
		jdbc.sql("UPDATE portal.feedback SET status = :status, version = version + 1 WHERE id = :id")
			.param("status", c.status().name()).param("id", row.id()).update();
		long step = jdbc.sql("""
				INSERT INTO portal.feedback_step (feedback_id, action, from_status, to_status, actor, note, at)
				VALUES (:id, 'REPLY', 'INFO_REQUESTED', :to, :actor, :note, :at) RETURNING id""")
			.param("id", row.id()).param("to", c.status().name()).param("actor", SENDER).param("note", text == null ? null : text.trim())
			.param("at", Timestamp.from(now)).query(Long.class).single();
		List<FeedbackAttachment> stored = files.attach(row.id(), step, attached, now);
		jdbc.sql("UPDATE portal.feedback_reply_token SET used_at = :at WHERE token_hash = :h")
			.param("at", Timestamp.from(now)).param("h", FeedbackContacts.hash(token)).update();
		audit.record("FEEDBACK_REPLIED", "Feedback", row.trackingCode(), "Sender answered the request for information"
				+ (stored.isEmpty() ? "" : " with " + stored.size() + " file(s)") + ": INFO_REQUESTED → " + c.status());
		events.publishEvent(new PortalEvents.FeedbackReplied(row.id(), row.trackingCode(), row.topic(), row.unitCode(), now));
		return new Replied(row.trackingCode(), c.status(), stored);
	}

	private Token token(String token, boolean lock) {
		if (token.isBlank() || token.length() > 100) {
			throw new NotFoundException("error.portal.feedback.reply.not-found");
		}
		return jdbc.sql("SELECT feedback_id, used_at FROM portal.feedback_reply_token WHERE token_hash = :h" + (lock ? " FOR UPDATE" : ""))
			.param("h", FeedbackContacts.hash(token))
			.query((rs, n) -> new Token(rs.getLong(1), FeedbackHandling.nullableInstant(rs, "used_at"))).optional()
			.orElseThrow(() -> new NotFoundException("error.portal.feedback.reply.not-found"));
	}

	private FeedbackHandling.Row row(long id, boolean lock) {
		return jdbc.sql(FeedbackHandling.SELECT + " WHERE f.id = :id" + (lock ? " FOR UPDATE" : "")).param("id", id)
			.query(FeedbackHandling::row).single();
	}

	private static void check(Token t, FeedbackHandling.Row row) {
		if (t.usedAt() != null) {
			throw new ConflictException(null, "error.portal.feedback.reply.used", row.trackingCode());
		}
		if (row.status() != FeedbackStatus.INFO_REQUESTED) {
			throw new ConflictException(null, "error.portal.feedback.reply.closed", row.trackingCode());
		}
	}
}
