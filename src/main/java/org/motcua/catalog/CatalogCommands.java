package org.motcua.catalog;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Inputs of the catalogue's use cases. Plain data; the use cases validate them and report every problem. */
public final class CatalogCommands {

	private CatalogCommands() {
	}

	/** A new procedure, in force from {@code effectiveFrom} (today when absent). */
	public record NewProcedure(String code, ProcedureContent content, @Nullable LocalDate effectiveFrom) {
	}

	/**
	 * A change: a new version in force from {@code effectiveFrom} (today when absent), which may not precede the
	 * latest version; {@code version} is the one the editor read.
	 */
	public record ProcedureChange(ProcedureContent content, @Nullable LocalDate effectiveFrom, @Nullable String reason,
			int version) {
	}

	/** A new version of the internal process of {@code unitCode} for a procedure. */
	public record ProcessChange(String unitCode, List<ProcessStep> steps, @Nullable LocalDate effectiveFrom, int version) {
	}
}
