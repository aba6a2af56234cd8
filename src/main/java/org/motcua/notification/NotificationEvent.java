package org.motcua.notification;

import java.util.Set;

/**
 * What a notice is about. Each kind has its templates (one per language) and the placeholders its templates
 * may use; a template naming any other placeholder is refused.
 */
public enum NotificationEvent {
	/** Receipt and appointment (form 01, Decree 61/2018 Art. 15(2)). */
	DOSSIER_RECEIVED(Audience.APPLICANT),
	/** Request to complete the dossier (form 02, Decree 61/2018 Art. 15(2)(b)). */
	COMPLETION_REQUESTED(Audience.APPLICANT),
	/** Transferred to another level for processing (liên thông). */
	DOSSIER_TRANSFERRED(Audience.APPLICANT),
	/** Apology with a new appointment (form 04, Decree 61/2018 Art. 19(9)). */
	DOSSIER_APOLOGISED(Audience.APPLICANT),
	/** The result is at the desk. */
	RESULT_READY(Audience.APPLICANT),
	/** The result was returned; the applicant is invited to rate the service (Circular 01/2018). */
	RESULT_RETURNED(Audience.APPLICANT),
	/** A dossier was submitted online and waits for the desk's check (Decree 61/2018 Art. 15). */
	DOSSIER_SUBMITTED(Audience.OFFICIAL),
	/** An official was assigned to process a dossier. */
	DOSSIER_ASSIGNED(Audience.OFFICIAL),
	/** The applicant completed the dossier as asked. */
	DOSSIER_RESUBMITTED(Audience.OFFICIAL),
	/** Daily warning: the dossier is past its due date. */
	DOSSIER_OVERDUE(Audience.OFFICIAL),
	/** Daily warning: the dossier is due within the at-risk working time. */
	DOSSIER_AT_RISK(Audience.OFFICIAL),
	/** Feedback from the public reached the responsible unit (domain brief §10). */
	FEEDBACK_RECEIVED(Audience.FEEDBACK_OFFICIAL),
	/** Acknowledgement to the person who gave feedback, with the tracking code and the answer deadline. */
	FEEDBACK_ACKNOWLEDGED(Audience.FEEDBACK_SUBMITTER),
	/** A reform task was given to its responsible official (also a recommendation of an inspection, or a reassignment). */
	TASK_ASSIGNED(Audience.TASK_OFFICIAL),
	/** The responsible official is reminded of an open task in the last working days before its deadline. */
	TASK_REMINDER(Audience.TASK_OFFICIAL),
	/** An overdue task was escalated to the head of the owning office or unit (Resolution 76/NQ-CP of 2021). */
	TASK_ESCALATED(Audience.TASK_OFFICIAL),
	/**
	 * The officials ask the sender for more information (Decree 20/2008/NĐ-CP as amended, Art. 14), with a secret link
	 * to answer online.
	 */
	FEEDBACK_INFO_REQUESTED(Audience.FEEDBACK_SUBMITTER_REQUEST),
	/** The sender's feedback was answered; the answer is published within 2 working days (domain brief §10). */
	FEEDBACK_ANSWERED(Audience.FEEDBACK_SUBMITTER_ANSWER),
	/** The answer to the sender's feedback was published, with its address. */
	FEEDBACK_PUBLISHED(Audience.FEEDBACK_SUBMITTER_ANSWER),
	/** The sender answered a request for information online: the unit's handlers look at it again. */
	FEEDBACK_REPLIED(Audience.FEEDBACK_OFFICIAL),
	/** Feedback passed its answer or publication deadline and was escalated to the unit head (Decision 766 5.2). */
	FEEDBACK_OVERDUE(Audience.FEEDBACK_OFFICIAL_ALERT),
	/** An official escalated feedback to the unit head by hand. */
	FEEDBACK_ESCALATED(Audience.FEEDBACK_OFFICIAL);

	enum Audience {
		APPLICANT(Set.of("code", "procedure", "applicant", "unit", "dueDate", "originalDueDate", "transferredTo", "lookupUrl")),
		OFFICIAL(Set.of("code", "procedure", "applicant", "unit", "dueDate", "originalDueDate", "transferredTo", "link")),
		FEEDBACK_OFFICIAL(Set.of("trackingCode", "topic", "unit", "answerBy", "link")),
		FEEDBACK_SUBMITTER(Set.of("trackingCode", "topic", "unit", "answerBy", "contactName")),
		TASK_OFFICIAL(Set.of("title", "unit", "assignee", "deadline", "source", "link")),
		FEEDBACK_SUBMITTER_REQUEST(Set.of("trackingCode", "unit", "contactName", "request", "replyUrl")),
		FEEDBACK_SUBMITTER_ANSWER(Set.of("trackingCode", "unit", "contactName", "answerUrl")),
		FEEDBACK_OFFICIAL_ALERT(Set.of("trackingCode", "topic", "unit", "answerBy", "link", "stage", "deadline"));

		final Set<String> placeholders;

		Audience(Set<String> placeholders) {
			this.placeholders = placeholders;
		}
	}

	private final Audience audience;

	NotificationEvent(Audience audience) {
		this.audience = audience;
	}

	/** The placeholders ({@code {{name}}}) this event's templates may use. */
	public Set<String> placeholders() {
		return audience.placeholders;
	}
}
