package org.motcua.notification;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The delivery channels, from the environment: SMTP ({@code MOTCUA_MAIL_HOST}, {@code _PORT}, {@code _USERNAME},
 * {@code _PASSWORD}, {@code _FROM}, {@code _STARTTLS}) and the SMS gateway ({@code MOTCUA_SMS_URL},
 * {@code MOTCUA_SMS_TOKEN}). Without them, e-mail and SMS are only logged.
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

	@Bean
	MailChannel notificationMailChannel(@Value("${motcua.notification.mail.host:}") @Nullable String host,
			@Value("${motcua.notification.mail.port:25}") int port,
			@Value("${motcua.notification.mail.username:}") @Nullable String username,
			@Value("${motcua.notification.mail.password:}") @Nullable String password,
			@Value("${motcua.notification.mail.from:no-reply@motcua.local}") String from,
			@Value("${motcua.notification.mail.starttls:false}") boolean startTls) {
		return new MailChannel(host, port, username, password, from, startTls);
	}

	/**
	 * HTTP JSON to {@code MOTCUA_SMS_URL} when set, else the log. An operator-specific gateway is another
	 * {@link SmsGateway} implementation returned here.
	 */
	@Bean
	SmsGateway notificationSmsGateway(@Value("${motcua.notification.sms.url:}") @Nullable String url,
			@Value("${motcua.notification.sms.token:}") @Nullable String token, JsonMapper json) {
		if (url != null && !url.isBlank()) {
			return new HttpJsonSmsGateway(URI.create(url.trim()), token, json);
		}
		return new LoggingSmsGateway();
	}
}
