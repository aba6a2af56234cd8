package org.motcua.catalog;

import java.util.List;

/**
 * A procedure of the catalogue as of a date: the version in force then ({@code current}), every version, and
 * the optimistic-locking {@code version} an edit must send back.
 */
public record Procedure(String code, int version, ProcedureVersion current, List<VersionSummary> versions) {

	/** A line of the version history. */
	public record VersionSummary(long id, int number, java.time.LocalDate effectiveFrom, String name,
			ProcedureStatus status, String recordedBy, java.time.Instant recordedAt, @org.jspecify.annotations.Nullable String reason) {
	}
}
