package org.motcua.organization;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An administrative unit (đơn vị hành chính) and its People's Committee, valid from {@code validFrom}
 * to {@code validTo} inclusive; when abolished or merged, {@code successorCode} names the unit that took
 * over (Law 72/2025/QH15 ended district-level government on 1 July 2025).
 */
public record AdministrativeUnit(long id, String code, String name, String level, @Nullable String parentCode,
		LocalDate validFrom, @Nullable LocalDate validTo, @Nullable String successorCode, @Nullable String note,
		int version) {

	public boolean isValidOn(LocalDate date) {
		return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
	}
}
