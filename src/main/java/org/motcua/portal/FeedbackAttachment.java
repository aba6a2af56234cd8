package org.motcua.portal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A file the sender attached to feedback ({@code replyStep} null) or to their answer to a request for information:
 * shown only to the officials who may see the feedback, never with the published answer.
 */
public record FeedbackAttachment(UUID id, String fileName, String contentType, long size, String sha256,
		Instant uploadedAt, @Nullable Long replyStep) {
}
