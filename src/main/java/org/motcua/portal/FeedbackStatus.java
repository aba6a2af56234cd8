package org.motcua.portal;

/**
 * Where feedback stands (Decree 20/2008/NĐ-CP as amended, Art. 14–15; Decision 766/QĐ-TTg indicator 5.2):
 * received, accepted for handling, waiting for more information from the sender, refused, answered (awaiting
 * publication) or published.
 */
public enum FeedbackStatus {
	RECEIVED, ACCEPTED, INFO_REQUESTED, REFUSED, ANSWERED, PUBLISHED;

	/** Whether handling is over: nothing more is due. */
	public boolean closed() {
		return this == REFUSED || this == PUBLISHED;
	}
}
