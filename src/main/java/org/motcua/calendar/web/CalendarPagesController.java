package org.motcua.calendar.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.motcua.calendar.CalendarAdministration;
import org.motcua.calendar.CalendarCommands;
import org.motcua.calendar.CalendarStatus;
import org.motcua.calendar.CalendarYear;
import org.motcua.calendar.DayKind;
import org.motcua.calendar.Deadline;
import org.motcua.calendar.DurationUnit;
import org.motcua.calendar.Province;
import org.motcua.calendar.ProvinceCutOff;
import org.motcua.calendar.ProvinceSessions;
import org.motcua.calendar.SpecialDay;
import org.motcua.calendar.VietnameseLunarCalendar;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.calendar.WorkingCalendars;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.shared.ConflictException;
import org.motcua.shared.FormErrors;
import org.motcua.shared.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The calendar pages: the year view every official sees (twelve month grids with lunar dates, the special
 * days and a deadline calculator whose result htmx refreshes in place), the page of a province's working
 * hours and cut-off, and the forms administrators use to change them.
 */
@Controller
class CalendarPagesController {

	private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final WorkingCalendars calendars;

	private final CalendarAdministration administration;

	private final Organization organization;

	CalendarPagesController(WorkingCalendars calendars, CalendarAdministration administration, Organization organization) {
		this.calendars = calendars;
		this.administration = administration;
		this.organization = organization;
	}

	// ------------------------------------------------------------------ year view

	@GetMapping("/calendar")
	String currentYear(@ModelAttribute("deadlineForm") DeadlineForm form, BindingResult result, Authentication auth, Model model) {
		return yearPage(LocalDate.now(WorkingCalendar.ZONE).getYear(), form, result, auth, model);
	}

	@GetMapping("/calendar/{year:\\d{4}}")
	String year(@PathVariable int year, @ModelAttribute("deadlineForm") DeadlineForm form, BindingResult result,
			Authentication auth, Model model) {
		return yearPage(year, form, result, auth, model);
	}

	/** The calculator alone, for htmx to swap in place. */
	@GetMapping("/calendar/deadline")
	String deadline(@ModelAttribute("deadlineForm") DeadlineForm form, BindingResult result, Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		model.addAttribute("year", form.getYear() == null ? LocalDate.now(WorkingCalendar.ZONE).getYear() : form.getYear());
		calculate(caller, form, result, model);
		model.addAttribute("durationUnits", DurationUnit.values());
		return "calendar/year :: calculator";
	}

	private String yearPage(int year, DeadlineForm form, @Nullable BindingResult result, Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		CalendarYear calendarYear = calendars.year(year);
		LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
		model.addAttribute("year", year);
		model.addAttribute("yearLabel", String.valueOf(year));
		model.addAttribute("calendarYear", calendarYear);
		model.addAttribute("official", calendarYear.status() == CalendarStatus.OFFICIAL);
		model.addAttribute("canChi", VietnameseLunarCalendar.canChi(year));
		model.addAttribute("months", YearGrid.of(calendarYear.schedule(), today));
		model.addAttribute("specialDays", calendarYear.schedule().days());
		model.addAttribute("provisionalCount", calendarYear.schedule().days().stream().filter(SpecialDay::provisional).count());
		model.addAttribute("previousYear", year > WorkingCalendar.MIN_YEAR ? String.valueOf(year - 1) : null);
		model.addAttribute("nextYear", year < WorkingCalendar.MAX_YEAR ? String.valueOf(year + 1) : null);
		model.addAttribute("canEditYears", administration.mayEditYears(caller));
		model.addAttribute("kinds", DayKind.values());
		model.addAttribute("durationUnits", DurationUnit.values());
		if (!model.containsAttribute("dayForm")) {
			model.addAttribute("dayForm", new DayForm());
		}
		if (!model.containsAttribute("versionForm")) {
			model.addAttribute("versionForm", new VersionForm());
		}
		((DayForm) model.getAttribute("dayForm")).setVersion(calendarYear.version());
		((VersionForm) model.getAttribute("versionForm")).setVersion(calendarYear.version());
		form.setYear(year);
		if (!model.containsAttribute("deadlineForm")) {
			model.addAttribute("deadlineForm", form);
		}
		if (form.isFilled() && result != null) {
			calculate(caller, form, result, model);
		}
		else {
			form.setFrom(LocalDateTime.now(WorkingCalendar.ZONE).truncatedTo(ChronoUnit.MINUTES).format(LOCAL_INPUT));
			form.setAmount("1");
			form.setUnit(DurationUnit.WORKING_DAYS.name());
			form.setUnitCode(caller.official().unitCode());
		}
		return "calendar/year";
	}

	private void calculate(Caller caller, DeadlineForm form, BindingResult result, Model model) {
		if (form.getUnitCode() == null) {
			form.setUnitCode(caller.official().unitCode());
		}
		try {
			DeadlineRequest request = DeadlineRequest.parse(form.getFrom(), form.getAmount(), form.getUnit(), form.getUnitCode(), calendars);
			model.addAttribute("deadline", DeadlineView.of(request.compute()));
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(ex, result);
		}
	}

	// ------------------------------------------------------------------ administrators: the year's days

	@PostMapping("/calendar/{year:\\d{4}}/days")
	String addDay(@PathVariable int year, @ModelAttribute("dayForm") DayForm form, BindingResult result, Authentication auth,
			Model model, RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		try {
			administration.addDay(caller, year, new CalendarCommands.DayEntry(form.getDate(), form.getKind(), form.getName(),
					form.isProvisional()), form.getVersion());
			redirect.addFlashAttribute("flash", "flash.saved");
			return "redirect:/calendar/" + year;
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(ex, result);
		}
		catch (ConflictException ex) {
			result.reject("error.stale", new Object[] { "" }, "error.stale");
		}
		return yearPage(year, new DeadlineForm(), null, auth, model);
	}

	@PostMapping("/calendar/{year:\\d{4}}/days/{date}/delete")
	String removeDay(@PathVariable int year, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@ModelAttribute("versionForm") VersionForm form, BindingResult result, Authentication auth, Model model,
			RedirectAttributes redirect) {
		return versioned(year, result, auth, model, redirect,
				caller -> administration.removeDay(caller, date, form.getVersion()));
	}

	@PostMapping("/calendar/{year:\\d{4}}/reset")
	String reset(@PathVariable int year, @ModelAttribute("versionForm") VersionForm form, BindingResult result,
			Authentication auth, Model model, RedirectAttributes redirect) {
		return versioned(year, result, auth, model, redirect,
				caller -> administration.resetYear(caller, year, form.getVersion()));
	}

	private String versioned(int year, BindingResult result, Authentication auth, Model model, RedirectAttributes redirect,
			Consumer<Caller> action) {
		try {
			action.accept(organization.caller(auth.getName()));
			redirect.addFlashAttribute("flash", "flash.saved");
			return "redirect:/calendar/" + year;
		}
		catch (ConflictException ex) {
			result.reject("error.stale", new Object[] { "" }, "error.stale");
		}
		return yearPage(year, new DeadlineForm(), null, auth, model);
	}

	// ------------------------------------------------------------------ working hours and cut-off

	@GetMapping("/calendar/hours")
	String hours(@RequestParam(required = false) @Nullable String unitCode, Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		String code = unitCode == null || unitCode.isBlank() ? caller.official().unitCode() : unitCode.trim();
		ProvinceSessions sessions;
		ProvinceCutOff cutOff;
		try {
			sessions = calendars.sessions(code);
			cutOff = calendars.cutOff(code);
		}
		catch (InvalidInputException unknownUnit) {
			model.addAttribute("unknownUnit", code);
			code = caller.official().unitCode();
			sessions = calendars.sessions(code);
			cutOff = calendars.cutOff(code);
		}
		Province province = sessions.province();
		model.addAttribute("unitCode", code);
		model.addAttribute("province", province);
		model.addAttribute("sessions", sessions);
		model.addAttribute("cutOff", cutOff);
		model.addAttribute("canEdit", province != null && administration.mayEditProvince(caller, province));
		if (!model.containsAttribute("periodForm")) {
			model.addAttribute("periodForm", new PeriodForm());
		}
		if (!model.containsAttribute("cutOffForm")) {
			model.addAttribute("cutOffForm", CutOffForm.of(cutOff));
		}
		if (!model.containsAttribute("versionForm")) {
			model.addAttribute("versionForm", new VersionForm());
		}
		((PeriodForm) model.getAttribute("periodForm")).setVersion(sessions.version());
		((VersionForm) model.getAttribute("versionForm")).setVersion(sessions.version());
		((CutOffForm) model.getAttribute("cutOffForm")).setVersion(cutOff.version());
		return "calendar/hours";
	}

	@PostMapping("/calendar/hours/periods")
	String addPeriod(@RequestParam String unitCode, @ModelAttribute("periodForm") PeriodForm form, BindingResult result,
			Authentication auth, Model model, RedirectAttributes redirect) {
		try {
			administration.addSessionPeriod(organization.caller(auth.getName()), unitCode, form.toEntry(), form.getVersion());
			redirect.addFlashAttribute("flash", "flash.saved");
			return "redirect:/calendar/hours?unitCode=" + unitCode;
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(ex, result);
		}
		catch (ConflictException ex) {
			result.reject("error.stale", new Object[] { "" }, "error.stale");
		}
		return hours(unitCode, auth, model);
	}

	@PostMapping("/calendar/hours/periods/{validFrom}/delete")
	String removePeriod(@RequestParam String unitCode, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@ModelAttribute("versionForm") VersionForm form, BindingResult result, Authentication auth, Model model,
			RedirectAttributes redirect) {
		try {
			administration.removeSessionPeriod(organization.caller(auth.getName()), unitCode, validFrom, form.getVersion());
			redirect.addFlashAttribute("flash", "flash.saved");
			return "redirect:/calendar/hours?unitCode=" + unitCode;
		}
		catch (ConflictException ex) {
			result.reject("error.stale", new Object[] { "" }, "error.stale");
		}
		return hours(unitCode, auth, model);
	}

	@PostMapping("/calendar/hours/cut-off")
	String changeCutOff(@RequestParam String unitCode, @ModelAttribute("cutOffForm") CutOffForm form, BindingResult result,
			Authentication auth, Model model, RedirectAttributes redirect) {
		try {
			administration.changeCutOff(organization.caller(auth.getName()), unitCode,
					new CalendarCommands.CutOffChange(form.isEnabled(), form.getAfter()), form.getVersion());
			redirect.addFlashAttribute("flash", "flash.saved");
			return "redirect:/calendar/hours?unitCode=" + unitCode;
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(ex, result);
		}
		catch (ConflictException ex) {
			result.reject("error.stale", new Object[] { "" }, "error.stale");
		}
		return hours(unitCode, auth, model);
	}

	// ------------------------------------------------------------------ views and forms

	/** A computed deadline as the calculator shows it, in local time. */
	record DeadlineView(LocalDateTime effectiveStart, LocalDateTime due, boolean dueAtEndOfDay, String dueIso) {

		static DeadlineView of(Deadline deadline) {
			LocalDateTime due = LocalDateTime.ofInstant(deadline.due(), WorkingCalendar.ZONE);
			return new DeadlineView(LocalDateTime.ofInstant(deadline.effectiveStart(), WorkingCalendar.ZONE), due,
					due.toLocalTime().equals(LocalTime.MAX), DeadlineRequest.iso(deadline.due()));
		}

		public int effectiveStartWeekday() {
			return effectiveStart.getDayOfWeek().getValue();
		}

		public int dueWeekday() {
			return due.getDayOfWeek().getValue();
		}
	}

	public static class DeadlineForm {

		private @Nullable Integer year;
		private @Nullable String from;
		private @Nullable String amount;
		private @Nullable String unit;
		private @Nullable String unitCode;

		boolean isFilled() {
			return from != null || amount != null || unit != null;
		}

		public @Nullable Integer getYear() { return year; }
		public void setYear(@Nullable Integer year) { this.year = year; }
		public @Nullable String getFrom() { return from; }
		public void setFrom(@Nullable String from) { this.from = from; }
		public @Nullable String getAmount() { return amount; }
		public void setAmount(@Nullable String amount) { this.amount = amount; }
		public @Nullable String getUnit() { return unit; }
		public void setUnit(@Nullable String unit) { this.unit = unit; }
		public @Nullable String getUnitCode() { return unitCode; }
		public void setUnitCode(@Nullable String unitCode) { this.unitCode = unitCode; }
	}

	public static class DayForm {

		private @Nullable String date;
		private @Nullable String kind = DayKind.HOLIDAY.name();
		private @Nullable String name;
		private boolean provisional;
		private int version;

		public @Nullable String getDate() { return date; }
		public void setDate(@Nullable String date) { this.date = date; }
		public @Nullable String getKind() { return kind; }
		public void setKind(@Nullable String kind) { this.kind = kind; }
		public @Nullable String getName() { return name; }
		public void setName(@Nullable String name) { this.name = name; }
		public boolean isProvisional() { return provisional; }
		public void setProvisional(boolean provisional) { this.provisional = provisional; }
		public int getVersion() { return version; }
		public void setVersion(int version) { this.version = version; }
	}

	public static class VersionForm {

		private int version;

		public int getVersion() { return version; }
		public void setVersion(int version) { this.version = version; }
	}

	public static class SessionForm {

		private @Nullable String start;
		private @Nullable String end;

		SessionForm() {
		}

		SessionForm(String start, String end) {
			this.start = start;
			this.end = end;
		}

		public @Nullable String getStart() { return start; }
		public void setStart(@Nullable String start) { this.start = start; }
		public @Nullable String getEnd() { return end; }
		public void setEnd(@Nullable String end) { this.end = end; }
	}

	public static class PeriodForm {

		private @Nullable String validFrom;
		private List<SessionForm> sessions = new ArrayList<>(List.of(new SessionForm("07:30", "11:30"), new SessionForm("13:30", "17:00")));
		private int version;

		CalendarCommands.PeriodEntry toEntry() {
			return new CalendarCommands.PeriodEntry(validFrom,
					sessions.stream().map(s -> new CalendarCommands.SessionEntry(s.getStart(), s.getEnd())).toList());
		}

		public @Nullable String getValidFrom() { return validFrom; }
		public void setValidFrom(@Nullable String validFrom) { this.validFrom = validFrom; }
		public List<SessionForm> getSessions() { return sessions; }
		public void setSessions(List<SessionForm> sessions) { this.sessions = sessions; }
		public int getVersion() { return version; }
		public void setVersion(int version) { this.version = version; }
	}

	public static class CutOffForm {

		private boolean enabled;
		private @Nullable String after = "15:00";
		private int version;

		static CutOffForm of(ProvinceCutOff cutOff) {
			CutOffForm form = new CutOffForm();
			form.enabled = cutOff.rule() != null;
			if (cutOff.rule() != null) {
				form.after = CalendarApiController.time(cutOff.rule().after());
			}
			form.version = cutOff.version();
			return form;
		}

		public boolean isEnabled() { return enabled; }
		public void setEnabled(boolean enabled) { this.enabled = enabled; }
		public @Nullable String getAfter() { return after; }
		public void setAfter(@Nullable String after) { this.after = after; }
		public int getVersion() { return version; }
		public void setVersion(int version) { this.version = version; }
	}
}
