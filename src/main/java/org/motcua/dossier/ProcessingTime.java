package org.motcua.dossier;

import java.math.BigDecimal;

import org.motcua.calendar.DurationUnit;

/** A legal time limit: an amount in a unit of the working calendar, e.g. 15 working days. */
public record ProcessingTime(BigDecimal amount, DurationUnit unit) {

	public ProcessingTime {
		if (amount.signum() < 0) {
			throw new IllegalArgumentException("A processing time cannot be negative");
		}
	}
}
