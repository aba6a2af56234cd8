package org.motcua.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.shared.InvalidInputException;
import org.motcua.reporting.Indicators766;
import org.motcua.reporting.Recount;
import org.motcua.reporting.Scores;
import org.motcua.reporting.Scoring;
import org.motcua.reporting.ReportQuery;
import org.motcua.reporting.Reports;
import org.motcua.reporting.Scorecard766;
import org.motcua.reporting.Summary;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reporting API: the standard table, its dossiers, its Excel export, and the Decision 766 scorecard. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports")
class ReportsApiController {

	static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Reports reports;
	private final Scorecard766 scorecard;
	private final Organization organization;
	private final MessageSource messages;
	private final Recount recount;
	private final Scoring scoring;

	ReportsApiController(Reports reports, Scorecard766 scorecard, Organization organization, MessageSource messages,
			Recount recount, Scoring scoring) {
		this.recount = recount;
		this.scoring = scoring;
		this.reports = reports;
		this.scorecard = scorecard;
		this.organization = organization;
		this.messages = messages;
	}

	@GetMapping("/summary")
	@Operation(summary = "Periodic report of receiving and handling for a unit subtree and period (days in Vietnam, inclusive)")
	Summary summary(@RequestParam(required = false) @Nullable String unitCode, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam(required = false) @Nullable String field,
			@RequestParam(required = false) @Nullable String procedureCode, Authentication auth) {
		Caller caller = caller(auth);
		return reports.summary(caller, query(unit(caller, unitCode), from, to, field, procedureCode));
	}

	@GetMapping("/summary/dossiers")
	@Operation(summary = "Codes of the dossiers behind one number of the summary, e.g. metric=finished.late")
	List<String> dossiers(@RequestParam(required = false) @Nullable String unitCode, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam String metric,
			@RequestParam(required = false) @Nullable String field, @RequestParam(required = false) @Nullable String procedureCode,
			@RequestParam(defaultValue = "500") int limit, Authentication auth) {
		Caller caller = caller(auth);
		return reports.dossiers(caller, query(unit(caller, unitCode), from, to, field, procedureCode), Reports.Metric.parse(metric), limit);
	}

	@GetMapping(value = "/summary.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	@Operation(summary = "The summary as an Excel workbook")
	ResponseEntity<byte[]> summaryXlsx(@RequestParam(required = false) @Nullable String unitCode, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam(required = false) @Nullable String field,
			@RequestParam(required = false) @Nullable String procedureCode, Authentication auth, Locale locale) throws IOException {
		ReportQuery query = query(unit(caller(auth), unitCode), from, to, field, procedureCode);
		Summary s = reports.summary(caller(auth), query);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SummaryWorkbook.write(query, s, key -> messages.getMessage(key, null, key, locale), out);
		String name = "bao-cao-%s-%s-%s.xlsx".formatted(query.unitCode(), from, to);
		return ResponseEntity.ok().contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(out.toByteArray());
	}

	@GetMapping("/indicators766")
	@Operation(summary = "Decision 766/QĐ-TTg scorecard: five groups, each indicator with rate, points and maximum")
	Indicators766 indicators766(@RequestParam(required = false) @Nullable String unitCode, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Authentication auth) {
		Caller caller = caller(auth);
		return scorecard.compute(caller, query(unit(caller, unitCode), from, to, null, null));
	}

	@GetMapping("/scores")
	@Operation(summary = "Circular 01/2018 Art. 13 scores of a unit subtree for a quarter (YYYY-Qn), with the dossiers behind them")
	Scores scores(@RequestParam(required = false) @Nullable String unitCode, @RequestParam String quarter, Authentication auth) {
		return scoring.compute(caller(auth), unitCode.trim().toUpperCase(Locale.ROOT), quarter);
	}

	@PostMapping("/recount")
	@Operation(summary = "Rebuild the read model from the dossiers (system administrators)")
	Map<String, Long> recount(Authentication auth) {
		return Map.of("dossiers", recount.recount(caller(auth)));
	}

	/**
	 * The unit asked for, else the caller's own unit, else, for an official without a unit (a system
	 * administrator), the one top unit of the installation; without any of these, the parameter is required.
	 */
	private String unit(Caller caller, @Nullable String unitCode) {
		if (unitCode != null && !unitCode.isBlank()) {
			return unitCode;
		}
		if (caller.official().unitCode() != null) {
			return caller.official().unitCode();
		}
		List<String> roots = organization.allUnits(caller).stream().filter(u -> u.parentCode() == null && u.validTo() == null)
			.map(org.motcua.organization.AdministrativeUnit::code).toList();
		if (roots.size() == 1) {
			return roots.get(0);
		}
		throw InvalidInputException.of("unitCode", "error.report.unit-required");
	}

	private Caller caller(Authentication auth) {
		return organization.caller(auth.getName());
	}

	static ReportQuery query(String unitCode, LocalDate from, LocalDate to, @Nullable String field, @Nullable String procedureCode) {
		return new ReportQuery(unitCode.trim().toUpperCase(Locale.ROOT), from, to, blank(field), blank(procedureCode));
	}

	private static @Nullable String blank(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
