package org.motcua.catalog;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A catalogue search: words matched without diacritics against the name and code, and filters by level, field,
 * applying unit (with the units below it), channel and status; {@code at} chooses the versions in force on a date
 * (today when absent). Pages count from 0.
 */
public record ProcedureQuery(@Nullable String q, @Nullable String level, @Nullable String field,
		@Nullable String unitCode, @Nullable Channel channel, @Nullable ProcedureStatus status, @Nullable LocalDate at,
		int page, int size) {

	public static final int MAX_SIZE = 500;

	public static ProcedureQuery all() {
		return new ProcedureQuery(null, null, null, null, null, null, null, 0, MAX_SIZE);
	}

	public ProcedureQuery withPage(int newPage, int newSize) {
		return new ProcedureQuery(q, level, field, unitCode, channel, status, at, newPage, newSize);
	}
}
