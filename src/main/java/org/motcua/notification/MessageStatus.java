package org.motcua.notification;

/** Where a message of the outbox stands. */
public enum MessageStatus {
	/** Not yet tried. */
	PENDING,
	/** Tried and failed; tried again at its next attempt time. */
	RETRYING,
	/** Delivered (handed to the SMTP server or the SMS gateway, or placed in the inbox). */
	SENT,
	/** Given up after the maximum number of attempts; shown to administrators, who may retry it. */
	FAILED
}
