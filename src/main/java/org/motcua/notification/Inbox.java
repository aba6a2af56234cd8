package org.motcua.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.motcua.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An official's in-app messages: the list behind the bell in the header, the unread count, and marking read. */
@Service
public class Inbox {

	private final JdbcClient jdbc;
	private final Clock clock;

	Inbox(JdbcClient jdbc, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** An in-app message as its recipient sees it. */
	public record InAppMessage(MessageId id, NotificationEvent event, String subject, String body, @Nullable String link,
			Instant createdAt, @Nullable Instant readAt) {

		public boolean read() {
			return readAt != null;
		}
	}

	@Transactional(readOnly = true)
	public List<InAppMessage> messages(String username, boolean unreadOnly, int limit) {
		return jdbc.sql("""
				SELECT id, event_type, subject, body, link, created_at, read_at FROM notification.message
				WHERE channel = 'IN_APP' AND recipient = :u AND (NOT :unread OR read_at IS NULL)
				ORDER BY created_at DESC, id DESC LIMIT :limit""")
			.param("u", username).param("unread", unreadOnly).param("limit", Math.max(1, Math.min(limit, 200)))
			.query((rs, n) -> new InAppMessage(new MessageId(rs.getLong(1)), NotificationEvent.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
					rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
			.list();
	}

	@Transactional(readOnly = true)
	public long unread(String username) {
		return jdbc.sql("SELECT count(*) FROM notification.message WHERE channel = 'IN_APP' AND recipient = :u AND read_at IS NULL")
			.param("u", username).query(Long.class).single();
	}

	/**
	 * Marks one of the official's own messages read (again: no change) and returns what it links to, if anything;
	 * another official's message is "not found".
	 */
	@Transactional
	public java.util.Optional<String> markRead(String username, MessageId id) {
		List<java.util.Optional<String>> found = jdbc.sql("""
				UPDATE notification.message SET read_at = coalesce(read_at, :now)
				WHERE id = :id AND channel = 'IN_APP' AND recipient = :u RETURNING link""")
			.param("now", Timestamp.from(clock.instant())).param("id", id.value()).param("u", username)
			.query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1))).list();
		if (found.isEmpty()) {
			throw new NotFoundException("error.notification.message.not-found", id.value());
		}
		return found.get(0);
	}

	@Transactional
	public int markAllRead(String username) {
		return jdbc.sql("""
				UPDATE notification.message SET read_at = :now
				WHERE channel = 'IN_APP' AND recipient = :u AND read_at IS NULL""")
			.param("now", Timestamp.from(clock.instant())).param("u", username).update();
	}
}
