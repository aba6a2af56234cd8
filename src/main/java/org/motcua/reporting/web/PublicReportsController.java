package org.motcua.reporting.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.reporting.Indicators766;
import org.motcua.reporting.ReportQuery;
import org.motcua.reporting.Reports;
import org.motcua.reporting.Scorecard766;
import org.motcua.reporting.Summary;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The transparency variant (Decree 61/2018 Art. 32: evaluation results are published): counts, rates and unit
 * rankings for any unit, without dossier codes, applicants or officials.
 */
@Controller
@Tag(name = "Public reports")
class PublicReportsController {

	private final Reports reports;
	private final Scorecard766 scorecard;
	private final Organization organization;

	PublicReportsController(Reports reports, Scorecard766 scorecard, Organization organization) {
		this.reports = reports;
		this.scorecard = scorecard;
		this.organization = organization;
	}

	@GetMapping("/api/v1/public/reports/summary")
	@ResponseBody
	@Operation(summary = "The standard table of any unit subtree, without personal data")
	Summary summary(@RequestParam String unitCode, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return reports.summary(Caller.system(), ReportsApiController.query(unitCode, from, to, null, null));
	}

	@GetMapping("/api/v1/public/reports/indicators766")
	@ResponseBody
	@Operation(summary = "The Decision 766 scorecard of any unit subtree")
	Indicators766 indicators(@RequestParam String unitCode, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return scorecard.compute(Caller.system(), ReportsApiController.query(unitCode, from, to, null, null));
	}

	@GetMapping("/api/v1/public/reports/dashboard")
	@ResponseBody
	@Operation(summary = "Received and finished per day, the on-time ranking of the units under a unit, and the share of ratings satisfied")
	Map<String, Object> dashboard(@RequestParam String unitCode, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		ReportQuery q = ReportsApiController.query(unitCode, from, to, null, null);
		Map<String, Object> data = new LinkedHashMap<>();
		var days = reports.perDay(Caller.system(), q);
		data.put("days", days.stream().map(d -> d.day().toString()).toList());
		data.put("received", days.stream().map(Reports.Day::received).toList());
		data.put("finished", days.stream().map(Reports.Day::finished).toList());
		var ranking = reports.ranking(Caller.system(), q);
		data.put("units", ranking.stream().map(Reports.UnitRate::unitName).toList());
		data.put("rates", ranking.stream().map(Reports.UnitRate::rate).toList());
		Reports.RatingCounts ratings = reports.ratings(Caller.system(), q);
		data.put("rated", ratings.rated());
		data.put("satisfiedRate", ratings.satisfiedRate());
		return data;
	}

	@GetMapping("/public/reports")
	String page(@RequestParam(required = false) @Nullable String unitCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, Model model) {
		LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
		var units = organization.allUnits(Caller.system()).stream().filter(u -> u.isValidOn(today)).toList();
		String unit = unitCode == null || unitCode.isBlank() ? units.isEmpty() ? "" : units.get(0).code() : unitCode;
		ReportQuery q = ReportsApiController.query(unit.toUpperCase(Locale.ROOT), from == null ? today.withDayOfMonth(1) : from,
				to == null ? today : to, null, null);
		Summary s = reports.summary(Caller.system(), q);
		model.addAttribute("q", q);
		model.addAttribute("units", units);
		model.addAttribute("rows", SummaryRows.of(s));
		model.addAttribute("card", scorecard.compute(Caller.system(), q));
		model.addAttribute("ratings", reports.ratings(Caller.system(), q));
		model.addAttribute("ranking", reports.ranking(Caller.system(), q));
		return "reporting/public";
	}
}
