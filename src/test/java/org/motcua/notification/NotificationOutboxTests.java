package org.motcua.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class NotificationOutboxTests {

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	static Map<String, String> values(String code) {
		return Map.of("code", code, "procedure", "Đăng ký hộ kinh doanh", "applicant", "Trần Thị Bình",
				"dueDate", "08:00 01/12/2026", "lookupUrl", "http://localhost/tra-cuu/" + code);
	}

	List<Outbox.Message> to(String recipient) {
		return jdbc.sql(Outbox.SELECT + " WHERE recipient = :r ORDER BY id").param("r", recipient).query(Outbox::map).list();
	}

	/** Runs the sender as of {@code at} until it finds nothing due (other tests' messages may be queued too). */
	void drain(Instant at) {
		for (int i = 0; i < 50; i++) {
			Outbox.Run run = outbox.deliverDue(at);
			if (run.sent() + run.retrying() + run.failed() == 0) {
				return;
			}
		}
	}

	@Test
	void messagesWaitThroughAnSmtpOutageAndAreThenDeliveredExactlyOnce() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<String> recipients = List.of("outage-" + run + "-1@example.test", "outage-" + run + "-2@example.test",
				"outage-" + run + "-3@example.test");
		for (int i = 0; i < recipients.size(); i++) {
			assertThat(outbox.enqueue(new Outbox.Draft("test:outage:" + run + ":" + i, NotificationEvent.DOSSIER_RECEIVED,
					NotificationChannel.EMAIL, recipients.get(i), "vi", values("OUT-" + run + "-" + i), null))).isTrue();
		}

		// the SMTP server is down: every attempt fails and the messages wait for a later attempt
		Instant now = Instant.now();
		drain(now);
		for (String r : recipients) {
			Outbox.Message m = to(r).get(0);
			assertThat(m.status()).isEqualTo(MessageStatus.RETRYING);
			assertThat(m.attempts()).isGreaterThanOrEqualTo(1);
			assertThat(m.lastError()).isNotBlank();
			assertThat(m.nextAttemptAt()).as("backed off").isAfter(now);
		}
		drain(now.plus(Duration.ofMinutes(2)));
		assertThat(to(recipients.get(0)).get(0).attempts()).as("tried again after the backoff").isGreaterThanOrEqualTo(2);

		GreenMail smtp = Smtp.start();
		try {
			drain(now.plus(Duration.ofDays(1)));
			drain(now.plus(Duration.ofDays(2)));
			for (int i = 0; i < recipients.size(); i++) {
				List<MimeMessage> received = Smtp.to(smtp, recipients.get(i));
				assertThat(received).as("delivered once to " + recipients.get(i)).hasSize(1);
				assertThat(received.get(0).getSubject()).isEqualTo("Đã tiếp nhận hồ sơ OUT-" + run + "-" + i);
				assertThat((String) received.get(0).getContent()).contains("Trần Thị Bình").contains("08:00 01/12/2026");
				Outbox.Message m = to(recipients.get(i)).get(0);
				assertThat(m.status()).isEqualTo(MessageStatus.SENT);
				assertThat(m.deliveredBy()).isEqualTo("smtp");
				assertThat(m.sentAt()).isNotNull();
			}
		}
		finally {
			smtp.stop();
		}
	}

	@Test
	void theSameEventNeverStoresASecondMessageForOneRecipientAndChannel() {
		String key = "test:dup:" + UUID.randomUUID();
		String to = "dup-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
		Outbox.Draft draft = new Outbox.Draft(key, NotificationEvent.RESULT_READY, NotificationChannel.EMAIL, to, "en", values("DUP-1"), null);
		assertThat(outbox.enqueue(draft)).isTrue();
		assertThat(outbox.enqueue(draft)).as("re-delivered event").isFalse();
		assertThat(outbox.enqueue(new Outbox.Draft(key, NotificationEvent.RESULT_READY, NotificationChannel.SMS, "0912000999", "en",
				values("DUP-1"), null))).as("another channel is another message").isTrue();
		assertThat(to(to)).hasSize(1);
		assertThat(to(to).get(0).subject()).isEqualTo("The result of dossier DUP-1 is ready");
	}

	@Test
	void aMessageThatKeepsFailingIsMarkedFailedAfterTheMaximumAttempts() {
		String to = "fail-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
		outbox.enqueue(new Outbox.Draft("test:fail:" + to, NotificationEvent.RESULT_READY, NotificationChannel.EMAIL, to, "vi",
				values("FAIL-1"), null));
		Instant at = Instant.now();
		for (int i = 0; i < 8; i++) {
			at = at.plus(Duration.ofDays(1));
			drain(at);
		}
		Outbox.Message m = to(to).get(0);
		assertThat(m.status()).isEqualTo(MessageStatus.FAILED);
		assertThat(m.attempts()).isEqualTo(8);
		drain(at.plus(Duration.ofDays(30)));
		assertThat(to(to).get(0).attempts()).as("no attempt after failing for good").isEqualTo(8);
	}

	@Test
	void theBackoffDoublesWithEachFailureUpToTheCap() {
		assertThat(outbox.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(outbox.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(outbox.delayAfter(5)).isEqualTo(Duration.ofMinutes(16));
		assertThat(outbox.delayAfter(20)).isEqualTo(Duration.ofHours(6));
	}
}
