package org.motcua.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.motcua.audit.AuditTrail;
import org.motcua.organization.Caller;
import org.motcua.shared.ConflictException;
import org.motcua.shared.ForbiddenException;
import org.motcua.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The persisted outbox: every notice is stored as one message per recipient and channel, keyed by the event that
 * caused it, so a re-delivered event adds nothing. A sender job delivers due e-mail and SMS messages one at a
 * time under a row lock ({@code FOR UPDATE SKIP LOCKED}, so several instances never send the same message); a
 * failed attempt is retried with exponential backoff and, after the maximum number of attempts, the message is
 * marked {@link MessageStatus#FAILED} for administrators to see and retry. In-app messages are delivered when
 * stored.
 */
@Service
public class Outbox {

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	private final JdbcClient jdbc;
	private final Templates templates;
	private final MailChannel mail;
	private final SmsGateway sms;
	private final TransactionTemplate tx;
	private final AuditTrail audit;
	private final Clock clock;
	private final int maxAttempts;
	private final Duration backoff;
	private final Duration maxBackoff;
	private final int batch;

	Outbox(JdbcClient jdbc, Templates templates, MailChannel mail, SmsGateway sms, TransactionTemplate tx, AuditTrail audit,
			ObjectProvider<Clock> clock, @Value("${motcua.notification.max-attempts:8}") int maxAttempts,
			@Value("${motcua.notification.backoff:PT1M}") Duration backoff,
			@Value("${motcua.notification.max-backoff:PT6H}") Duration maxBackoff,
			@Value("${motcua.notification.batch:100}") int batch) {
		this.jdbc = jdbc;
		this.templates = templates;
		this.mail = mail;
		this.sms = sms;
		this.tx = tx;
		this.audit = audit;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.maxAttempts = maxAttempts;
		this.backoff = backoff;
		this.maxBackoff = maxBackoff;
		this.batch = batch;
	}

	/**
	 * A notice to one recipient on one channel, caused by the event {@code eventKey} (stable across re-deliveries of
	 * that event): rendered from the event's template in {@code language} with {@code values}.
	 */
	public record Draft(String eventKey, NotificationEvent event, NotificationChannel channel, String recipient,
			String language, Map<String, String> values, @Nullable String link) {
	}

	/** A message of the outbox. */
	public record Message(MessageId id, String eventKey, NotificationEvent event, NotificationChannel channel,
			String recipient, String language, String subject, String body, @Nullable String link, MessageStatus status,
			int attempts, Instant nextAttemptAt, @Nullable String lastError, Instant createdAt, @Nullable Instant sentAt,
			@Nullable String deliveredBy, @Nullable Instant readAt) {
	}

	/** What one run of the sender did. */
	public record Run(int sent, int retrying, int failed) {
	}

	/**
	 * Stores the message unless this event already produced one for this recipient and channel; returns whether it
	 * was stored. Runs in the caller's transaction (the event listener's), so the message exists once the event is
	 * marked handled.
	 */
	@Transactional
	public boolean enqueue(Draft d) {
		Templates.Rendered r = templates.render(d.event(), d.language(), d.values());
		String body = d.channel() == NotificationChannel.SMS ? r.sms() : r.body();
		if (body.isBlank()) {
			return false; // this event's template has no text for the channel (e.g. no SMS for officials' notices)
		}
		Instant now = clock.instant();
		boolean inApp = d.channel() == NotificationChannel.IN_APP;
		return jdbc.sql("""
				INSERT INTO notification.message (event_key, event_type, channel, recipient, language, subject, body, link,
				    status, attempts, next_attempt_at, created_at, sent_at, delivered_by)
				VALUES (:key, :event, :channel, :to, :lang, :subject, :body, :link, :status, 0, :now, :now, :sent, :by)
				ON CONFLICT ON CONSTRAINT message_once DO NOTHING""")
			.param("key", d.eventKey()).param("event", d.event().name()).param("channel", d.channel().name())
			.param("to", d.recipient().trim()).param("lang", r.language()).param("subject", truncate(r.subject(), 300))
			.param("body", body).param("link", d.link()).param("status", inApp ? "SENT" : "PENDING")
			.param("now", Timestamp.from(now)).param("sent", inApp ? Timestamp.from(now) : null)
			.param("by", inApp ? "in-app" : null)
			.update() == 1;
	}

	/** Whether an event already produced any message (to skip work that must happen only once per event). */
	@Transactional(readOnly = true)
	public boolean stored(String eventKey) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM notification.message WHERE event_key = :k)").param("k", eventKey)
			.query(Boolean.class).single();
	}

	@Scheduled(fixedDelayString = "${motcua.notification.send-interval:PT15S}",
			initialDelayString = "${motcua.notification.send-initial-delay:PT30S}")
	void scheduled() {
		Run run = deliverDue(clock.instant());
		if (run.sent() + run.retrying() + run.failed() > 0) {
			log.info("Notifications: {} sent, {} to retry, {} failed", run.sent(), run.retrying(), run.failed());
		}
	}

	/**
	 * Delivers the e-mail and SMS messages due at {@code now}, each in its own transaction holding its row lock,
	 * up to the batch size; a message that fails is retried after {@code backoff × 2^(attempts-1)} (at most
	 * {@code max-backoff}) and fails for good after {@code max-attempts}.
	 */
	public Run deliverDue(Instant now) {
		int sent = 0;
		int retrying = 0;
		int failed = 0;
		for (int i = 0; i < batch; i++) {
			MessageStatus outcome = tx.execute(status -> deliverOne(now));
			if (outcome == null) {
				break;
			}
			switch (outcome) {
				case SENT -> sent++;
				case RETRYING -> retrying++;
				case FAILED -> failed++;
				default -> { }
			}
		}
		return new Run(sent, retrying, failed);
	}

	private @Nullable MessageStatus deliverOne(Instant now) {
		Message m = jdbc.sql(SELECT + """
				 WHERE status IN ('PENDING', 'RETRYING') AND next_attempt_at <= :now
				ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED""")
			.param("now", Timestamp.from(now)).query(Outbox::map).optional().orElse(null);
		if (m == null) {
			return null;
		}
		int attempts = m.attempts() + 1;
		try {
			String by = switch (m.channel()) {
				case EMAIL -> mail.send(m.recipient(), m.subject(), m.body(), "motcua-" + m.id().value());
				case SMS -> {
					sms.send(new SmsGateway.Sms(m.recipient(), m.body(), "motcua-" + m.id().value()));
					yield sms.name();
				}
				case IN_APP -> "in-app";
			};
			jdbc.sql("""
					UPDATE notification.message SET status = 'SENT', attempts = :a, sent_at = :now, delivered_by = :by,
					    last_error = NULL WHERE id = :id""")
				.param("a", attempts).param("now", Timestamp.from(clock.instant())).param("by", by).param("id", m.id().value())
				.update();
			return MessageStatus.SENT;
		}
		catch (Exception ex) {
			boolean giveUp = attempts >= maxAttempts;
			String error = truncate(ex.getClass().getSimpleName() + ": " + ex.getMessage(), 1000);
			jdbc.sql("""
					UPDATE notification.message SET status = :s, attempts = :a, next_attempt_at = :next, last_error = :e
					WHERE id = :id""")
				.param("s", giveUp ? "FAILED" : "RETRYING").param("a", attempts)
				.param("next", Timestamp.from(now.plus(delayAfter(attempts)))).param("e", error).param("id", m.id().value())
				.update();
			if (giveUp) {
				log.warn("Notification {} to {} by {} failed for good after {} attempts: {}", m.id().value(), m.recipient(),
						m.channel(), attempts, error);
				return MessageStatus.FAILED;
			}
			log.info("Notification {} by {} not delivered (attempt {}), retrying later: {}", m.id().value(), m.channel(),
					attempts, error);
			return MessageStatus.RETRYING;
		}
	}

	/** The wait before the next attempt after {@code attempts} failures: exponential, capped. */
	Duration delayAfter(int attempts) {
		Duration d = backoff;
		for (int i = 1; i < attempts && d.compareTo(maxBackoff) < 0; i++) {
			d = d.multipliedBy(2);
		}
		return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
	}

	/** Messages of the outbox, newest first, optionally of one status: for system administrators. */
	@Transactional(readOnly = true)
	public List<Message> messages(Caller caller, @Nullable MessageStatus status, int limit) {
		requireAdmin(caller);
		return jdbc.sql(SELECT + " WHERE (CAST(:s AS varchar) IS NULL OR status = :s) ORDER BY created_at DESC, id DESC LIMIT :limit")
			.param("s", status == null ? null : status.name()).param("limit", Math.max(1, Math.min(limit, 500)))
			.query(Outbox::map).list();
	}

	/** How many messages are in each status: for system administrators. */
	@Transactional(readOnly = true)
	public Map<MessageStatus, Long> counts(Caller caller) {
		requireAdmin(caller);
		Map<MessageStatus, Long> counts = new java.util.EnumMap<>(MessageStatus.class);
		for (MessageStatus s : MessageStatus.values()) {
			counts.put(s, 0L);
		}
		jdbc.sql("SELECT status, count(*) FROM notification.message GROUP BY status")
			.query(rs -> { counts.put(MessageStatus.valueOf(rs.getString(1)), rs.getLong(2)); });
		return counts;
	}

	/** Puts a failed message back in the queue for a fresh series of attempts (audited). */
	@Transactional
	public Message retry(Caller caller, MessageId id) {
		requireAdmin(caller);
		Message m = find(id).orElseThrow(() -> new NotFoundException("error.notification.message.not-found", id.value()));
		if (m.status() != MessageStatus.FAILED) {
			throw new ConflictException(m, "error.notification.message.not-failed");
		}
		jdbc.sql("UPDATE notification.message SET status = 'PENDING', attempts = 0, next_attempt_at = :now WHERE id = :id")
			.param("now", Timestamp.from(clock.instant())).param("id", id.value()).update();
		audit.record("NOTIFICATION_RETRIED", "NotificationMessage", String.valueOf(id.value()),
				"Failed " + m.channel() + " message to " + m.recipient() + " queued again");
		return find(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public java.util.Optional<Message> find(MessageId id) {
		return jdbc.sql(SELECT + " WHERE id = :id").param("id", id.value()).query(Outbox::map).optional();
	}

	private static void requireAdmin(Caller caller) {
		if (!caller.isSystemAdmin()) {
			throw new ForbiddenException("error.forbidden");
		}
	}

	private static String truncate(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max);
	}

	static final String SELECT = """
			SELECT id, event_key, event_type, channel, recipient, language, subject, body, link, status, attempts,
			    next_attempt_at, last_error, created_at, sent_at, delivered_by, read_at FROM notification.message""";

	static Message map(ResultSet rs, int row) throws SQLException {
		return new Message(new MessageId(rs.getLong("id")), rs.getString("event_key"),
				NotificationEvent.valueOf(rs.getString("event_type")), NotificationChannel.valueOf(rs.getString("channel")),
				rs.getString("recipient"), rs.getString("language"), rs.getString("subject"), rs.getString("body"),
				rs.getString("link"), MessageStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
				rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"),
				rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("sent_at")), rs.getString("delivered_by"),
				instant(rs.getTimestamp("read_at")));
	}

	private static @Nullable Instant instant(@Nullable Timestamp t) {
		return t == null ? null : t.toInstant();
	}
}
