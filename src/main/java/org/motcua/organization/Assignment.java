package org.motcua.organization;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One period of an official's assignment to a unit and position. */
public record Assignment(String unitCode, @Nullable String agencyCode, @Nullable String position, LocalDate validFrom,
		@Nullable LocalDate validTo, String recordedBy, Instant recordedAt) {
}
