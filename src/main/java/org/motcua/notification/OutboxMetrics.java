package org.motcua.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox on the metrics endpoint: {@code motcua_notification_messages{status="PENDING|RETRYING|FAILED"}}, so
 * monitoring can alert when messages pile up (a mail server down for long) or fail for good.
 */
@Component
class OutboxMetrics implements MeterBinder {

	private final JdbcClient jdbc;

	OutboxMetrics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (MessageStatus status : new MessageStatus[] { MessageStatus.PENDING, MessageStatus.RETRYING, MessageStatus.FAILED }) {
			Gauge.builder("motcua.notification.messages", () -> count(status))
				.description("Outbox messages (e-mail and SMS) in this status")
				.tag("status", status.name())
				.register(registry);
		}
	}

	private long count(MessageStatus status) {
		return jdbc.sql("SELECT count(*) FROM notification.message WHERE status = :s").param("s", status.name())
			.query(Long.class).single();
	}
}
