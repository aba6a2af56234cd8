package org.motcua.notification;

import java.util.Properties;

import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * E-mail over SMTP to the configured server ({@code MOTCUA_MAIL_HOST}); without a host, e-mail is disabled and
 * each message is written to the log instead. The sender is kept inside the module (not a bean), so an SMTP
 * outage does not turn the application's health check red: the outbox absorbs it.
 */
class MailChannel {

	private static final Logger log = LoggerFactory.getLogger(MailChannel.class);

	private final @Nullable JavaMailSenderImpl sender;
	private final String from;

	MailChannel(@Nullable String host, int port, @Nullable String username, @Nullable String password, String from,
			boolean startTls) {
		this.from = from;
		if (host == null || host.isBlank()) {
			this.sender = null;
			return;
		}
		JavaMailSenderImpl s = new JavaMailSenderImpl();
		s.setHost(host.trim());
		s.setPort(port);
		s.setDefaultEncoding("UTF-8");
		Properties props = s.getJavaMailProperties();
		props.put("mail.smtp.connectiontimeout", "5000");
		props.put("mail.smtp.timeout", "10000");
		props.put("mail.smtp.writetimeout", "10000");
		if (username != null && !username.isBlank()) {
			s.setUsername(username);
			s.setPassword(password);
			props.put("mail.smtp.auth", "true");
		}
		if (startTls) {
			props.put("mail.smtp.starttls.enable", "true");
			props.put("mail.smtp.starttls.required", "true");
		}
		this.sender = s;
	}

	boolean enabled() {
		return sender != null;
	}

	/** Sends the message, or logs it when e-mail is disabled; returns how it was delivered. */
	String send(String to, String subject, String body, String messageId) throws Exception {
		if (sender == null) {
			log.info("E-mail not sent (no MOTCUA_MAIL_HOST) to {}: {}", to, subject);
			return "log";
		}
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
		helper.setFrom(from);
		helper.setTo(to);
		helper.setSubject(subject);
		helper.setText(body, false);
		message.setHeader("X-MotCua-Message", messageId);
		sender.send(message);
		return "smtp";
	}
}
