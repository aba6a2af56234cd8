package org.motcua.portal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Feedback as the officials who handle it see it: the sender's text and contact (none for an anonymous conduct
 * report), the deadlines, the answer, the steps taken, whether it is overdue and escalated, the "helpful" marks of
 * its published answer, the actions the caller may take now with the version to send, and the files the sender
 * attached (with the feedback or with their answer to a request for information).
 */
public record FeedbackView(long id, String trackingCode, FeedbackSubmission.Topic topic, String unitCode,
		@Nullable String dossierCode, @Nullable String procedureCode, @Nullable String officialName, String content,
		boolean anonymous, @Nullable String contactName, @Nullable String contactPhone, @Nullable String contactEmail,
		FeedbackStatus status, Instant receivedAt, Instant refuseBy, Instant requestInfoBy, Instant answerBy,
		@Nullable Instant publishBy, @Nullable Instant answeredAt, @Nullable Instant publishedAt, @Nullable String answer,
		@Nullable String refusalReason, @Nullable String infoRequest, boolean overdue, @Nullable Instant escalatedAt,
		@Nullable String escalatedTo, long helpful, long notHelpful, int version, Set<FeedbackAction> allowedActions,
		List<Step> steps, List<FeedbackAttachment> attachments) {

	/** One step in the feedback's history. */
	public record Step(Instant at, FeedbackAction action, FeedbackStatus from, FeedbackStatus to, String actor,
			@Nullable String note) {
	}
}
