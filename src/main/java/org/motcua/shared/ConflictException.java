package org.motcua.shared;

import org.jspecify.annotations.Nullable;

/**
 * The action conflicts with the current state: a stale version (someone else changed it first) or a
 * duplicate. Carries the current state when there is one to show.
 */
public class ConflictException extends DomainException {

	private final transient @Nullable Object current;
	private final transient java.util.Map<String, Object> extensions = new java.util.LinkedHashMap<>();

	public ConflictException(@Nullable Object current, String messageKey, Object... args) {
		super(messageKey, args);
		this.current = current;
	}

	public @Nullable Object current() {
		return current;
	}

	/** Adds a member to the problem response (e.g. the actions allowed now). */
	public ConflictException with(String name, Object value) {
		extensions.put(name, value);
		return this;
	}

	public java.util.Map<String, Object> extensions() {
		return java.util.Collections.unmodifiableMap(extensions);
	}
}
