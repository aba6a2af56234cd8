package org.motcua.calendar;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The calendar's tables in the {@code calendar} schema, with explicit SQL. Versioned rows follow one rule:
 * a row that does not exist has version 0, and every write sends the version it read.
 */
@Repository
class CalendarStore {

	private final JdbcClient jdbc;

	CalendarStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Everything the calendars are built from. */
	record Stored(long revision, Map<Integer, StoredYear> years, Map<String, StoredSessions> sessions,
			Map<String, StoredCutOff> cutOffs) {
	}

	record StoredYear(int year, CalendarStatus status, int version, List<SpecialDay> days) {
	}

	record StoredSessions(String provinceCode, int version, List<SessionPeriod> periods) {
	}

	record StoredCutOff(String provinceCode, int version, @Nullable LocalTime after) {
	}

	// ---------------------------------------------------------------- revision

	long revision() {
		return jdbc.sql("SELECT value FROM calendar.revision WHERE id = 1").query(Long.class).single();
	}

	/** Counts a change, in the caller's transaction; the row lock also serialises calendar changes. */
	long bumpRevision() {
		return jdbc.sql("UPDATE calendar.revision SET value = value + 1, changed_at = now() WHERE id = 1 RETURNING value")
			.query(Long.class).single();
	}

	/**
	 * Loads everything. The revision is read first: data committed after it carries a higher revision, so
	 * the next poll sees the difference and loads again; a change is never missed.
	 */
	Stored load() {
		long revision = revision();
		Map<Integer, StoredYear> years = new TreeMap<>();
		Map<Integer, List<SpecialDay>> days = new TreeMap<>();
		jdbc.sql("""
				SELECT y.year, y.status, y.version, d.day, d.kind, d.name, d.provisional
				FROM calendar.year_schedule y LEFT JOIN calendar.special_day d ON d.year = y.year
				ORDER BY y.year, d.day""")
			.query(rs -> {
				int year = rs.getInt("year");
				years.putIfAbsent(year, new StoredYear(year, CalendarStatus.valueOf(rs.getString("status")), rs.getInt("version"), List.of()));
				List<SpecialDay> list = days.computeIfAbsent(year, y -> new ArrayList<>());
				Date day = rs.getDate("day");
				if (day != null) {
					list.add(specialDay(rs, day));
				}
			});
		years.replaceAll((year, y) -> new StoredYear(year, y.status(), y.version(), List.copyOf(days.get(year))));
		return new Stored(revision, years, loadSessions(null), loadCutOffs(null));
	}

	// ---------------------------------------------------------------- years

	Optional<StoredYear> year(int year) {
		Optional<StoredYear> row = jdbc.sql("SELECT year, status, version FROM calendar.year_schedule WHERE year = :y")
			.param("y", year)
			.query((rs, n) -> new StoredYear(rs.getInt("year"), CalendarStatus.valueOf(rs.getString("status")), rs.getInt("version"), List.of()))
			.optional();
		return row.map(y -> new StoredYear(y.year(), y.status(), y.version(), jdbc.sql("""
				SELECT day, kind, name, provisional FROM calendar.special_day WHERE year = :y ORDER BY day""")
			.param("y", year).query((rs, n) -> specialDay(rs, rs.getDate("day"))).list()));
	}

	boolean yearExists(int year) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM calendar.year_schedule WHERE year = :y)").param("y", year)
			.query(Boolean.class).single();
	}

	/**
	 * Sets a year's status if the stored version is {@code expected} (a missing row counts as version 0).
	 *
	 * @return the new version, or empty when {@code expected} is stale
	 */
	Optional<Integer> claimYear(int year, CalendarStatus status, int expected, String by) {
		Optional<Integer> updated = jdbc.sql("""
				UPDATE calendar.year_schedule SET status = :s, version = version + 1, updated_at = now(), updated_by = :by
				WHERE year = :y AND version = :v RETURNING version""")
			.param("s", status.name()).param("by", by).param("y", year).param("v", expected)
			.query(Integer.class).optional();
		if (updated.isPresent() || expected != 0) {
			return updated;
		}
		return jdbc.sql("""
				INSERT INTO calendar.year_schedule (year, status, version, updated_by) VALUES (:y, :s, 1, :by)
				ON CONFLICT (year) DO NOTHING RETURNING version""")
			.param("y", year).param("s", status.name()).param("by", by)
			.query(Integer.class).optional();
	}

	/** Inserts a year loaded from the shipped reference data (version 0: nobody has edited it). */
	void insertShippedYear(YearSchedule schedule) {
		jdbc.sql("INSERT INTO calendar.year_schedule (year, status, version, updated_by) VALUES (:y, :s, 0, 'system')")
			.param("y", schedule.year()).param("s", schedule.status().name()).update();
		replaceDays(schedule.year(), schedule.days());
	}

	void replaceDays(int year, List<SpecialDay> days) {
		jdbc.sql("DELETE FROM calendar.special_day WHERE year = :y").param("y", year).update();
		for (SpecialDay day : days) {
			jdbc.sql("""
					INSERT INTO calendar.special_day (day, year, kind, name, provisional)
					VALUES (:day, :y, :kind, :name, :provisional)""")
				.param("day", Date.valueOf(day.date())).param("y", year).param("kind", day.kind().name())
				.param("name", day.name()).param("provisional", day.provisional()).update();
		}
	}

	// ---------------------------------------------------------------- province sessions

	Optional<StoredSessions> sessions(String provinceCode) {
		return Optional.ofNullable(loadSessions(provinceCode).get(provinceCode));
	}

	/** As {@link #claimYear}: the new version, or empty when {@code expected} is stale. */
	Optional<Integer> claimSessions(String provinceCode, int expected, String by) {
		return claim("calendar.province_sessions", provinceCode, expected, by);
	}

	void replacePeriods(String provinceCode, List<SessionPeriod> periods) {
		jdbc.sql("DELETE FROM calendar.working_session WHERE province_code = :p").param("p", provinceCode).update();
		for (SessionPeriod period : periods) {
			int seq = 0;
			for (WorkingSession session : period.sessions()) {
				jdbc.sql("""
						INSERT INTO calendar.working_session (province_code, valid_from, seq, start_time, end_time)
						VALUES (:p, :from, :seq, :start, :end)""")
					.param("p", provinceCode).param("from", Date.valueOf(period.validFrom())).param("seq", seq++)
					.param("start", Time.valueOf(session.start())).param("end", Time.valueOf(session.end())).update();
			}
		}
	}

	private Map<String, StoredSessions> loadSessions(@Nullable String only) {
		Map<String, Integer> versions = new LinkedHashMap<>();
		Map<String, Map<LocalDate, List<WorkingSession>>> periods = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT p.province_code, p.version, s.valid_from, s.start_time, s.end_time
				FROM calendar.province_sessions p
				LEFT JOIN calendar.working_session s ON s.province_code = p.province_code
				WHERE CAST(:only AS varchar) IS NULL OR p.province_code = :only
				ORDER BY p.province_code, s.valid_from, s.seq""")
			.param("only", only)
			.query(rs -> {
				String code = rs.getString("province_code");
				versions.put(code, rs.getInt("version"));
				Map<LocalDate, List<WorkingSession>> byDate = periods.computeIfAbsent(code, c -> new TreeMap<>());
				Date from = rs.getDate("valid_from");
				if (from != null) {
					byDate.computeIfAbsent(from.toLocalDate(), d -> new ArrayList<>()).add(
							new WorkingSession(rs.getTime("start_time").toLocalTime(), rs.getTime("end_time").toLocalTime()));
				}
			});
		Map<String, StoredSessions> result = new LinkedHashMap<>();
		versions.forEach((code, version) -> {
			List<SessionPeriod> list = new ArrayList<>();
			periods.get(code).forEach((from, sessions) -> list.add(new SessionPeriod(from, sessions)));
			result.put(code, new StoredSessions(code, version, List.copyOf(list)));
		});
		return result;
	}

	// ---------------------------------------------------------------- province cut-off

	Optional<StoredCutOff> cutOff(String provinceCode) {
		return Optional.ofNullable(loadCutOffs(provinceCode).get(provinceCode));
	}

	/** As {@link #claimYear}: the new version, or empty when {@code expected} is stale. */
	Optional<Integer> claimCutOff(String provinceCode, int expected, String by) {
		return claim("calendar.province_cut_off", provinceCode, expected, by);
	}

	void setCutOff(String provinceCode, @Nullable LocalTime after) {
		jdbc.sql("UPDATE calendar.province_cut_off SET after_time = :t WHERE province_code = :p")
			.param("t", after == null ? null : Time.valueOf(after)).param("p", provinceCode).update();
	}

	private Map<String, StoredCutOff> loadCutOffs(@Nullable String only) {
		Map<String, StoredCutOff> result = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT province_code, version, after_time FROM calendar.province_cut_off
				WHERE CAST(:only AS varchar) IS NULL OR province_code = :only""")
			.param("only", only)
			.query(rs -> {
				Time after = rs.getTime("after_time");
				result.put(rs.getString("province_code"),
						new StoredCutOff(rs.getString("province_code"), rs.getInt("version"), after == null ? null : after.toLocalTime()));
			});
		return result;
	}

	/** Optimistic claim of a per-province row; the table name is a constant of this class. */
	private Optional<Integer> claim(String table, String provinceCode, int expected, String by) {
		Optional<Integer> updated = jdbc.sql("UPDATE " + table + """
				 SET version = version + 1, updated_at = now(), updated_by = :by
				WHERE province_code = :p AND version = :v RETURNING version""")
			.param("by", by).param("p", provinceCode).param("v", expected)
			.query(Integer.class).optional();
		if (updated.isPresent() || expected != 0) {
			return updated;
		}
		return jdbc.sql("INSERT INTO " + table + """
				 (province_code, version, updated_by) VALUES (:p, 1, :by)
				ON CONFLICT (province_code) DO NOTHING RETURNING version""")
			.param("p", provinceCode).param("by", by)
			.query(Integer.class).optional();
	}

	private static SpecialDay specialDay(ResultSet rs, Date day) throws SQLException {
		return new SpecialDay(day.toLocalDate(), DayKind.valueOf(rs.getString("kind")), rs.getString("name"),
				rs.getBoolean("provisional"));
	}
}
