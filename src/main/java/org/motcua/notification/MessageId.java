package org.motcua.notification;

/** The identity of a message of the outbox. */
public record MessageId(long value) {
}
