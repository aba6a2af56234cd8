package org.motcua.reporting;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A report's scope: a unit (with its subtree), a period of whole days in Vietnam, optionally a field and procedure. */
public record ReportQuery(String unitCode, LocalDate from, LocalDate to, @Nullable String field,
		@Nullable String procedureCode) {
}
