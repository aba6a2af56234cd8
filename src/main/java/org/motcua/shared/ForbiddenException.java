package org.motcua.shared;

/**
 * The caller may see the object but their role does not allow the action.
 */
public class ForbiddenException extends DomainException {

	public ForbiddenException(String messageKey, Object... args) {
		super(messageKey, args);
	}
}
