package org.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.motcua.audit.AuditTrail;
import org.motcua.calendar.CalendarCommands.CutOffChange;
import org.motcua.calendar.CalendarCommands.DayEntry;
import org.motcua.calendar.CalendarCommands.PeriodEntry;
import org.motcua.calendar.CalendarCommands.SessionEntry;
import org.motcua.organization.Caller;
import org.motcua.organization.Role;
import org.motcua.shared.ConflictException;
import org.motcua.shared.ForbiddenException;
import org.motcua.shared.InvalidInputException;
import org.motcua.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the calendar. A system administrator keeps each year's official schedule as announced by the
 * Government (Labour Code 2019 Art. 112(3): the Prime Minister, now the Ministry of Home Affairs, fixes the
 * Tết days and the day next to National Day); a system administrator or the province's unit administrator
 * sets the province's working sessions and cut-off rule.
 *
 * <p>Every change checks the role, reports every invalid value against its field, refuses a stale version,
 * bumps the calendar revision and is recorded in the audit trail, all in one transaction. It applies to
 * deadlines computed afterwards, on this instance as soon as it commits and on the others within the
 * refresh interval (see {@link WorkingCalendars}).
 */
@Service
public class CalendarAdministration {

	static final int MAX_NAME_LENGTH = 200;

	static final int MAX_SESSIONS_PER_DAY = 6;

	private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final CalendarStore store;

	private final WorkingCalendars calendars;

	private final AuditTrail audit;

	CalendarAdministration(CalendarStore store, WorkingCalendars calendars, AuditTrail audit) {
		this.store = store;
		this.calendars = calendars;
		this.audit = audit;
	}

	/** Whether {@code caller} may change the years' schedules. */
	public boolean mayEditYears(Caller caller) {
		return caller.isSystemAdmin();
	}

	/** Whether {@code caller} may change the working sessions and cut-off rule of {@code province}. */
	public boolean mayEditProvince(Caller caller, Province province) {
		return caller.isSystemAdmin()
				|| caller.hasRole(Role.UNIT_ADMIN) && caller.jurisdiction().covers(province.code());
	}

	// ---------------------------------------------------------------- years

	/**
	 * Replaces {@code year}'s special days with {@code days}, which makes the year {@link CalendarStatus#OFFICIAL}.
	 * Problems are reported against {@code days[i].date}, {@code days[i].kind} and {@code days[i].name}.
	 */
	@Transactional
	public CalendarYear replaceYear(Caller caller, int year, @Nullable List<DayEntry> days, @Nullable Integer version) {
		requireYearEditor(caller);
		WorkingCalendars.requireYearInRange(year);
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		problems.check(version != null, "version", "error.required");
		problems.check(days != null, "days", "error.required");
		List<SpecialDay> parsed = new ArrayList<>();
		if (days != null) {
			Set<LocalDate> seen = new HashSet<>();
			for (int i = 0; i < days.size(); i++) {
				String prefix = "days[" + i + "].";
				DayEntry entry = days.get(i);
				SpecialDay day = entry == null ? null : parseDay(year, entry, prefix, problems);
				if (entry == null) {
					problems.add(prefix + "date", "error.required");
				}
				else if (day != null && !seen.add(day.date())) {
					problems.add(prefix + "date", "calendar.error.day-duplicate", shown(day.date()));
				}
				else if (day != null) {
					parsed.add(day);
				}
			}
		}
		problems.throwIfAny();
		return saveYear(caller, year, parsed, Objects.requireNonNull(version));
	}

	/**
	 * Adds one special day to {@code year}. A year still on the rules starts from the days the rules generate,
	 * so that adding a day never drops a statutory holiday. Problems are reported against {@code date},
	 * {@code kind} and {@code name}.
	 */
	@Transactional
	public CalendarYear addDay(Caller caller, int year, DayEntry entry, int version) {
		requireYearEditor(caller);
		WorkingCalendars.requireYearInRange(year);
		List<SpecialDay> days = new ArrayList<>(daysInForce(year));
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		SpecialDay day = parseDay(year, entry, "", problems);
		if (day != null && days.stream().anyMatch(d -> d.date().equals(day.date()))) {
			problems.add("date", "calendar.error.day-duplicate", shown(day.date()));
		}
		problems.throwIfAny();
		days.add(Objects.requireNonNull(day));
		return saveYear(caller, year, days, version);
	}

	/** Removes the special day on {@code date} from its year's schedule, which makes the year official. */
	@Transactional
	public CalendarYear removeDay(Caller caller, LocalDate date, int version) {
		requireYearEditor(caller);
		int year = date.getYear();
		WorkingCalendars.requireYearInRange(year);
		List<SpecialDay> days = new ArrayList<>(daysInForce(year));
		if (!days.removeIf(d -> d.date().equals(date))) {
			throw new NotFoundException("calendar.error.day-not-found", shown(date));
		}
		return saveYear(caller, year, days, version);
	}

	/**
	 * Takes {@code year} back to the days generated from the rules ({@link CalendarStatus#PROVISIONAL}).
	 *
	 * @param version the version read, or {@code null} to take back whatever is stored
	 * @throws NotFoundException when the year has no official schedule
	 */
	@Transactional
	public CalendarYear resetYear(Caller caller, int year, @Nullable Integer version) {
		requireYearEditor(caller);
		WorkingCalendars.requireYearInRange(year);
		CalendarStore.StoredYear before = store.year(year).filter(y -> y.status() == CalendarStatus.OFFICIAL)
			.orElseThrow(() -> new NotFoundException("calendar.error.not-official", String.valueOf(year)));
		int expected = version == null ? before.version() : version;
		int newVersion = store.claimYear(year, CalendarStatus.PROVISIONAL, expected, caller.username())
			.orElseThrow(() -> staleYear(year));
		store.replaceDays(year, List.of());
		committed(store.bumpRevision());
		audit.record("CALENDAR_YEAR_RESET", "CalendarYear", String.valueOf(year),
				"%d: back to the provisional rules; %d official days removed".formatted(year, before.days().size()));
		return new CalendarYear(HolidayRules.provisional(year), newVersion);
	}

	private CalendarYear saveYear(Caller caller, int year, List<SpecialDay> days, int version) {
		List<SpecialDay> before = store.year(year).filter(y -> y.status() == CalendarStatus.OFFICIAL)
			.map(CalendarStore.StoredYear::days).orElse(List.of());
		YearSchedule schedule = new YearSchedule(year, CalendarStatus.OFFICIAL, days);
		int newVersion = store.claimYear(year, CalendarStatus.OFFICIAL, version, caller.username())
			.orElseThrow(() -> staleYear(year));
		store.replaceDays(year, schedule.days());
		committed(store.bumpRevision());
		audit.record("CALENDAR_YEAR_CHANGED", "CalendarYear", String.valueOf(year), describeChange(year, before, schedule.days()));
		return new CalendarYear(schedule, newVersion);
	}

	private List<SpecialDay> daysInForce(int year) {
		return store.year(year).filter(y -> y.status() == CalendarStatus.OFFICIAL).map(CalendarStore.StoredYear::days)
			.orElseGet(() -> HolidayRules.provisional(year).days());
	}

	private ConflictException staleYear(int year) {
		calendars.behind(store.revision());
		CalendarYear current = store.year(year).filter(y -> y.status() == CalendarStatus.OFFICIAL)
			.map(y -> new CalendarYear(new YearSchedule(year, CalendarStatus.OFFICIAL, y.days()), y.version()))
			.orElseGet(() -> new CalendarYear(HolidayRules.provisional(year), store.year(year).map(CalendarStore.StoredYear::version).orElse(0)));
		return new ConflictException(current, "error.stale", String.valueOf(current.version()));
	}

	private static @Nullable SpecialDay parseDay(int year, DayEntry entry, String prefix, InvalidInputException.Collector problems) {
		LocalDate date = parseDate(entry.date(), prefix + "date", problems);
		if (date != null && date.getYear() != year) {
			problems.add(prefix + "date", "calendar.error.day-outside-year", shown(date), String.valueOf(year));
			date = null;
		}
		DayKind kind = null;
		if (blank(entry.kind())) {
			problems.add(prefix + "kind", "error.required");
		}
		else {
			try {
				kind = DayKind.valueOf(entry.kind().trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(prefix + "kind", "calendar.error.kind", entry.kind());
			}
		}
		String name = blank(entry.name()) ? null : entry.name().trim();
		if (name == null) {
			problems.add(prefix + "name", "error.required");
		}
		else if (name.length() > MAX_NAME_LENGTH) {
			problems.add(prefix + "name", "calendar.error.name-length", String.valueOf(MAX_NAME_LENGTH));
		}
		if (date != null && kind != null) {
			boolean weekend = YearSchedule.isWeekend(date);
			if (kind == DayKind.WORKING_SATURDAY && date.getDayOfWeek() != DayOfWeek.SATURDAY) {
				problems.add(prefix + "date", "calendar.error.working-saturday", shown(date));
				return null;
			}
			if ((kind == DayKind.COMPENSATORY || kind == DayKind.SWAPPED_OFF) && weekend) {
				problems.add(prefix + "date", "calendar.error.weekend-day-off", shown(date));
				return null;
			}
		}
		if (date == null || kind == null || name == null || name.length() > MAX_NAME_LENGTH) {
			return null;
		}
		return new SpecialDay(date, kind, name, entry.isProvisional());
	}

	private static String describeChange(int year, List<SpecialDay> before, List<SpecialDay> after) {
		List<String> changes = new ArrayList<>();
		for (SpecialDay day : after) {
			Optional<SpecialDay> old = before.stream().filter(d -> d.date().equals(day.date())).findFirst();
			if (old.isEmpty()) {
				changes.add("+ " + describe(day));
			}
			else if (!old.get().equals(day)) {
				changes.add("~ " + describe(old.get()) + " → " + describe(day));
			}
		}
		for (SpecialDay day : before) {
			if (after.stream().noneMatch(d -> d.date().equals(day.date()))) {
				changes.add("- " + describe(day));
			}
		}
		String summary = "%d: official, %d special days".formatted(year, after.size());
		return changes.isEmpty() ? summary + "; no day changed" : summary + "; " + String.join("; ", changes);
	}

	private static String describe(SpecialDay day) {
		return day.date() + " " + day.kind() + " " + day.name() + (day.provisional() ? " (provisional)" : "");
	}

	// ---------------------------------------------------------------- province sessions

	/**
	 * Replaces the working sessions of {@code unitCode}'s province; an empty list goes back to the standard
	 * sessions. The first period also applies before its date. Problems are reported against
	 * {@code periods[i].validFrom}, {@code periods[i].sessions} and {@code periods[i].sessions[j].start|end}.
	 */
	@Transactional
	public ProvinceSessions replaceSessions(Caller caller, @Nullable String unitCode, @Nullable List<PeriodEntry> periods,
			@Nullable Integer version) {
		Province province = requireProvince(unitCode);
		requireProvinceEditor(caller, province);
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		problems.check(version != null, "version", "error.required");
		problems.check(periods != null, "periods", "error.required");
		List<SessionPeriod> parsed = new ArrayList<>();
		if (periods != null) {
			Set<LocalDate> seen = new HashSet<>();
			for (int i = 0; i < periods.size(); i++) {
				String prefix = "periods[" + i + "].";
				PeriodEntry entry = periods.get(i);
				SessionPeriod period = entry == null ? null : parsePeriod(entry, prefix, problems);
				if (entry == null) {
					problems.add(prefix + "validFrom", "error.required");
				}
				else if (period != null && !seen.add(period.validFrom())) {
					problems.add(prefix + "validFrom", "calendar.error.period-duplicate", shown(period.validFrom()));
				}
				else if (period != null) {
					parsed.add(period);
				}
			}
		}
		problems.throwIfAny();
		return saveSessions(caller, province, parsed, Objects.requireNonNull(version));
	}

	/**
	 * Adds sessions taking effect on a date to {@code unitCode}'s province, replacing a period that starts
	 * the same day. A province on the standard sessions keeps them before that date. Problems are reported
	 * against {@code validFrom} and {@code sessions[j].start|end}.
	 */
	@Transactional
	public ProvinceSessions addSessionPeriod(Caller caller, @Nullable String unitCode, PeriodEntry entry, int version) {
		Province province = requireProvince(unitCode);
		requireProvinceEditor(caller, province);
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		SessionPeriod period = parsePeriod(entry, "", problems);
		problems.throwIfAny();
		List<SessionPeriod> current = store.sessions(province.code()).map(CalendarStore.StoredSessions::periods)
			.filter(p -> !p.isEmpty()).orElseGet(() -> SessionSchedule.standard().periods());
		SessionSchedule changed = new SessionSchedule(current).with(Objects.requireNonNull(period).validFrom(), period.sessions());
		return saveSessions(caller, province, changed.periods(), version);
	}

	/** Removes the sessions that take effect on {@code validFrom} from {@code unitCode}'s province. */
	@Transactional
	public ProvinceSessions removeSessionPeriod(Caller caller, @Nullable String unitCode, LocalDate validFrom, int version) {
		Province province = requireProvince(unitCode);
		requireProvinceEditor(caller, province);
		List<SessionPeriod> periods = new ArrayList<>(store.sessions(province.code())
			.map(CalendarStore.StoredSessions::periods).orElse(List.of()));
		if (!periods.removeIf(p -> p.validFrom().equals(validFrom))) {
			throw new NotFoundException("calendar.error.period-not-found", shown(validFrom));
		}
		return saveSessions(caller, province, periods, version);
	}

	private ProvinceSessions saveSessions(Caller caller, Province province, List<SessionPeriod> periods, int version) {
		List<SessionPeriod> before = store.sessions(province.code()).map(CalendarStore.StoredSessions::periods).orElse(List.of());
		List<SessionPeriod> sorted = periods.isEmpty() ? List.of() : new SessionSchedule(periods).periods();
		int newVersion = store.claimSessions(province.code(), version, caller.username())
			.orElseThrow(() -> staleSessions(province));
		store.replacePeriods(province.code(), sorted);
		committed(store.bumpRevision());
		audit.record("CALENDAR_SESSIONS_CHANGED", "Province", province.code(),
				"Working sessions: %s → %s".formatted(describePeriods(before), describePeriods(sorted)));
		return sessionsOf(province, sorted, newVersion);
	}

	private ConflictException staleSessions(Province province) {
		calendars.behind(store.revision());
		ProvinceSessions current = store.sessions(province.code())
			.map(stored -> sessionsOf(province, stored.periods(), stored.version()))
			.orElseGet(() -> sessionsOf(province, List.of(), 0));
		return new ConflictException(current, "error.stale", String.valueOf(current.version()));
	}

	private static ProvinceSessions sessionsOf(Province province, List<SessionPeriod> periods, int version) {
		boolean custom = !periods.isEmpty();
		return new ProvinceSessions(province, custom, custom ? new SessionSchedule(periods) : SessionSchedule.standard(), version);
	}

	private static @Nullable SessionPeriod parsePeriod(PeriodEntry entry, String prefix, InvalidInputException.Collector problems) {
		LocalDate validFrom = parseDate(entry.validFrom(), prefix + "validFrom", problems);
		if (validFrom != null && (validFrom.getYear() < WorkingCalendar.MIN_YEAR || validFrom.getYear() > WorkingCalendar.MAX_YEAR)) {
			problems.add(prefix + "validFrom", "calendar.error.year-range", String.valueOf(WorkingCalendar.MIN_YEAR),
					String.valueOf(WorkingCalendar.MAX_YEAR));
			validFrom = null;
		}
		List<SessionEntry> entries = entry.sessions() == null ? List.of()
				: entry.sessions().stream().filter(s -> s != null && !(blank(s.start()) && blank(s.end()))).toList();
		boolean ok = validFrom != null;
		if (entries.isEmpty()) {
			problems.add(prefix + "sessions", "calendar.error.sessions-required");
			ok = false;
		}
		else if (entries.size() > MAX_SESSIONS_PER_DAY) {
			problems.add(prefix + "sessions", "calendar.error.sessions-too-many", String.valueOf(MAX_SESSIONS_PER_DAY));
			ok = false;
		}
		List<WorkingSession> sessions = new ArrayList<>();
		LocalTime previousEnd = null;
		for (int j = 0; j < entries.size() && j < MAX_SESSIONS_PER_DAY; j++) {
			String at = prefix + "sessions[" + j + "].";
			LocalTime start = parseTime(entries.get(j).start(), at + "start", problems);
			LocalTime end = parseTime(entries.get(j).end(), at + "end", problems);
			if (start == null || end == null) {
				ok = false;
				continue;
			}
			if (!start.isBefore(end)) {
				problems.add(at + "end", "calendar.error.session-order");
				ok = false;
				continue;
			}
			if (previousEnd != null && start.isBefore(previousEnd)) {
				problems.add(at + "start", "calendar.error.session-overlap");
				ok = false;
			}
			previousEnd = end;
			sessions.add(new WorkingSession(start, end));
		}
		return ok ? new SessionPeriod(validFrom, sessions) : null;
	}

	private static String describePeriods(List<SessionPeriod> periods) {
		if (periods.isEmpty()) {
			return "standard";
		}
		return periods.stream()
			.map(p -> "from " + p.validFrom() + " " + p.sessions().stream().map(s -> s.start() + "–" + s.end())
				.collect(Collectors.joining(", ")))
			.collect(Collectors.joining("; "));
	}

	// ---------------------------------------------------------------- province cut-off

	/**
	 * Switches the cut-off rule of {@code unitCode}'s province on (at {@code after}) or off. Problems are
	 * reported against {@code after}.
	 */
	@Transactional
	public ProvinceCutOff changeCutOff(Caller caller, @Nullable String unitCode, CutOffChange change, @Nullable Integer version) {
		Province province = requireProvince(unitCode);
		requireProvinceEditor(caller, province);
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		problems.check(version != null, "version", "error.required");
		LocalTime after = change.enabled() ? parseTime(change.after(), "after", problems) : null;
		problems.throwIfAny();
		LocalTime before = store.cutOff(province.code()).map(CalendarStore.StoredCutOff::after).orElse(null);
		int newVersion = store.claimCutOff(province.code(), Objects.requireNonNull(version), caller.username())
			.orElseThrow(() -> {
				calendars.behind(store.revision());
				ProvinceCutOff current = store.cutOff(province.code())
					.map(stored -> new ProvinceCutOff(province, stored.after() == null ? null : new CutOffRule(stored.after()),
							stored.version()))
					.orElseGet(() -> new ProvinceCutOff(province, null, 0));
				return new ConflictException(current, "error.stale", String.valueOf(current.version()));
			});
		store.setCutOff(province.code(), after);
		committed(store.bumpRevision());
		audit.record("CALENDAR_CUT_OFF_CHANGED", "Province", province.code(), "Cut-off: %s → %s"
			.formatted(before == null ? "off" : "after " + before, after == null ? "off" : "after " + after));
		return new ProvinceCutOff(province, after == null ? null : new CutOffRule(after), newVersion);
	}

	// ---------------------------------------------------------------- shared

	private void committed(long revision) {
		calendars.changed(revision);
	}

	private Province requireProvince(@Nullable String unitCode) {
		if (blank(unitCode)) {
			throw InvalidInputException.of("unitCode", "error.required");
		}
		return calendars.provinceOf(unitCode)
			.orElseThrow(() -> InvalidInputException.of("unitCode", "calendar.error.no-province", unitCode));
	}

	private static void requireYearEditor(Caller caller) {
		if (!caller.isSystemAdmin()) {
			throw new ForbiddenException("error.forbidden");
		}
	}

	private void requireProvinceEditor(Caller caller, Province province) {
		if (!mayEditProvince(caller, province)) {
			throw new ForbiddenException("error.forbidden");
		}
	}

	private static @Nullable LocalDate parseDate(@Nullable String value, String field, InvalidInputException.Collector problems) {
		if (blank(value)) {
			problems.add(field, "error.required");
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			problems.add(field, "calendar.error.date", value);
			return null;
		}
	}

	private static @Nullable LocalTime parseTime(@Nullable String value, String field, InvalidInputException.Collector problems) {
		if (blank(value)) {
			problems.add(field, "error.required");
			return null;
		}
		try {
			return LocalTime.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			problems.add(field, "calendar.error.time", value);
			return null;
		}
	}

	private static String shown(LocalDate date) {
		return date.format(SHOWN_DATE);
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}
}
