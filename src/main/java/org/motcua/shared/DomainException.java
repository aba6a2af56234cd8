package org.motcua.shared;

/**
 * A problem a use case reports to its caller. The message is a key in the {@code i18n/messages} bundles,
 * so the web layer can answer in the user's language.
 */
public abstract class DomainException extends RuntimeException {

	private final String messageKey;
	private final transient Object[] args;

	protected DomainException(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.clone();
	}
}
