package org.motcua.dossier;

/**
 * Where a dossier stands. {@link #isTerminal()} statuses end the processing clock (Decision 766's end states:
 * returned, refused, stopped, plus cancellation of a dossier entered by mistake).
 */
public enum DossierStatus {
	/** Submitted online or by post, awaiting the desk's completeness check. */
	SUBMITTED,
	/** The applicant was asked, once, to complete the dossier (Mẫu 02). */
	COMPLETION_REQUESTED,
	/** Accepted at the desk with a receipt and appointment (Mẫu 01), not yet taken up by the processing agency. */
	RECEIVED,
	/** Being processed through the steps of the internal process. */
	IN_PROGRESS,
	/** The clock is stopped for a legally excluded period (e.g. the applicant's financial obligations). */
	PAUSED,
	/** Sent to a higher level (liên thông); waits for the linked dossier's result. */
	TRANSFERRED,
	/** Refused at intake (Mẫu 03) or after appraisal. */
	REFUSED,
	/** The result is at the desk, ready to be returned. */
	RESULT_READY,
	/** The result was returned to the applicant. */
	RETURNED,
	/** Stopped at the applicant's request before a result was issued (Decree 118/2025 Art. 21). */
	STOPPED,
	/** Entered by mistake and cancelled by a privileged official. */
	CANCELLED;

	public boolean isTerminal() {
		return this == REFUSED || this == RETURNED || this == STOPPED || this == CANCELLED;
	}
}
