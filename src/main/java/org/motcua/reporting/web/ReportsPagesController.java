package org.motcua.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.reporting.ReportQuery;
import org.motcua.reporting.Reports;
import org.motcua.reporting.Scorecard766;
import org.motcua.reporting.Scoring;
import org.motcua.reporting.Summary;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Reports in the browser: the standard table with a link from every number to its dossiers, its print view and
 * Excel export, the Decision 766 scorecard, and the leaders' dashboard. Each defaults to the caller's own unit
 * and the current month.
 */
@Controller
class ReportsPagesController {

	private final Reports reports;
	private final Scorecard766 scorecard;
	private final Organization organization;
	private final MessageSource messages;
	private final Scoring scoring;

	ReportsPagesController(Reports reports, Scorecard766 scorecard, Organization organization, MessageSource messages,
			Scoring scoring) {
		this.scoring = scoring;
		this.reports = reports;
		this.scorecard = scorecard;
		this.organization = organization;
		this.messages = messages;
	}

	@GetMapping("/reports")
	String summary(@RequestParam(required = false) @Nullable String unitCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String field, @RequestParam(required = false) @Nullable String procedureCode,
			Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		ReportQuery q = query(caller, unitCode, from, to, field, procedureCode);
		model.addAttribute("q", q);
		model.addAttribute("units", organization.allUnits(caller));
		model.addAttribute("rows", SummaryRows.of(reports.summary(caller, q)));
		return "reporting/summary";
	}

	@GetMapping("/reports/print")
	String print(@RequestParam String unitCode, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam(required = false) @Nullable String field,
			@RequestParam(required = false) @Nullable String procedureCode, Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		ReportQuery q = query(caller, unitCode, from, to, field, procedureCode);
		model.addAttribute("q", q);
		model.addAttribute("unit", organization.unit(caller, q.unitCode()));
		model.addAttribute("rows", SummaryRows.of(reports.summary(caller, q)));
		return "reporting/print";
	}

	@GetMapping("/reports/summary.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam String unitCode, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam(required = false) @Nullable String field,
			@RequestParam(required = false) @Nullable String procedureCode, Authentication auth, Locale locale) throws IOException {
		Caller caller = organization.caller(auth.getName());
		ReportQuery q = query(caller, unitCode, from, to, field, procedureCode);
		Summary s = reports.summary(caller, q);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SummaryWorkbook.write(q, s, key -> messages.getMessage(key, null, key, locale), out);
		return ResponseEntity.ok().contentType(ReportsApiController.XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("bao-cao-%s-%s-%s.xlsx".formatted(q.unitCode(), q.from(), q.to())).build().toString())
			.body(out.toByteArray());
	}

	@GetMapping("/reports/dossiers")
	String dossiers(@RequestParam String unitCode, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam String metric,
			@RequestParam(required = false) @Nullable String field, @RequestParam(required = false) @Nullable String procedureCode,
			Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		ReportQuery q = query(caller, unitCode, from, to, field, procedureCode);
		model.addAttribute("q", q);
		model.addAttribute("metric", metric);
		model.addAttribute("codes", reports.dossiers(caller, q, Reports.Metric.parse(metric), 500));
		return "reporting/dossiers";
	}

	@GetMapping("/reports/indicators766")
	String indicators(@RequestParam(required = false) @Nullable String unitCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		ReportQuery q = query(caller, unitCode, from, to, null, null);
		model.addAttribute("q", q);
		model.addAttribute("units", organization.allUnits(caller));
		model.addAttribute("card", scorecard.compute(caller, q));
		return "reporting/indicators766";
	}

	@GetMapping("/reports/scores")
	String scores(@RequestParam(required = false) @Nullable String unitCode, @RequestParam(required = false) @Nullable String quarter,
			Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
		String q = quarter == null || quarter.isBlank() ? today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1) : quarter.trim();
		ReportQuery query = query(caller, unitCode, null, null, null, null);
		model.addAttribute("q", query);
		model.addAttribute("quarter", q);
		model.addAttribute("units", organization.allUnits(caller));
		model.addAttribute("scores", scoring.compute(caller, query.unitCode(), q));
		return "reporting/scores";
	}

	@GetMapping("/reports/dashboard")
	String dashboard(@RequestParam(required = false) @Nullable String unitCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		ReportQuery q = query(caller, unitCode, from, to, null, null);
		Reports.ScorecardInputs in = reports.scorecardInputs(caller, q);
		Summary s = in.summary();
		model.addAttribute("q", q);
		model.addAttribute("units", organization.allUnits(caller));
		model.addAttribute("summary", s);
		model.addAttribute("onlineRate", s.received().total() == 0 ? null
				: Math.round(10000.0 * s.received().online() / s.received().total()) / 100.0);
		long[] files = in.digitization();
		model.addAttribute("digitizedRate", files[0] == 0 ? null : Math.round(10000.0 * files[3] / files[0]) / 100.0);
		Reports.FeedbackCounts feedback = reports.feedback(caller, q);
		model.addAttribute("feedbackOnTimeRate", feedback.answered() == 0 ? null
				: Math.round(10000.0 * feedback.answeredOnTime() / feedback.answered()) / 100.0);
		model.addAttribute("feedback", feedback);
		model.addAttribute("ratings", reports.ratings(caller, q));
		model.addAttribute("ranking", reports.ranking(caller, q));
		model.addAttribute("workload", reports.workload(caller, q));
		model.addAttribute("late", reports.dossiers(caller, q, Reports.Metric.FINISHED_LATE, 20));
		model.addAttribute("overdue", reports.dossiers(caller, q, Reports.Metric.IN_PROGRESS_OVERDUE, 20));
		return "reporting/dashboard";
	}

	/** The dashboard chart's data, read by the page's script (inline scripts are not allowed by the CSP). */
	@GetMapping("/reports/dashboard/data")
	@ResponseBody
	Map<String, Object> dashboardData(@RequestParam String unitCode,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Authentication auth, Locale locale) {
		Caller caller = organization.caller(auth.getName());
		ReportQuery q = query(caller, unitCode, from, to, null, null);
		Map<String, Object> data = new LinkedHashMap<>();
		List<Reports.Day> days = reports.perDay(caller, q);
		data.put("days", days.stream().map(d -> d.day().toString()).toList());
		data.put("received", days.stream().map(Reports.Day::received).toList());
		data.put("finished", days.stream().map(Reports.Day::finished).toList());
		data.put("receivedLabel", messages.getMessage("report.metric.received", null, locale));
		data.put("finishedLabel", messages.getMessage("report.metric.finished", null, locale));
		List<Reports.UnitRate> ranking = reports.ranking(caller, q);
		data.put("units", ranking.stream().map(Reports.UnitRate::unitName).toList());
		data.put("rates", ranking.stream().map(Reports.UnitRate::rate).toList());
		data.put("rateLabel", messages.getMessage("report.dashboard.on-time-rate", null, locale));
		return data;
	}

	static ReportQuery query(Caller caller, @Nullable String unitCode, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable String field, @Nullable String procedureCode) {
		LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
		String unit = unitCode == null || unitCode.isBlank() ? caller.official().unitCode() : unitCode;
		return ReportsApiController.query(unit == null ? "" : unit, from == null ? today.withDayOfMonth(1) : from,
				to == null ? today : to, field, procedureCode);
	}
}
