package org.motcua.calendar.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.motcua.calendar.CalendarAdministration;
import org.motcua.calendar.CalendarCommands;
import org.motcua.calendar.CalendarStatus;
import org.motcua.calendar.CalendarYear;
import org.motcua.calendar.DayKind;
import org.motcua.calendar.Deadline;
import org.motcua.calendar.DurationUnit;
import org.motcua.calendar.LunarDate;
import org.motcua.calendar.Province;
import org.motcua.calendar.ProvinceCutOff;
import org.motcua.calendar.ProvinceSessions;
import org.motcua.calendar.SessionPeriod;
import org.motcua.calendar.SpecialDay;
import org.motcua.calendar.VietnameseLunarCalendar;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.calendar.WorkingCalendars;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.shared.ConflictException;
import org.motcua.shared.InvalidInputException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working calendar API: a year's special days, deadlines, lunar dates for every official; the official
 * schedules (SYSTEM_ADMIN) and a province's working sessions and cut-off rule (SYSTEM_ADMIN, or the
 * province's UNIT_ADMIN) for administrators. Instants are ISO-8601 with the +07:00 offset.
 */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendar", description = "Working days, holidays, lunar dates and deadline arithmetic")
class CalendarApiController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final WorkingCalendars calendars;

	private final CalendarAdministration administration;

	private final Organization organization;

	CalendarApiController(WorkingCalendars calendars, CalendarAdministration administration, Organization organization) {
		this.calendars = calendars;
		this.administration = administration;
		this.organization = organization;
	}

	record DayDto(LocalDate date, DayKind kind, String name, boolean provisional) {

		static DayDto of(SpecialDay day) {
			return new DayDto(day.date(), day.kind(), day.name(), day.provisional());
		}
	}

	record YearDto(int year, CalendarStatus status, List<DayDto> days, int version) {

		static YearDto of(CalendarYear year) {
			return new YearDto(year.year(), year.status(), year.schedule().days().stream().map(DayDto::of).toList(), year.version());
		}
	}

	record YearChange(@Nullable List<CalendarCommands.DayEntry> days, @Nullable Integer version) {
	}

	record DeadlineDto(String from, String effectiveStart, String due, BigDecimal amount, DurationUnit unit,
			@Nullable String unitCode) {
	}

	record LunarDto(LocalDate date, int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth, String canChi) {
	}

	record SessionDto(String start, String end) {
	}

	record PeriodDto(LocalDate validFrom, List<SessionDto> sessions) {

		static PeriodDto of(SessionPeriod period) {
			return new PeriodDto(period.validFrom(), period.sessions().stream()
				.map(s -> new SessionDto(time(s.start()), time(s.end()))).toList());
		}
	}

	record SessionsDto(@Nullable String unitCode, @Nullable String provinceCode, @Nullable String provinceName, boolean custom,
			List<PeriodDto> periods, int version) {

		static SessionsDto of(@Nullable String unitCode, ProvinceSessions sessions) {
			Province p = sessions.province();
			return new SessionsDto(unitCode, p == null ? null : p.code(), p == null ? null : p.name(), sessions.custom(),
					sessions.schedule().periods().stream().map(PeriodDto::of).toList(), sessions.version());
		}
	}

	record SessionsChange(@Nullable List<CalendarCommands.PeriodEntry> periods, @Nullable Integer version) {
	}

	record CutOffDto(@Nullable String unitCode, @Nullable String provinceCode, @Nullable String provinceName, boolean enabled,
			@Nullable String after, int version) {

		static CutOffDto of(@Nullable String unitCode, ProvinceCutOff cutOff) {
			Province p = cutOff.province();
			return new CutOffDto(unitCode, p == null ? null : p.code(), p == null ? null : p.name(), cutOff.rule() != null,
					cutOff.rule() == null ? null : time(cutOff.rule().after()), cutOff.version());
		}
	}

	record CutOffChangeRequest(@Nullable Boolean enabled, @Nullable String after, @Nullable Integer version) {
	}

	// ------------------------------------------------------------------ for every official

	@GetMapping("/{year:\\d+}")
	@Operation(summary = "A year's days that differ from an ordinary Monday–Friday week",
			description = "OFFICIAL when loaded from the Government's notice, PROVISIONAL when generated from the Labour Code "
					+ "rules; a day is provisional when not yet confirmed. Years 1900–2199.")
	YearDto year(@PathVariable String year) {
		return YearDto.of(calendars.year(parseYear(year)));
	}

	@GetMapping("/deadline")
	@Operation(summary = "Compute a due instant on the working calendar",
			description = "from: ISO-8601 instant, e.g. 2026-02-13T10:00:00+07:00 (without offset: Asia/Ho_Chi_Minh). "
					+ "amount: decimal (working days in steps of 0.5; calendar days and months whole). unitCode: the "
					+ "administrative unit whose province's sessions and cut-off apply (standard calendar when absent).")
	DeadlineDto deadline(@RequestParam(required = false) @Parameter(example = "2026-02-13T10:00:00+07:00") @Nullable String from,
			@RequestParam(required = false) @Parameter(example = "20") @Nullable String amount,
			@RequestParam(required = false) @Parameter(description = "WORKING_DAYS, WORKING_HOURS, CALENDAR_DAYS or MONTHS") @Nullable String unit,
			@RequestParam(required = false) @Parameter(example = "H41.20") @Nullable String unitCode) {
		DeadlineRequest request = DeadlineRequest.parse(from, amount, unit, unitCode, calendars);
		Deadline deadline = request.compute();
		return new DeadlineDto(DeadlineRequest.iso(deadline.from()), DeadlineRequest.iso(deadline.effectiveStart()),
				DeadlineRequest.iso(deadline.due()), request.amount(), request.unit(), blank(unitCode) ? null : unitCode.trim());
	}

	@GetMapping("/lunar")
	@Operation(summary = "The Vietnamese lunar date (UTC+7) of a solar date, with the can chi name of the lunar year")
	LunarDto lunar(@RequestParam(required = false) @Parameter(example = "2026-02-17") @Nullable String date) {
		if (blank(date)) {
			throw InvalidInputException.of("date", "error.required");
		}
		LocalDate solar;
		try {
			solar = LocalDate.parse(date.trim());
		}
		catch (DateTimeParseException ex) {
			throw InvalidInputException.of("date", "calendar.error.date", date);
		}
		LunarDate lunar;
		try {
			lunar = VietnameseLunarCalendar.toLunar(solar);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.of("date", "calendar.error.lunar-range");
		}
		return new LunarDto(solar, lunar.year(), lunar.month(), lunar.day(), lunar.leapMonth(), lunar.canChi());
	}

	@GetMapping("/sessions")
	@Operation(summary = "The working sessions of a unit's province, with their effective dates (the national default without unitCode)")
	SessionsDto sessions(@RequestParam(required = false) @Nullable String unitCode) {
		return SessionsDto.of(trim(unitCode), calendars.sessions(unitCode));
	}

	@GetMapping("/cut-off")
	@Operation(summary = "The cut-off rule of a unit's province (off unless the province switched it on)")
	CutOffDto cutOff(@RequestParam(required = false) @Nullable String unitCode) {
		return CutOffDto.of(trim(unitCode), calendars.cutOff(unitCode));
	}

	// ------------------------------------------------------------------ administrators

	@PutMapping("/{year:\\d+}")
	@Operation(summary = "Replace a year's official schedule (SYSTEM_ADMIN); the year becomes OFFICIAL",
			description = "Body: {\"days\":[{\"date\",\"kind\",\"name\",\"provisional\"}],\"version\"}. Only days that differ "
					+ "from an ordinary week: WORKING_SATURDAY on a Saturday, COMPENSATORY and SWAPPED_OFF on weekdays. "
					+ "409 with the current year when the version is stale.")
	YearDto replaceYear(@PathVariable String year, @RequestBody YearChange body, Authentication auth) {
		int y = parseYear(year);
		try {
			return YearDto.of(administration.replaceYear(caller(auth), y, body.days(), body.version()));
		}
		catch (ConflictException ex) {
			throw asDto(ex);
		}
	}

	@DeleteMapping("/{year:\\d+}")
	@Operation(summary = "Take a year back to the provisional rules (SYSTEM_ADMIN)",
			description = "404 when the year has no official schedule; with version, 409 when it is stale.")
	YearDto resetYear(@PathVariable String year, @RequestParam(required = false) @Nullable Integer version, Authentication auth) {
		int y = parseYear(year);
		try {
			return YearDto.of(administration.resetYear(caller(auth), y, version));
		}
		catch (ConflictException ex) {
			throw asDto(ex);
		}
	}

	@PutMapping("/sessions")
	@Operation(summary = "Replace the working sessions of a unit's province (SYSTEM_ADMIN or the province's UNIT_ADMIN)",
			description = "Body: {\"periods\":[{\"validFrom\",\"sessions\":[{\"start\":\"07:30\",\"end\":\"11:30\"}]}],\"version\"}; "
					+ "an empty list goes back to the standard sessions. The first period also covers earlier dates.")
	SessionsDto replaceSessions(@RequestParam(required = false) @Nullable String unitCode, @RequestBody SessionsChange body,
			Authentication auth) {
		try {
			return SessionsDto.of(trim(unitCode), administration.replaceSessions(caller(auth), unitCode, body.periods(), body.version()));
		}
		catch (ConflictException ex) {
			throw asDto(ex);
		}
	}

	@PutMapping("/cut-off")
	@Operation(summary = "Switch the cut-off rule of a unit's province on or off (SYSTEM_ADMIN or the province's UNIT_ADMIN)",
			description = "Body: {\"enabled\":true,\"after\":\"15:00\",\"version\"}: received on a working day after that time "
					+ "counts from the next working day (Decree 61/2018/NĐ-CP Art. 18(2)).")
	CutOffDto changeCutOff(@RequestParam(required = false) @Nullable String unitCode, @RequestBody CutOffChangeRequest body,
			Authentication auth) {
		if (body.enabled() == null) {
			throw InvalidInputException.of("enabled", "error.required");
		}
		try {
			return CutOffDto.of(trim(unitCode), administration.changeCutOff(caller(auth), unitCode,
					new CalendarCommands.CutOffChange(body.enabled(), body.after()), body.version()));
		}
		catch (ConflictException ex) {
			throw asDto(ex);
		}
	}

	private Caller caller(Authentication auth) {
		return organization.caller(auth.getName());
	}

	/** The same exception with the current state in the API's shape. */
	private static ConflictException asDto(ConflictException ex) {
		Object current = ex.current();
		Object dto = current instanceof CalendarYear y ? YearDto.of(y)
				: current instanceof ProvinceSessions s ? SessionsDto.of(null, s)
				: current instanceof ProvinceCutOff c ? CutOffDto.of(null, c) : current;
		return new ConflictException(dto, ex.messageKey(), ex.args());
	}

	static int parseYear(String year) {
		try {
			return Integer.parseInt(year);
		}
		catch (NumberFormatException ex) {
			throw InvalidInputException.of("year", "calendar.error.year-range", String.valueOf(WorkingCalendar.MIN_YEAR),
					String.valueOf(WorkingCalendar.MAX_YEAR));
		}
	}

	static String time(LocalTime time) {
		return time.format(TIME);
	}

	private static @Nullable String trim(@Nullable String value) {
		return blank(value) ? null : value.trim();
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}
}
