package org.motcua.catalog;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.motcua.calendar.DurationUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Persistence of procedures and internal processes, in explicit SQL. Versions are immutable rows (a trigger
 * refuses UPDATE and DELETE); their content is kept as a JSON document, with the columns that search and
 * filters need copied out of it.
 */
@Repository
class ProcedureStore {

	private static final TypeReference<List<ProcessStep>> STEPS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	ProcedureStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	record Lock(long id, String code, int version) {
	}

	// ------------------------------------------------------------------ procedures

	Optional<Lock> lock(String code) {
		return jdbc.sql("SELECT id, code, version FROM catalog.procedure WHERE code = :c").param("c", code)
			.query((rs, n) -> new Lock(rs.getLong(1), rs.getString(2), rs.getInt(3))).optional();
	}

	long insertProcedure(String code) {
		return jdbc.sql("INSERT INTO catalog.procedure (code) VALUES (:c) RETURNING id").param("c", code).query(Long.class)
			.single();
	}

	/** Moves the lock forward if it still has the version the editor read. */
	boolean advance(long procedureId, int expectedVersion) {
		return jdbc.sql("UPDATE catalog.procedure SET version = version + 1, updated_at = now() WHERE id = :id AND version = :v")
			.param("id", procedureId).param("v", expectedVersion).update() == 1;
	}

	long insertVersion(long procedureId, int number, LocalDate effectiveFrom, ProcedureContent c, String by,
			@Nullable String reason) {
		return jdbc.sql("""
				INSERT INTO catalog.procedure_version (procedure_id, number, effective_from, name, field, national_code, status,
				    unit_codes, channels, content, reason, recorded_by)
				VALUES (:p, :n, :from, :name, :field, :nat, :status, CAST(:units AS text[]), CAST(:channels AS text[]), CAST(:content AS jsonb), :reason, :by)
				RETURNING id""")
			.param("p", procedureId).param("n", number).param("from", Date.valueOf(effectiveFrom)).param("name", c.name())
			.param("field", c.field()).param("nat", c.nationalCode()).param("status", c.status().name())
			.param("units", c.unitCodes().toArray(String[]::new))
			.param("channels", c.channels().stream().map(Enum::name).toArray(String[]::new))
			.param("content", json.writeValueAsString(c)).param("reason", reason).param("by", by)
			.query(Long.class).single();
	}

	private static final String VERSION_SELECT = """
			SELECT v.id, p.code, v.number, v.effective_from, v.content::text AS content, v.recorded_by, v.recorded_at, v.reason
			FROM catalog.procedure_version v JOIN catalog.procedure p ON p.id = v.procedure_id""";

	List<ProcedureVersion> versions(long procedureId) {
		return jdbc.sql(VERSION_SELECT + " WHERE v.procedure_id = :p ORDER BY v.effective_from, v.number").param("p", procedureId)
			.query(this::mapVersion).list();
	}

	Optional<ProcedureVersion> versionById(long id) {
		return jdbc.sql(VERSION_SELECT + " WHERE v.id = :id").param("id", id).query(this::mapVersion).optional();
	}

	/** The version in force on {@code at}: the latest effective on or before that date. */
	Optional<ProcedureVersion> versionAt(String code, LocalDate at) {
		return jdbc.sql(VERSION_SELECT + " " + """
				 WHERE p.code = :c AND v.effective_from <= :at ORDER BY v.effective_from DESC, v.number DESC LIMIT 1""")
			.param("c", code).param("at", Date.valueOf(at)).query(this::mapVersion).optional();
	}

	/** The latest version, whatever its date. */
	Optional<ProcedureVersion> latest(String code) {
		return jdbc.sql(VERSION_SELECT + " WHERE p.code = :c ORDER BY v.effective_from DESC, v.number DESC LIMIT 1")
			.param("c", code).query(this::mapVersion).optional();
	}

	/** The versions in force on {@code at} of the procedures applied by any of {@code unitCodes} (all when null). */
	List<ProcedureVersion> current(@Nullable Collection<String> unitCodes, LocalDate at) {
		String sql = CURRENT + " SELECT id, code, number, effective_from, content::text AS content, recorded_by, recorded_at, reason FROM cur"
				+ (unitCodes == null ? "" : " WHERE unit_codes && CAST(:units AS text[])") + " ORDER BY code";
		JdbcClient.StatementSpec spec = jdbc.sql(sql).param("at", Date.valueOf(at));
		if (unitCodes != null) {
			spec = spec.param("units", unitCodes.toArray(String[]::new));
		}
		return spec.query(this::mapVersion).list();
	}

	private static final String CURRENT = """
			WITH cur AS (
			    SELECT DISTINCT ON (v.procedure_id) v.*, p.code
			    FROM catalog.procedure_version v JOIN catalog.procedure p ON p.id = v.procedure_id
			    WHERE v.effective_from <= :at
			    ORDER BY v.procedure_id, v.effective_from DESC, v.number DESC
			)""";

	ResultPage<ProcedureSummary> search(ProcedureQuery q, @Nullable Collection<String> unitCodes, LocalDate at) {
		StringBuilder where = new StringBuilder(" WHERE true");
		Map<String, Object> params = new HashMap<>();
		params.put("at", Date.valueOf(at));
		List<String> words = words(q.q());
		for (int i = 0; i < words.size(); i++) {
			where.append(" AND (public.motcua_fold(name) LIKE :w").append(i).append(" ESCAPE '\\' OR lower(code) LIKE :w").append(i)
				.append(" ESCAPE '\\' OR coalesce(national_code, '') LIKE :w").append(i).append(" ESCAPE '\\')");
			params.put("w" + i, "%" + escapeLike(fold(words.get(i))) + "%");
		}
		if (!Texts.blank(q.level())) {
			where.append(" ").append("""
					AND EXISTS (SELECT 1 FROM jsonb_array_elements(content->'levels') l WHERE l->>'level' = :level
					     AND (l->>'validFrom' IS NULL OR (l->>'validFrom')::date <= :at)
					     AND (l->>'validTo' IS NULL OR (l->>'validTo')::date >= :at))""");
			params.put("level", Texts.upper(q.level()));
		}
		if (!Texts.blank(q.field())) {
			where.append(" AND public.motcua_fold(field) = public.motcua_fold(:field)");
			params.put("field", q.field().strip());
		}
		if (unitCodes != null) {
			where.append(" AND unit_codes && CAST(:units AS text[])");
			params.put("units", unitCodes.toArray(String[]::new));
		}
		if (q.channel() != null) {
			where.append(" AND :channel = ANY(channels)");
			params.put("channel", q.channel().name());
		}
		if (q.status() != null) {
			where.append(" AND status = :status");
			params.put("status", q.status().name());
		}
		long total = jdbc.sql(CURRENT + " SELECT count(*) FROM cur" + where).params(params).query(Long.class).single();
		String order = words.isEmpty() ? " ORDER BY public.motcua_fold(name), code"
				: " ORDER BY similarity(public.motcua_fold(name), :whole) DESC, public.motcua_fold(name), code";
		params.put("whole", fold(String.join(" ", words)));
		params.put("limit", q.size());
		params.put("offset", (long) q.page() * q.size());
		List<ProcedureSummary> items = jdbc.sql(CURRENT + " SELECT id, code, number, effective_from, content::text AS content FROM cur"
				+ where + order + " LIMIT :limit OFFSET :offset")
			.params(params).query((rs, n) -> summary(rs, at)).list();
		return new ResultPage<>(items, total);
	}

	/** Distinct fields of the versions in force, for the filter. */
	List<String> fields(LocalDate at) {
		return jdbc.sql(CURRENT + " SELECT DISTINCT field FROM cur ORDER BY field").param("at", Date.valueOf(at))
			.query(String.class).list();
	}

	private ProcedureSummary summary(ResultSet rs, LocalDate at) throws SQLException {
		ProcedureContent c = content(rs.getString("content"));
		return new ProcedureSummary(rs.getString("code"), c.nationalCode(), c.name(), c.field(), c.levelsOn(at), c.unitCodes(),
				c.channels(), c.processingTime(), c.status(), c.feeFree(), c.illustrative(), rs.getInt("number"),
				rs.getLong("id"), rs.getDate("effective_from").toLocalDate());
	}

	static List<String> words(@Nullable String q) {
		if (q == null || q.isBlank()) {
			return List.of();
		}
		return Arrays.stream(q.strip().split("\\s+")).filter(w -> !w.isEmpty()).limit(12).toList();
	}

	/** The same folding as {@code public.motcua_fold}, applied before the query so the parameter is plain. */
	static String fold(String s) {
		String d = s.replace('Đ', 'D').replace('đ', 'd');
		return java.text.Normalizer.normalize(d, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
			.toLowerCase(java.util.Locale.ROOT);
	}

	private static String escapeLike(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	ProcedureVersion mapVersion(ResultSet rs, int row) throws SQLException {
		return new ProcedureVersion(rs.getLong("id"), rs.getString("code"), rs.getInt("number"),
				rs.getDate("effective_from").toLocalDate(), content(rs.getString("content")), rs.getString("recorded_by"),
				rs.getTimestamp("recorded_at").toInstant(), rs.getString("reason"));
	}

	ProcedureContent content(String text) {
		return json.readValue(text, ProcedureContent.class);
	}

	// ------------------------------------------------------------------ internal processes

	record ProcessLock(long id, String unitCode, int version) {
	}

	Optional<ProcessLock> processLock(long procedureId, String unitCode) {
		return jdbc.sql("SELECT id, unit_code, version FROM catalog.internal_process WHERE procedure_id = :p AND unit_code = :u")
			.param("p", procedureId).param("u", unitCode)
			.query((rs, n) -> new ProcessLock(rs.getLong(1), rs.getString(2), rs.getInt(3))).optional();
	}

	long insertProcess(long procedureId, String unitCode) {
		return jdbc.sql("INSERT INTO catalog.internal_process (procedure_id, unit_code) VALUES (:p, :u) RETURNING id")
			.param("p", procedureId).param("u", unitCode).query(Long.class).single();
	}

	boolean advanceProcess(long processId, int expectedVersion) {
		return jdbc.sql("UPDATE catalog.internal_process SET version = version + 1, updated_at = now() WHERE id = :id AND version = :v")
			.param("id", processId).param("v", expectedVersion).update() == 1;
	}

	long insertProcessVersion(long processId, int number, LocalDate effectiveFrom, List<ProcessStep> steps, BigDecimal total,
			DurationUnit unit, String by) {
		return jdbc.sql("""
				INSERT INTO catalog.process_version (process_id, number, effective_from, steps, total, time_unit, recorded_by)
				VALUES (:p, :n, :from, CAST(:steps AS jsonb), :total, :unit, :by) RETURNING id""")
			.param("p", processId).param("n", number).param("from", Date.valueOf(effectiveFrom))
			.param("steps", json.writeValueAsString(steps)).param("total", total).param("unit", unit.name()).param("by", by)
			.query(Long.class).single();
	}

	private static final String PROCESS_SELECT = """
			SELECT v.id, p.code, ip.unit_code, v.number, v.effective_from, v.steps::text AS steps, v.total, v.time_unit,
			       v.recorded_by, v.recorded_at, ip.version AS lock_version
			FROM catalog.process_version v
			JOIN catalog.internal_process ip ON ip.id = v.process_id
			JOIN catalog.procedure p ON p.id = ip.procedure_id""";

	/** Every version of every process of a procedure, by unit then date. */
	List<ProcessVersion> processVersions(String procedureCode) {
		return jdbc.sql(PROCESS_SELECT + " WHERE p.code = :c ORDER BY ip.unit_code, v.effective_from, v.number")
			.param("c", procedureCode).query(this::mapProcess).list();
	}

	Map<String, Integer> processLocks(String procedureCode) {
		Map<String, Integer> locks = new HashMap<>();
		jdbc.sql("""
				SELECT ip.unit_code, ip.version FROM catalog.internal_process ip JOIN catalog.procedure p ON p.id = ip.procedure_id
				WHERE p.code = :c""").param("c", procedureCode).query(rs -> {
			locks.put(rs.getString(1), rs.getInt(2));
		});
		return locks;
	}

	Optional<ProcessVersion> processVersionAt(String procedureCode, String unitCode, LocalDate at) {
		return jdbc.sql(PROCESS_SELECT + " " + """
				 WHERE p.code = :c AND ip.unit_code = :u AND v.effective_from <= :at
				 ORDER BY v.effective_from DESC, v.number DESC LIMIT 1""")
			.param("c", procedureCode).param("u", unitCode).param("at", Date.valueOf(at)).query(this::mapProcess).optional();
	}

	Optional<ProcessVersion> processVersionById(long id) {
		return jdbc.sql(PROCESS_SELECT + " WHERE v.id = :id").param("id", id).query(this::mapProcess).optional();
	}

	/** The process versions in force on {@code at} for the given procedures (all when null), by procedure code. */
	List<ProcessVersion> currentProcesses(@Nullable Collection<String> procedureCodes, LocalDate at) {
		String sql = """
				SELECT DISTINCT ON (v.process_id) v.id, p.code, ip.unit_code, v.number, v.effective_from, v.steps::text AS steps,
				       v.total, v.time_unit, v.recorded_by, v.recorded_at, ip.version AS lock_version
				FROM catalog.process_version v
				JOIN catalog.internal_process ip ON ip.id = v.process_id
				JOIN catalog.procedure p ON p.id = ip.procedure_id
				WHERE v.effective_from <= :at""" + (procedureCodes == null ? "" : " AND p.code = ANY(CAST(:codes AS text[]))") + " " + """
				 ORDER BY v.process_id, v.effective_from DESC, v.number DESC""";
		JdbcClient.StatementSpec spec = jdbc.sql(sql).param("at", Date.valueOf(at));
		if (procedureCodes != null) {
			spec = spec.param("codes", procedureCodes.toArray(String[]::new));
		}
		List<ProcessVersion> list = new ArrayList<>(spec.query(this::mapProcess).list());
		list.sort(java.util.Comparator.comparing(ProcessVersion::procedureCode).thenComparing(ProcessVersion::unitCode));
		return list;
	}

	private ProcessVersion mapProcess(ResultSet rs, int row) throws SQLException {
		Timestamp at = rs.getTimestamp("recorded_at");
		return new ProcessVersion(rs.getLong("id"), rs.getString("code"), rs.getString("unit_code"), rs.getInt("number"),
				rs.getDate("effective_from").toLocalDate(), json.readValue(rs.getString("steps"), STEPS),
				Decimals.orZero(rs.getBigDecimal("total")), DurationUnit.valueOf(rs.getString("time_unit")),
				rs.getString("recorded_by"), at.toInstant());
	}

	static List<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}
}
