package org.motcua.catalog;

import java.util.Map;

/**
 * How many procedures a unit applies (with the units below it), by competence level and by status. A procedure
 * competent at two levels counts once in {@code total} and once in each level.
 */
public record CatalogStats(String unitCode, long total, Map<String, Long> byLevel, Map<ProcedureStatus, Long> byStatus,
		long online, long withInternalProcess) {
}
