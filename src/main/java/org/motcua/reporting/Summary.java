package org.motcua.reporting;

/**
 * The periodic report of receiving and handling dossiers (Circular 01/2018/TT-VPCP Art. 11(1), now Circular
 * 03/2025/TT-VPCP) for a unit subtree and period. {@code carriedOver + received.total - finished.total - refused -
 * stopped - cancelled = inProgress.total}; {@code cancelled} counts dossiers entered by mistake, and completion
 * requests and apologies (Decree 61/2018 Art. 15(2)(b), Art. 19(9)) are counted as they happened in the period.
 */
public record Summary(long carriedOver, Received received, Finished finished, InProgress inProgress, long refused,
		long stopped, long cancelled, long completionRequests, long apologies) {

	public record Received(long total, long online, long counter, long post) {
	}

	public record Finished(long total, long early, long onTime, long late) {
	}

	/** Open at the end of the period; overdue when the appointment had passed by then. */
	public record InProgress(long total, long onTime, long overdue) {
	}
}
