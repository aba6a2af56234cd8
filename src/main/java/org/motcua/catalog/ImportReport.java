package org.motcua.catalog;

import java.util.List;

/**
 * What an import did. {@code applied} is false when the workbook had problems and skipping bad rows was not
 * asked for: then nothing was imported. Counts are of procedures and of internal processes; {@code skipped}
 * counts procedures and processes left out because of their problems.
 */
public record ImportReport(boolean applied, int processedRows, int procedures, int created, int updated, int unchanged,
		int processesCreated, int processesUpdated, int processesUnchanged, int skipped, List<ImportProblem> problems) {

	public boolean hasProblems() {
		return !problems.isEmpty();
	}
}
