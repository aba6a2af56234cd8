package org.motcua.catalog;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A level of government competent for the procedure (province, district until 30 June 2025, commune), valid
 * from {@code validFrom} to {@code validTo} inclusive. Levels are the organisation module's level codes.
 */
public record CompetenceLevel(String level, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {

	public CompetenceLevel {
		level = Texts.upper(level);
	}

	public static CompetenceLevel of(String level, LocalDate from) {
		return new CompetenceLevel(level, from, null);
	}

	public boolean isValidOn(LocalDate date) {
		return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
	}
}
