package org.motcua.notification;

/** How a message reaches its recipient. */
public enum NotificationChannel {
	/** E-mail over SMTP to an address. */
	EMAIL,
	/** A text message through the SMS gateway to a phone number. */
	SMS,
	/** A message in the official's MotCua inbox (the bell in the header), addressed by username. */
	IN_APP
}
