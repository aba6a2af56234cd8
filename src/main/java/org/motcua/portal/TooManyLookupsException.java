package org.motcua.portal;

/** A client looked up too many dossiers in the current window; it may retry after the given seconds. */
public class TooManyLookupsException extends RuntimeException {

	private final long retryAfterSeconds;

	public TooManyLookupsException(long retryAfterSeconds) {
		super("Too many lookups; retry after " + retryAfterSeconds + " s");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
