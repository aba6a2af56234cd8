package org.motcua.portal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A published answer to feedback as anyone may read it (Decree 20/2008/NĐ-CP as amended: results of handling are
 * made public): the question and the answer with personal data removed (Decree 13/2023), no contact, no official's
 * name, and how many readers found the answer helpful or not (Decision 766/QĐ-TTg indicator 5.3).
 */
public record PublishedFeedback(long id, String trackingCode, FeedbackSubmission.Topic topic, String unitCode,
		@Nullable String procedureCode, String content, String answer, Instant receivedAt, Instant answeredAt,
		Instant publishedAt, long helpful, long notHelpful) {
}
