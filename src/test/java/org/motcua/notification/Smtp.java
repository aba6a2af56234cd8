package org.motcua.notification;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The test SMTP server (GreenMail) on the fixed port of application-test.yml. Started only by the tests that need
 * it; while it is down, the application's sending fails and is retried, which the other tests never notice.
 */
final class Smtp {

	/** Same default and variable as {@code motcua.notification.mail.port} in application-test.yml. */
	static final int PORT = Integer.parseInt(System.getenv().getOrDefault("MOTCUA_TEST_SMTP_PORT", "29025"));

	private Smtp() {
	}

	static GreenMail start() {
		GreenMail mail = new GreenMail(new ServerSetup(PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
		mail.start();
		return mail;
	}

	static List<MimeMessage> to(GreenMail mail, String address) {
		return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}
}
