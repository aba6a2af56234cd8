package org.motcua.organization;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.motcua.audit.AuditTrail;
import org.motcua.organization.UnitCommands.AgencyChange;
import org.motcua.organization.UnitCommands.DeskChange;
import org.motcua.organization.UnitCommands.NewAgency;
import org.motcua.organization.UnitCommands.NewCounter;
import org.motcua.organization.UnitCommands.NewDesk;
import org.motcua.organization.UnitCommands.NewGrant;
import org.motcua.organization.UnitCommands.NewOfficial;
import org.motcua.organization.UnitCommands.NewUnit;
import org.motcua.organization.UnitCommands.OfficialChange;
import org.motcua.organization.UnitCommands.UnitChange;
import org.motcua.shared.ConflictException;
import org.motcua.shared.ForbiddenException;
import org.motcua.shared.InvalidInputException;
import org.motcua.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation module's use cases. Every read is scoped to the caller's jurisdiction (what lies
 * outside it answers "not found"); every write checks role and jurisdiction and is audited in the same
 * transaction; edits carry the version the user saw, and a stale version is refused (optimistic locking).
 */
@Service
public class Organization {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .-]{8,20}");

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	Organization(JdbcClient jdbc, AuditTrail audit, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	// ---------------------------------------------------------------- callers and jurisdiction

	/** The active official with this username, whatever their jurisdiction (used at login). */
	@Transactional(readOnly = true)
	public Optional<Official> officialByUsername(String username) {
		return jdbc.sql(OFFICIAL_SELECT + " WHERE o.username = :u").param("u", username).query(this::mapOfficial).optional();
	}

	/**
	 * Resolves the caller: the official and their jurisdiction. Inside {@link #resolvedFor(Caller)} the caller
	 * resolved there is answered without reading again.
	 */
	@Transactional(readOnly = true)
	public Caller caller(String username) {
		Caller resolved = RESOLVED.get();
		if (resolved != null && resolved.username().equals(username)) {
			return resolved;
		}
		return activeCaller(username).orElseThrow(() -> new NotFoundException("error.official.not-found", username));
	}

	/** The caller with this username when the official exists and is active. */
	@Transactional(readOnly = true)
	public Optional<Caller> activeCaller(String username) {
		return officialByUsername(username).filter(Official::active).map(o -> new Caller(o, jurisdictionOf(o)));
	}

	/**
	 * Remembers {@code caller} on the current thread until the returned scope is closed, so that the use cases one
	 * request runs resolve it once: the security filter that authenticated the request opens it around the rest of
	 * the request. Work on other threads (event listeners, scheduled jobs) resolves its callers as before.
	 */
	public CallerScope resolvedFor(Caller caller) {
		Caller previous = RESOLVED.get();
		RESOLVED.set(caller);
		return () -> {
			if (previous == null) {
				RESOLVED.remove();
			}
			else {
				RESOLVED.set(previous);
			}
		};
	}

	/** The span of {@link #resolvedFor(Caller)}; closing it forgets the caller. */
	@FunctionalInterface
	public interface CallerScope extends AutoCloseable {

		@Override
		void close();
	}

	private static final ThreadLocal<@Nullable Caller> RESOLVED = new ThreadLocal<>();

	private Jurisdiction jurisdictionOf(Official official) {
		if (official.hasRole(Role.SYSTEM_ADMIN)) {
			return new Jurisdiction(official.username(), true, Set.of(), Set.of());
		}
		// the official's own unit and the units granted to them today, with everything under and after them
		Set<Long> ids = new HashSet<>();
		Set<String> codes = new HashSet<>();
		jdbc.sql("""
				WITH RECURSIVE scope(id) AS (
				    SELECT unit_id FROM organization.official WHERE id = :id
				    UNION
				    SELECT unit_id FROM organization.jurisdiction_grant
				    WHERE official_id = :id AND valid_from <= :d AND (valid_to IS NULL OR valid_to >= :d)
				    UNION
				    SELECT u.id FROM organization.admin_unit u JOIN scope s ON u.parent_id = s.id OR u.successor_id = s.id
				)
				SELECT u.id, u.code FROM organization.admin_unit u JOIN scope s ON s.id = u.id""")
			.param("id", official.id()).param("d", Date.valueOf(today()))
			.query(rs -> {
				ids.add(rs.getLong(1));
				codes.add(rs.getString(2));
			});
		return new Jurisdiction(official.username(), false, Set.copyOf(ids), Set.copyOf(codes));
	}

	// ---------------------------------------------------------------- units

	/**
	 * Units under {@code parentCode} (or the top of the caller's jurisdiction when absent), optionally only
	 * those valid on {@code at}.
	 */
	@Transactional(readOnly = true)
	public List<AdministrativeUnit> units(Caller caller, @Nullable String parentCode, @Nullable LocalDate at) {
		Jurisdiction j = caller.jurisdiction();
		List<AdministrativeUnit> result;
		if (parentCode != null && !parentCode.isBlank()) {
			AdministrativeUnit parent = unit(caller, parentCode);
			result = jdbc.sql(UNIT_SELECT + " WHERE u.parent_id = :p ORDER BY u.valid_to NULLS FIRST, u.name")
				.param("p", parent.id()).query(Organization::mapUnit).list();
		}
		else if (j.unrestricted()) {
			result = jdbc.sql(UNIT_SELECT + " WHERE u.parent_id IS NULL ORDER BY u.name").query(Organization::mapUnit).list();
		}
		else {
			// the tops of the caller's jurisdiction: units in scope whose parent is not in scope
			result = jdbc.sql(UNIT_SELECT + " WHERE u.id = ANY(:ids) AND (u.parent_id IS NULL OR NOT u.parent_id = ANY(:ids))"
					+ " ORDER BY u.valid_to NULLS FIRST, u.name")
				.param("ids", j.unitIds().toArray(Long[]::new)).query(Organization::mapUnit).list();
		}
		return result.stream()
			.filter(u -> j.coversId(u.id()))
			.filter(u -> at == null || u.isValidOn(at))
			.toList();
	}

	/** Every unit of the caller's jurisdiction, in tree order (for pickers and the tree view). */
	@Transactional(readOnly = true)
	public List<AdministrativeUnit> allUnits(Caller caller) {
		Jurisdiction j = caller.jurisdiction();
		return jdbc.sql(UNIT_SELECT + " ORDER BY l.rank, u.valid_to NULLS FIRST, u.name").query(Organization::mapUnit).list()
			.stream().filter(u -> j.coversId(u.id())).toList();
	}

	@Transactional(readOnly = true)
	public AdministrativeUnit unit(Caller caller, String code) {
		return findUnit(code).filter(u -> caller.jurisdiction().coversId(u.id()))
			.orElseThrow(() -> new NotFoundException("error.unit.not-found", code));
	}

	/** Any unit by code, outside any jurisdiction: for modules that resolve codes of public data. */
	@Transactional(readOnly = true)
	public Optional<AdministrativeUnit> findUnit(String code) {
		return jdbc.sql(UNIT_SELECT + " WHERE u.code = :c").param("c", code).query(Organization::mapUnit).optional();
	}

	/** Unit levels (province, district, commune): data, not an enum. */
	@Transactional(readOnly = true)
	public List<String> levels() {
		return jdbc.sql("SELECT code FROM organization.unit_level ORDER BY rank").query(String.class).list();
	}

	@Transactional
	public AdministrativeUnit createUnit(Caller caller, NewUnit cmd) {
		requireAdmin(caller);
		String code = upper(cmd.code());
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		problems.check(AgencyElectronicId.isValid(code), "code", "error.code.eid");
		problems.check(!blank(cmd.name()), "name", "error.required");
		problems.check(levels().contains(cmd.level()), "level", "error.unit.level");
		Long parentId = null;
		if (!blank(cmd.parentCode())) {
			Optional<AdministrativeUnit> parent = findUnit(upper(cmd.parentCode()));
			if (parent.isEmpty() || !caller.jurisdiction().coversId(parent.get().id())) {
				problems.add("parentCode", "error.unit.not-found", cmd.parentCode());
			}
			else {
				parentId = parent.get().id();
				problems.check(rank(cmd.level()) > rank(parent.get().level()), "level", "error.unit.level-below-parent");
			}
		}
		else if (!caller.isSystemAdmin()) {
			problems.add("parentCode", "error.required");
		}
		if (!problems.hasProblems() && findUnit(code).isPresent()) {
			problems.add("code", "error.code.taken", code);
		}
		problems.throwIfAny();
		LocalDate from = cmd.validFrom() != null ? cmd.validFrom() : today();
		long id = jdbc.sql("""
				INSERT INTO organization.admin_unit (code, name, level_code, parent_id, valid_from, note)
				VALUES (:code, :name, :level, :parent, :from, :note) RETURNING id""")
			.param("code", code).param("name", cmd.name().trim()).param("level", cmd.level()).param("parent", parentId)
			.param("from", Date.valueOf(from)).param("note", trimToNull(cmd.note()))
			.query(Long.class).single();
		audit.record("UNIT_CREATED", "AdministrativeUnit", code,
				"Created %s %s (%s), parent %s, valid from %s".formatted(cmd.level(), cmd.name().trim(), code,
						Objects.toString(cmd.parentCode(), "-"), from));
		return jdbc.sql(UNIT_SELECT + " WHERE u.id = :id").param("id", id).query(Organization::mapUnit).single();
	}

	/**
	 * Changes a unit, including closing it ({@code validTo}) and naming its successor: the way the 1 July 2025
	 * reorganisation is recorded (Law 72/2025/QH15): the old unit stays for history, the successor takes over.
	 */
	@Transactional
	public AdministrativeUnit updateUnit(Caller caller, String code, UnitChange cmd) {
		AdministrativeUnit current = unit(caller, code);
		requireAdmin(caller);
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		problems.check(!blank(cmd.name()), "name", "error.required");
		if (cmd.validFrom() == null) {
			throw InvalidInputException.of("validFrom", "error.required");
		}
		problems.check(cmd.validTo() == null || !cmd.validTo().isBefore(cmd.validFrom()), "validTo", "error.unit.valid-to-before-from");
		Long parentId = null;
		if (!blank(cmd.parentCode())) {
			Optional<AdministrativeUnit> parent = findUnit(upper(cmd.parentCode()));
			if (parent.isEmpty() || !caller.jurisdiction().coversId(parent.get().id())) {
				problems.add("parentCode", "error.unit.not-found", cmd.parentCode());
			}
			else if (parent.get().id() == current.id() || isDescendant(parent.get().id(), current.id())) {
				problems.add("parentCode", "error.unit.cycle");
			}
			else {
				parentId = parent.get().id();
			}
		}
		else if (current.parentCode() != null && !caller.isSystemAdmin()) {
			problems.add("parentCode", "error.required");
		}
		Long successorId = null;
		if (!blank(cmd.successorCode())) {
			Optional<AdministrativeUnit> successor = findUnit(upper(cmd.successorCode()));
			if (successor.isEmpty()) {
				problems.add("successorCode", "error.unit.not-found", cmd.successorCode());
			}
			else if (successor.get().id() == current.id()) {
				problems.add("successorCode", "error.unit.successor-self");
			}
			else {
				successorId = successor.get().id();
			}
			problems.check(cmd.validTo() != null, "validTo", "error.unit.successor-needs-end");
		}
		problems.throwIfAny();
		int updated = jdbc.sql("""
				UPDATE organization.admin_unit SET name = :name, parent_id = :parent, valid_from = :from, valid_to = :to,
				       successor_id = :successor, note = :note, version = version + 1, updated_at = now()
				WHERE id = :id AND version = :version""")
			.param("name", cmd.name().trim()).param("parent", parentId).param("from", Date.valueOf(cmd.validFrom()))
			.param("to", cmd.validTo() == null ? null : Date.valueOf(cmd.validTo())).param("successor", successorId)
			.param("note", trimToNull(cmd.note())).param("id", current.id()).param("version", cmd.version())
			.update();
		if (updated == 0) {
			throw new ConflictException(current, "error.stale", current.version());
		}
		AdministrativeUnit after = unit(caller, code);
		audit.record("UNIT_UPDATED", "AdministrativeUnit", code, diff(current, after));
		return after;
	}

	private boolean isDescendant(long candidate, long ancestor) {
		return Boolean.TRUE.equals(jdbc.sql("""
				WITH RECURSIVE d(id) AS (SELECT id FROM organization.admin_unit WHERE parent_id = :a
				    UNION SELECT u.id FROM organization.admin_unit u JOIN d ON u.parent_id = d.id)
				SELECT EXISTS (SELECT 1 FROM d WHERE id = :c)""")
			.param("a", ancestor).param("c", candidate).query(Boolean.class).single());
	}

	private static String diff(AdministrativeUnit before, AdministrativeUnit after) {
		List<String> changes = new ArrayList<>();
		change(changes, "name", before.name(), after.name());
		change(changes, "parent", before.parentCode(), after.parentCode());
		change(changes, "validFrom", before.validFrom(), after.validFrom());
		change(changes, "validTo", before.validTo(), after.validTo());
		change(changes, "successor", before.successorCode(), after.successorCode());
		change(changes, "note", before.note(), after.note());
		return changes.isEmpty() ? "No change" : String.join("; ", changes);
	}

	private static void change(List<String> changes, String field, @Nullable Object before, @Nullable Object after) {
		if (!Objects.equals(before, after)) {
			changes.add("%s: %s → %s".formatted(field, Objects.toString(before, "-"), Objects.toString(after, "-")));
		}
	}

	// ---------------------------------------------------------------- agencies

	@Transactional(readOnly = true)
	public List<Agency> agencies(Caller caller, String unitCode) {
		AdministrativeUnit unit = unit(caller, unitCode);
		return jdbc.sql(AGENCY_SELECT + " WHERE a.unit_id = :u ORDER BY a.code").param("u", unit.id())
			.query(Organization::mapAgency).list();
	}

	/** An agency by its electronic ID, current or legacy form, outside any jurisdiction. */
	@Transactional(readOnly = true)
	public Optional<Agency> findAgency(String code) {
		String c = upper(code);
		return jdbc.sql(AGENCY_SELECT + " WHERE a.code = :c OR a.legacy_code = :c").param("c", c)
			.query(Organization::mapAgency).optional();
	}

	@Transactional
	public Agency createAgency(Caller caller, NewAgency cmd) {
		AdministrativeUnit unit = unit(caller, upper(cmd.unitCode()));
		requireAdmin(caller);
		String code = upper(cmd.code());
		String legacy = blank(cmd.legacyCode()) ? null : upper(cmd.legacyCode());
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		problems.check(AgencyElectronicId.isValid(code), "code", "error.code.eid");
		problems.check(legacy == null || AgencyElectronicId.isValidLegacy(legacy), "legacyCode", "error.code.eid-legacy");
		problems.check(!blank(cmd.name()), "name", "error.required");
		if (!problems.hasProblems()) {
			problems.check(findAgency(code).isEmpty(), "code", "error.code.taken", code);
			problems.check(legacy == null || findAgency(legacy).isEmpty(), "legacyCode", "error.code.taken", legacy);
		}
		problems.throwIfAny();
		jdbc.sql("""
				INSERT INTO organization.agency (unit_id, code, legacy_code, name, kind)
				VALUES (:u, :code, :legacy, :name, :kind)""")
			.param("u", unit.id()).param("code", code).param("legacy", legacy).param("name", cmd.name().trim())
			.param("kind", cmd.kind().name()).update();
		audit.record("AGENCY_CREATED", "Agency", code, "Created agency %s (%s) in %s".formatted(cmd.name().trim(), code, unit.code()));
		return findAgency(code).orElseThrow();
	}

	@Transactional
	public Agency updateAgency(Caller caller, String code, AgencyChange cmd) {
		Agency current = findAgency(code).filter(a -> caller.jurisdiction().covers(a.unitCode()))
			.orElseThrow(() -> new NotFoundException("error.agency.not-found", code));
		requireAdmin(caller);
		String legacy = blank(cmd.legacyCode()) ? null : upper(cmd.legacyCode());
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		problems.check(!blank(cmd.name()), "name", "error.required");
		problems.check(cmd.kind() != null, "kind", "error.required");
		problems.check(legacy == null || AgencyElectronicId.isValidLegacy(legacy), "legacyCode", "error.code.eid-legacy");
		if (legacy != null && !legacy.equals(current.legacyCode())) {
			problems.check(findAgency(legacy).isEmpty(), "legacyCode", "error.code.taken", legacy);
		}
		problems.throwIfAny();
		int updated = jdbc.sql("""
				UPDATE organization.agency SET name = :name, legacy_code = :legacy, kind = :kind, active = :active,
				       version = version + 1, updated_at = now()
				WHERE id = :id AND version = :v""")
			.param("name", cmd.name().trim()).param("legacy", legacy).param("kind", cmd.kind().name())
			.param("active", cmd.active()).param("id", current.id()).param("v", cmd.version()).update();
		if (updated == 0) {
			throw new ConflictException(current, "error.stale", current.version());
		}
		Agency after = findAgency(current.code()).orElseThrow();
		audit.record("AGENCY_UPDATED", "Agency", current.code(), "Updated agency %s: name %s, kind %s, active %s"
			.formatted(current.code(), after.name(), after.kind(), after.active()));
		return after;
	}

	// ---------------------------------------------------------------- one-stop desks

	@Transactional(readOnly = true)
	public List<OneStopDesk> desks(Caller caller, String unitCode) {
		AdministrativeUnit unit = unit(caller, unitCode);
		return jdbc.sql(DESK_SELECT + " WHERE d.unit_id = :u ORDER BY d.code").param("u", unit.id())
			.query(this::mapDesk).list();
	}

	@Transactional(readOnly = true)
	public OneStopDesk desk(Caller caller, String deskCode) {
		return findDesk(deskCode).filter(d -> caller.jurisdiction().covers(d.unitCode()))
			.orElseThrow(() -> new NotFoundException("error.desk.not-found", deskCode));
	}

	private Optional<OneStopDesk> findDesk(String code) {
		return jdbc.sql(DESK_SELECT + " WHERE d.code = :c").param("c", upper(code)).query(this::mapDesk).optional();
	}

	@Transactional
	public OneStopDesk createDesk(Caller caller, NewDesk cmd) {
		AdministrativeUnit unit = unit(caller, upper(cmd.unitCode()));
		requireAdmin(caller);
		String code = upper(cmd.code());
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		problems.check(AgencyElectronicId.isValid(code), "code", "error.code.eid");
		problems.check(!blank(cmd.name()), "name", "error.required");
		if (!problems.hasProblems()) {
			problems.check(findDesk(code).isEmpty(), "code", "error.code.taken", code);
		}
		problems.throwIfAny();
		jdbc.sql("INSERT INTO organization.one_stop_desk (unit_id, code, name, address) VALUES (:u, :c, :n, :a)")
			.param("u", unit.id()).param("c", code).param("n", cmd.name().trim()).param("a", trimToNull(cmd.address()))
			.update();
		audit.record("DESK_CREATED", "OneStopDesk", code, "Created one-stop desk %s (%s) in %s".formatted(cmd.name().trim(), code, unit.code()));
		return findDesk(code).orElseThrow();
	}

	@Transactional
	public OneStopDesk updateDesk(Caller caller, String code, DeskChange cmd) {
		OneStopDesk current = desk(caller, code);
		requireAdmin(caller);
		if (blank(cmd.name())) {
			throw InvalidInputException.of("name", "error.required");
		}
		int updated = jdbc.sql("""
				UPDATE organization.one_stop_desk SET name = :n, address = :a, active = :active, version = version + 1,
				       updated_at = now() WHERE id = :id AND version = :v""")
			.param("n", cmd.name().trim()).param("a", trimToNull(cmd.address())).param("active", cmd.active())
			.param("id", current.id()).param("v", cmd.version()).update();
		if (updated == 0) {
			throw new ConflictException(current, "error.stale", current.version());
		}
		audit.record("DESK_UPDATED", "OneStopDesk", current.code(), "Updated one-stop desk %s: name %s, active %s"
			.formatted(current.code(), cmd.name().trim(), cmd.active()));
		return findDesk(current.code()).orElseThrow();
	}

	@Transactional
	public OneStopDesk addCounter(Caller caller, String deskCode, NewCounter cmd) {
		OneStopDesk desk = desk(caller, deskCode);
		requireAdmin(caller);
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		problems.check(cmd.number() > 0 && cmd.number() < 1000, "number", "error.counter.number");
		problems.check(!blank(cmd.label()), "label", "error.required");
		problems.check(desk.counters().stream().noneMatch(c -> c.number() == cmd.number()), "number", "error.code.taken", cmd.number());
		problems.throwIfAny();
		jdbc.sql("INSERT INTO organization.desk_counter (desk_id, number, label) VALUES (:d, :n, :l)")
			.param("d", desk.id()).param("n", cmd.number()).param("l", cmd.label().trim()).update();
		audit.record("COUNTER_ADDED", "OneStopDesk", desk.code(), "Added counter %d (%s)".formatted(cmd.number(), cmd.label().trim()));
		return findDesk(desk.code()).orElseThrow();
	}

	// ---------------------------------------------------------------- officials

	@Transactional(readOnly = true)
	public List<Official> officials(Caller caller, @Nullable String unitCode, @Nullable String query) {
		Jurisdiction j = caller.jurisdiction();
		StringBuilder sql = new StringBuilder(OFFICIAL_SELECT + " WHERE true");
		JdbcClient.StatementSpec spec;
		Map<String, Object> params = new java.util.HashMap<>();
		if (!blank(unitCode)) {
			AdministrativeUnit unit = unit(caller, upper(unitCode));
			sql.append(" AND o.unit_id = :unit");
			params.put("unit", unit.id());
		}
		if (!j.unrestricted()) {
			sql.append(" AND o.unit_id = ANY(:ids)");
			params.put("ids", j.unitIds().toArray(Long[]::new));
		}
		if (!blank(query)) {
			sql.append(" AND (public.motcua_fold(o.full_name) LIKE '%' || public.motcua_fold(:q) || '%' OR o.username LIKE '%' || lower(:q) || '%')");
			params.put("q", query.trim());
		}
		sql.append(" ORDER BY u.code, o.full_name");
		spec = jdbc.sql(sql.toString()).params(params);
		return spec.query(this::mapOfficial).list();
	}

	@Transactional(readOnly = true)
	public Official official(Caller caller, String username) {
		return officialByUsername(username).filter(o -> caller.jurisdiction().covers(o.unitCode()))
			.orElseThrow(() -> new NotFoundException("error.official.not-found", username));
	}

	@Transactional(readOnly = true)
	public List<Assignment> assignments(Caller caller, String username) {
		Official official = official(caller, username);
		return jdbc.sql("""
				SELECT u.code AS unit_code, a2.code AS agency_code, a.position, a.valid_from, a.valid_to, a.recorded_by, a.recorded_at
				FROM organization.official_assignment a
				JOIN organization.admin_unit u ON u.id = a.unit_id
				LEFT JOIN organization.agency a2 ON a2.id = a.agency_id
				WHERE a.official_id = :id ORDER BY a.valid_from DESC, a.id DESC""")
			.param("id", official.id())
			.query((rs, n) -> new Assignment(rs.getString("unit_code"), rs.getString("agency_code"), rs.getString("position"),
					rs.getDate("valid_from").toLocalDate(), rs.getDate("valid_to") == null ? null : rs.getDate("valid_to").toLocalDate(),
					rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	@Transactional
	public Official createOfficial(Caller caller, NewOfficial cmd) {
		requireAdmin(caller);
		String username = cmd.username() == null ? "" : cmd.username().trim().toLowerCase(Locale.ROOT);
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		problems.check(USERNAME.matcher(username).matches(), "username", "error.official.username");
		problems.check(!blank(cmd.fullName()), "fullName", "error.required");
		problems.check(cmd.email() == null || cmd.email().isBlank() || EMAIL.matcher(cmd.email().trim()).matches(), "email", "error.email");
		problems.check(cmd.phone() == null || cmd.phone().isBlank() || PHONE.matcher(cmd.phone().trim()).matches(), "phone", "error.phone");
		problems.check(!cmd.roles().isEmpty(), "roles", "error.official.roles");
		checkRoleGrant(caller, cmd.roles(), problems);
		Optional<AdministrativeUnit> unit = findUnit(upper(cmd.unitCode())).filter(u -> caller.jurisdiction().coversId(u.id()));
		if (unit.isEmpty()) {
			problems.add("unitCode", "error.unit.not-found", cmd.unitCode());
		}
		Long agencyId = agencyIdIn(cmd.agencyCode(), unit.orElse(null), problems);
		if (!problems.hasProblems() && officialByUsername(username).isPresent()) {
			problems.add("username", "error.code.taken", username);
		}
		problems.throwIfAny();
		long id = jdbc.sql("""
				INSERT INTO organization.official (username, full_name, position, unit_id, agency_id, email, phone)
				VALUES (:u, :n, :p, :unit, :agency, :e, :ph) RETURNING id""")
			.param("u", username).param("n", cmd.fullName().trim()).param("p", trimToNull(cmd.position()))
			.param("unit", unit.get().id()).param("agency", agencyId).param("e", trimToNull(cmd.email()))
			.param("ph", trimToNull(cmd.phone())).query(Long.class).single();
		saveRoles(id, cmd.roles());
		recordAssignment(caller, id, unit.get().id(), agencyId, trimToNull(cmd.position()), today());
		audit.record("OFFICIAL_CREATED", "Official", username, "Created official %s (%s) in %s with roles %s"
			.formatted(cmd.fullName().trim(), username, unit.get().code(), sortedRoles(cmd.roles())));
		return officialByUsername(username).orElseThrow();
	}

	@Transactional
	public Official updateOfficial(Caller caller, String username, OfficialChange cmd) {
		Official current = official(caller, username);
		requireAdmin(caller);
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		problems.check(!blank(cmd.fullName()), "fullName", "error.required");
		problems.check(cmd.email() == null || cmd.email().isBlank() || EMAIL.matcher(cmd.email().trim()).matches(), "email", "error.email");
		problems.check(cmd.phone() == null || cmd.phone().isBlank() || PHONE.matcher(cmd.phone().trim()).matches(), "phone", "error.phone");
		problems.check(!cmd.roles().isEmpty(), "roles", "error.official.roles");
		Set<Role> added = EnumSet.noneOf(Role.class);
		added.addAll(cmd.roles());
		added.removeAll(current.roles());
		checkRoleGrant(caller, added, problems);
		if (!caller.isSystemAdmin() && current.hasRole(Role.SYSTEM_ADMIN)) {
			throw new ForbiddenException("error.forbidden");
		}
		problems.check(!(caller.username().equals(username) && !cmd.active()), "active", "error.official.self-deactivate");
		Optional<AdministrativeUnit> unit = findUnit(upper(cmd.unitCode())).filter(u -> caller.jurisdiction().coversId(u.id()));
		if (unit.isEmpty()) {
			problems.add("unitCode", "error.unit.not-found", cmd.unitCode());
		}
		Long agencyId = agencyIdIn(cmd.agencyCode(), unit.orElse(null), problems);
		problems.throwIfAny();
		int updated = jdbc.sql("""
				UPDATE organization.official SET full_name = :n, position = :p, unit_id = :unit, agency_id = :agency,
				       email = :e, phone = :ph, active = :active, version = version + 1, updated_at = now()
				WHERE id = :id AND version = :v""")
			.param("n", cmd.fullName().trim()).param("p", trimToNull(cmd.position())).param("unit", unit.get().id())
			.param("agency", agencyId).param("e", trimToNull(cmd.email())).param("ph", trimToNull(cmd.phone()))
			.param("active", cmd.active()).param("id", current.id()).param("v", cmd.version()).update();
		if (updated == 0) {
			throw new ConflictException(current, "error.stale", current.version());
		}
		jdbc.sql("DELETE FROM organization.official_role WHERE official_id = :id").param("id", current.id()).update();
		saveRoles(current.id(), cmd.roles());
		boolean moved = !unit.get().code().equals(current.unitCode()) || !Objects.equals(trimToNull(cmd.position()), current.position())
				|| !Objects.equals(blank(cmd.agencyCode()) ? null : upper(cmd.agencyCode()), current.agencyCode());
		if (moved) {
			LocalDate from = cmd.effectiveFrom() != null ? cmd.effectiveFrom() : today();
			LocalDate currentStart = jdbc.sql("""
					SELECT max(valid_from) FROM organization.official_assignment WHERE official_id = :id AND valid_to IS NULL""")
				.param("id", current.id()).query(LocalDate.class).optional().orElse(null);
			if (currentStart != null && from.isBefore(currentStart)) {
				throw InvalidInputException.of("effectiveFrom", "error.official.effective-before-current", currentStart);
			}
			jdbc.sql("""
					UPDATE organization.official_assignment SET valid_to = GREATEST(valid_from, :to)
					WHERE official_id = :id AND valid_to IS NULL""")
				.param("to", Date.valueOf(from.minusDays(1)))
				.param("id", current.id()).update();
			recordAssignment(caller, current.id(), unit.get().id(), agencyId, trimToNull(cmd.position()), from);
		}
		Official after = officialByUsername(username).orElseThrow();
		List<String> changes = new ArrayList<>();
		change(changes, "fullName", current.fullName(), after.fullName());
		change(changes, "position", current.position(), after.position());
		change(changes, "unit", current.unitCode(), after.unitCode());
		change(changes, "agency", current.agencyCode(), after.agencyCode());
		change(changes, "roles", sortedRoles(current.roles()), sortedRoles(after.roles()));
		change(changes, "active", current.active(), after.active());
		change(changes, "email", current.email(), after.email());
		change(changes, "phone", current.phone(), after.phone());
		audit.record("OFFICIAL_UPDATED", "Official", username, changes.isEmpty() ? "No change" : String.join("; ", changes));
		return after;
	}

	@Transactional
	public void grantJurisdiction(Caller caller, NewGrant cmd) {
		if (!caller.isSystemAdmin()) {
			throw new ForbiddenException("error.forbidden");
		}
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		Optional<Official> official = officialByUsername(cmd.username());
		problems.check(official.isPresent(), "username", "error.official.not-found", cmd.username());
		Optional<AdministrativeUnit> unit = findUnit(upper(cmd.unitCode()));
		problems.check(unit.isPresent(), "unitCode", "error.unit.not-found", cmd.unitCode());
		problems.check(!blank(cmd.reason()), "reason", "error.required");
		problems.check(cmd.validTo() == null || !cmd.validTo().isBefore(cmd.validFrom()), "validTo", "error.unit.valid-to-before-from");
		problems.throwIfAny();
		jdbc.sql("""
				INSERT INTO organization.jurisdiction_grant (official_id, unit_id, reason, granted_by, valid_from, valid_to)
				VALUES (:o, :u, :r, :by, :from, :to)""")
			.param("o", official.get().id()).param("u", unit.get().id()).param("r", cmd.reason().trim())
			.param("by", caller.username()).param("from", Date.valueOf(cmd.validFrom()))
			.param("to", cmd.validTo() == null ? null : Date.valueOf(cmd.validTo())).update();
		audit.record("JURISDICTION_GRANTED", "Official", cmd.username(), "Granted jurisdiction over %s from %s to %s: %s"
			.formatted(unit.get().code(), cmd.validFrom(), Objects.toString(cmd.validTo(), "-"), cmd.reason().trim()));
	}

	private void checkRoleGrant(Caller caller, Set<Role> roles, InvalidInputException.Collector problems) {
		if (!caller.isSystemAdmin() && roles.contains(Role.SYSTEM_ADMIN)) {
			problems.add("roles", "error.official.role-not-grantable", Role.SYSTEM_ADMIN);
		}
	}

	private @Nullable Long agencyIdIn(@Nullable String agencyCode, @Nullable AdministrativeUnit unit,
			InvalidInputException.Collector problems) {
		if (blank(agencyCode)) {
			return null;
		}
		Optional<Agency> agency = findAgency(agencyCode);
		if (agency.isEmpty() || unit == null || !agency.get().unitCode().equals(unit.code())) {
			problems.add("agencyCode", "error.agency.not-in-unit", agencyCode);
			return null;
		}
		return agency.get().id();
	}

	private void saveRoles(long officialId, Set<Role> roles) {
		for (Role role : roles) {
			jdbc.sql("INSERT INTO organization.official_role (official_id, role) VALUES (:id, :r)")
				.param("id", officialId).param("r", role.name()).update();
		}
	}

	private void recordAssignment(Caller caller, long officialId, long unitId, @Nullable Long agencyId,
			@Nullable String position, LocalDate from) {
		jdbc.sql("""
				INSERT INTO organization.official_assignment (official_id, unit_id, agency_id, position, valid_from, recorded_by)
				VALUES (:o, :u, :a, :p, :f, :by)""")
			.param("o", officialId).param("u", unitId).param("a", agencyId).param("p", position)
			.param("f", Date.valueOf(from)).param("by", caller.username()).update();
	}

	private static String sortedRoles(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
	}

	private static void requireAdmin(Caller caller) {
		if (!caller.hasRole(Role.SYSTEM_ADMIN) && !caller.hasRole(Role.UNIT_ADMIN)) {
			throw new ForbiddenException("error.forbidden");
		}
	}

	private int rank(String level) {
		return jdbc.sql("SELECT rank FROM organization.unit_level WHERE code = :c").param("c", level).query(Integer.class)
			.optional().orElse(Integer.MAX_VALUE);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(VIETNAM));
	}

	private static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}

	private static String upper(@Nullable String s) {
		return s == null ? "" : s.trim().toUpperCase(Locale.ROOT);
	}

	private static @Nullable String trimToNull(@Nullable String s) {
		return blank(s) ? null : s.trim();
	}

	// ---------------------------------------------------------------- mapping

	private static final String UNIT_SELECT = """
			SELECT u.id, u.code, u.name, u.level_code, p.code AS parent_code, u.valid_from, u.valid_to,
			       s.code AS successor_code, u.note, u.version
			FROM organization.admin_unit u
			JOIN organization.unit_level l ON l.code = u.level_code
			LEFT JOIN organization.admin_unit p ON p.id = u.parent_id
			LEFT JOIN organization.admin_unit s ON s.id = u.successor_id""";

	private static final String AGENCY_SELECT = """
			SELECT a.id, u.code AS unit_code, a.code, a.legacy_code, a.name, a.kind, a.active, a.version
			FROM organization.agency a JOIN organization.admin_unit u ON u.id = a.unit_id""";

	private static final String DESK_SELECT = """
			SELECT d.id, u.code AS unit_code, d.code, d.name, d.address, d.active, d.version
			FROM organization.one_stop_desk d JOIN organization.admin_unit u ON u.id = d.unit_id""";

	private static final String OFFICIAL_SELECT = """
			SELECT o.id, o.username, o.full_name, o.position, u.code AS unit_code, u.name AS unit_name, a.code AS agency_code,
			       o.email, o.phone, o.active, o.version,
			       (SELECT string_agg(r.role, ',') FROM organization.official_role r WHERE r.official_id = o.id) AS roles
			FROM organization.official o
			JOIN organization.admin_unit u ON u.id = o.unit_id
			LEFT JOIN organization.agency a ON a.id = o.agency_id""";

	private static AdministrativeUnit mapUnit(ResultSet rs, int row) throws SQLException {
		Date to = rs.getDate("valid_to");
		return new AdministrativeUnit(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("level_code"),
				rs.getString("parent_code"), rs.getDate("valid_from").toLocalDate(), to == null ? null : to.toLocalDate(),
				rs.getString("successor_code"), rs.getString("note"), rs.getInt("version"));
	}

	private static Agency mapAgency(ResultSet rs, int row) throws SQLException {
		return new Agency(rs.getLong("id"), rs.getString("unit_code"), rs.getString("code"), rs.getString("legacy_code"),
				rs.getString("name"), AgencyKind.valueOf(rs.getString("kind")), rs.getBoolean("active"), rs.getInt("version"));
	}

	private OneStopDesk mapDesk(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<OneStopDesk.Counter> counters = jdbc.sql("SELECT number, label, active FROM organization.desk_counter WHERE desk_id = :d ORDER BY number")
			.param("d", id).query((c, n) -> new OneStopDesk.Counter(c.getInt(1), c.getString(2), c.getBoolean(3))).list();
		return new OneStopDesk(id, rs.getString("unit_code"), rs.getString("code"), rs.getString("name"),
				rs.getString("address"), rs.getBoolean("active"), rs.getInt("version"), counters);
	}

	private Official mapOfficial(ResultSet rs, int row) throws SQLException {
		String roles = rs.getString("roles");
		Set<Role> set = new LinkedHashSet<>();
		if (roles != null) {
			for (String r : roles.split(",")) {
				set.add(Role.valueOf(r));
			}
		}
		return new Official(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"), rs.getString("position"),
				rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("agency_code"), rs.getString("email"),
				rs.getString("phone"), Set.copyOf(set), rs.getBoolean("active"), rs.getInt("version"));
	}
}
