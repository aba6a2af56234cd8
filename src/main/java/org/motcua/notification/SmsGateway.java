package org.motcua.notification;

/**
 * Sends a text message to a phone number. The deployment plugs in its operator's gateway: by default messages
 * are only written to the log; with {@code MOTCUA_SMS_URL} set they are posted as JSON to that URL
 * ({@link HttpJsonSmsGateway}). Another gateway is a Spring bean implementing this interface.
 */
public interface SmsGateway {

	/** A text message: the phone number, the text, and a reference unique per message (for the gateway's idempotency). */
	record Sms(String to, String text, String reference) {
	}

	/**
	 * Hands the message to the gateway.
	 * @throws Exception when it was not accepted; the outbox will try again later
	 */
	void send(Sms sms) throws Exception;

	/** A short name recorded with each message the gateway delivered. */
	String name();
}
