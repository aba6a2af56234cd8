package org.motcua.notification;

import com.fasterxml.jackson.annotation.JsonValue;

/** The identity of a message of the outbox; a plain number in JSON. */
public record MessageId(@JsonValue long value) {
}
