package org.motcua.catalog;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A procedure in a list: the version in force on the list's date, in short. */
public record ProcedureSummary(String code, @Nullable String nationalCode, String name, String field,
		List<String> levels, List<String> unitCodes, List<Channel> channels, @Nullable ProcessingTime processingTime,
		ProcedureStatus status, boolean feeFree, boolean illustrative, int versionNumber, long versionId,
		LocalDate effectiveFrom) {
}
