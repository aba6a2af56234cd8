package org.motcua.citizen;

/** Identifier of a citizen account. */
public record CitizenId(long value) {

	@Override
	public String toString() {
		return String.valueOf(value);
	}
}
