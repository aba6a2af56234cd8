package org.motcua.portal;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.motcua.shared.ConflictException;
import org.motcua.shared.InvalidInputException;

/**
 * The lifecycle of one piece of feedback (Decree 20/2008/NĐ-CP as amended, Art. 14–15; the Decision 766/QĐ-TTg
 * indicator 5.2 yardsticks): received → accepted (or refused, or more information requested from the sender) →
 * answered → published. Each step is an intention-revealing method that checks the transition; nothing else
 * changes the state.
 */
final class FeedbackCase {

	/** The actions each status allows. Escalation is possible while anything is still due. */
	static final Map<FeedbackStatus, Set<FeedbackAction>> ALLOWED = new EnumMap<>(FeedbackStatus.class);

	static {
		ALLOWED.put(FeedbackStatus.RECEIVED, EnumSet.of(FeedbackAction.ACCEPT, FeedbackAction.REFUSE,
				FeedbackAction.REQUEST_INFO, FeedbackAction.ESCALATE));
		ALLOWED.put(FeedbackStatus.INFO_REQUESTED, EnumSet.of(FeedbackAction.ACCEPT, FeedbackAction.REFUSE,
				FeedbackAction.ESCALATE));
		ALLOWED.put(FeedbackStatus.ACCEPTED, EnumSet.of(FeedbackAction.REQUEST_INFO, FeedbackAction.ANSWER,
				FeedbackAction.ESCALATE));
		ALLOWED.put(FeedbackStatus.ANSWERED, EnumSet.of(FeedbackAction.PUBLISH, FeedbackAction.ESCALATE));
		ALLOWED.put(FeedbackStatus.REFUSED, EnumSet.noneOf(FeedbackAction.class));
		ALLOWED.put(FeedbackStatus.PUBLISHED, EnumSet.noneOf(FeedbackAction.class));
	}

	private FeedbackStatus status;
	private @Nullable Instant acceptedAt;
	private @Nullable Instant refusedAt;
	private @Nullable Instant infoRequestedAt;
	private @Nullable Instant answeredAt;
	private @Nullable Instant publishedAt;
	private @Nullable String answer;
	private @Nullable String refusalReason;
	private @Nullable String infoRequest;

	FeedbackCase(FeedbackStatus status, @Nullable Instant acceptedAt, @Nullable Instant refusedAt,
			@Nullable Instant infoRequestedAt, @Nullable Instant answeredAt, @Nullable Instant publishedAt,
			@Nullable String answer, @Nullable String refusalReason, @Nullable String infoRequest) {
		this.status = status;
		this.acceptedAt = acceptedAt;
		this.refusedAt = refusedAt;
		this.infoRequestedAt = infoRequestedAt;
		this.answeredAt = answeredAt;
		this.publishedAt = publishedAt;
		this.answer = answer;
		this.refusalReason = refusalReason;
		this.infoRequest = infoRequest;
	}

	static Set<FeedbackAction> allowedIn(FeedbackStatus status) {
		return ALLOWED.get(status);
	}

	/** Accepts the feedback for handling; also resumes it once the sender supplied the information asked for. */
	void accept(Instant now) {
		check(FeedbackAction.ACCEPT);
		status = FeedbackStatus.ACCEPTED;
		if (acceptedAt == null) {
			acceptedAt = now;
		}
	}

	/** Refuses the feedback (not within the scope of Decree 20/2008, or not the body's competence) with a reason. */
	void refuse(@Nullable String reason, Instant now) {
		check(FeedbackAction.REFUSE);
		refusalReason = required(reason, "note");
		status = FeedbackStatus.REFUSED;
		refusedAt = now;
	}

	/** Asks the sender for more information; the first request counts against the 5-working-day yardstick. */
	void requestInformation(@Nullable String what, Instant now) {
		check(FeedbackAction.REQUEST_INFO);
		infoRequest = required(what, "note");
		status = FeedbackStatus.INFO_REQUESTED;
		if (infoRequestedAt == null) {
			infoRequestedAt = now;
		}
	}

	/** Records the answer; it still has to be published (within 2 working days). */
	void answer(@Nullable String text, Instant now) {
		check(FeedbackAction.ANSWER);
		String a = required(text, "answer");
		if (a.length() > 10_000) {
			throw InvalidInputException.of("answer", "error.portal.feedback.answer");
		}
		answer = a;
		status = FeedbackStatus.ANSWERED;
		answeredAt = now;
	}

	/** Publishes the answer, without the sender's personal data, for anyone to read. */
	void publish(Instant now) {
		check(FeedbackAction.PUBLISH);
		status = FeedbackStatus.PUBLISHED;
		publishedAt = now;
	}

	/**
	 * The sender answered the request for information online: the feedback goes back to where it was when the
	 * information was asked for ({@code RECEIVED} or {@code ACCEPTED}), so its handling resumes. Only while the
	 * feedback waits for information; the deadlines keep running (domain brief §10 counts 15 working days from
	 * submission, without a pause).
	 */
	void replyFromSender(@Nullable String text, FeedbackStatus resumeTo, Instant now) {
		if (status != FeedbackStatus.INFO_REQUESTED) {
			throw new ConflictException(null, "error.portal.feedback.reply.closed", "");
		}
		String t = required(text, "text");
		if (t.length() > 5000) {
			throw InvalidInputException.of("text", "error.portal.feedback.content");
		}
		status = resumeTo == FeedbackStatus.ACCEPTED ? FeedbackStatus.ACCEPTED : FeedbackStatus.RECEIVED;
	}

	/** Checks that the feedback may still be escalated; the escalation itself is recorded beside the case. */
	void escalate(@Nullable String reason) {
		check(FeedbackAction.ESCALATE);
		required(reason, "note");
	}

	private void check(FeedbackAction action) {
		if (!ALLOWED.get(status).contains(action)) {
			throw new ConflictException(null, "error.portal.feedback.not-allowed", action, status)
				.with("allowedActions", ALLOWED.get(status));
		}
	}

	private static String required(@Nullable String text, String field) {
		if (text == null || text.isBlank()) {
			throw InvalidInputException.of(field, "error.required");
		}
		return text.trim();
	}

	FeedbackStatus status() {
		return status;
	}

	@Nullable Instant acceptedAt() {
		return acceptedAt;
	}

	@Nullable Instant refusedAt() {
		return refusedAt;
	}

	@Nullable Instant infoRequestedAt() {
		return infoRequestedAt;
	}

	@Nullable Instant answeredAt() {
		return answeredAt;
	}

	@Nullable Instant publishedAt() {
		return publishedAt;
	}

	@Nullable String answer() {
		return answer;
	}

	@Nullable String refusalReason() {
		return refusalReason;
	}

	@Nullable String infoRequest() {
		return infoRequest;
	}
}
