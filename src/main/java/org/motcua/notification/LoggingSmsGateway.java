package org.motcua.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default SMS "gateway": writes each message to the log instead of sending it. */
class LoggingSmsGateway implements SmsGateway {

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

	@Override
	public void send(Sms sms) {
		log.info("SMS not sent (no gateway configured) to {}: {}", sms.to(), sms.text());
	}

	@Override
	public String name() {
		return "sms-log";
	}
}
