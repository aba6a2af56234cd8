package org.motcua.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One immutable version of the internal process of a procedure at a receiving unit. {@code total} is the
 * time the steps take end to end (a parallel group counts its longest branch), in {@code unit}.
 */
public record ProcessVersion(long id, String procedureCode, String unitCode, int number, LocalDate effectiveFrom,
		List<ProcessStep> steps, BigDecimal total, org.motcua.calendar.DurationUnit unit, String recordedBy,
		Instant recordedAt) {
}
