package org.motcua.catalog;

import java.math.BigDecimal;

import org.motcua.calendar.DurationUnit;

/**
 * A legal time limit (thời hạn giải quyết): an amount in a unit of the working calendar, e.g. 15 working days.
 * Step allotments of the internal process are stated in the same unit.
 */
public record ProcessingTime(BigDecimal amount, DurationUnit unit) {

	public ProcessingTime {
		amount = Decimals.orZero(amount);
	}

	public static ProcessingTime of(String amount, DurationUnit unit) {
		return new ProcessingTime(new BigDecimal(amount), unit);
	}
}
