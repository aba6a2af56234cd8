package org.motcua.catalog.web;

import java.util.List;
import java.util.Locale;

import org.motcua.catalog.ImportProblem;
import org.motcua.catalog.ImportReport;
import org.springframework.context.MessageSource;

/** An import report as the API and the page show it: each problem's reason in the reader's language. */
record ImportReportDto(boolean applied, int processedRows, int procedures, int created, int updated, int unchanged,
		int processesCreated, int processesUpdated, int processesUnchanged, int skipped, List<Problem> problems) {

	record Problem(String sheet, int row, String column, String header, String reason) {
	}

	static ImportReportDto of(ImportReport r, MessageSource messages, Locale locale) {
		List<Problem> problems = r.problems().stream().map(p -> problem(p, messages, locale)).toList();
		return new ImportReportDto(r.applied(), r.processedRows(), r.procedures(), r.created(), r.updated(), r.unchanged(),
				r.processesCreated(), r.processesUpdated(), r.processesUnchanged(), r.skipped(), problems);
	}

	static Problem problem(ImportProblem p, MessageSource messages, Locale locale) {
		return new Problem(p.sheet(), p.row(), p.column(), p.header(), messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale));
	}
}
