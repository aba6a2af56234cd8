package org.motcua.catalog;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One immutable version of a procedure, in force from {@code effectiveFrom} until the next version's date. A
 * dossier records {@code id} (or code and number) at intake and keeps that version for its whole life.
 */
public record ProcedureVersion(long id, String code, int number, LocalDate effectiveFrom, ProcedureContent content,
		String recordedBy, Instant recordedAt, @Nullable String reason) {
}
