package org.motcua.shared;

/**
 * The object does not exist, or it lies outside the caller's jurisdiction: both look the same from
 * outside, so nobody learns what exists beyond their reach.
 */
public class NotFoundException extends DomainException {

	public NotFoundException(String messageKey, Object... args) {
		super(messageKey, args);
	}
}
