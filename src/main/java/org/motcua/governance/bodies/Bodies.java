package org.motcua.governance.bodies;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.motcua.audit.AuditTrail;
import org.motcua.governance.bodies.SteeringBody.AdviserKind;
import org.motcua.governance.bodies.SteeringBody.Kind;
import org.motcua.governance.bodies.SteeringBody.Membership;
import org.motcua.organization.Caller;
import org.motcua.organization.Official;
import org.motcua.organization.Organization;
import org.motcua.organization.Role;
import org.motcua.shared.ConflictException;
import org.motcua.shared.ForbiddenException;
import org.motcua.shared.InvalidInputException;
import org.motcua.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Steering committees, working groups and their membership history; advisers assigned to units. Memberships are never
 * edited or deleted: a change of role or person ends one membership and starts another, so the history stays. A body
 * has at most one current head; a person holds at most one current place in a body. Changes need {@code SYSTEM_ADMIN},
 * {@code UNIT_ADMIN}, {@code LEADER} or {@code REFORM_OFFICER} over the unit and the body's version.
 */
@Service
public class Bodies {

	public static final Set<Role> EDITORS = EnumSet.of(Role.SYSTEM_ADMIN, Role.UNIT_ADMIN, Role.LEADER, Role.REFORM_OFFICER);

	private final JdbcClient jdbc;
	private final Organization organization;
	private final AuditTrail audit;

	Bodies(JdbcClient jdbc, Organization organization, AuditTrail audit) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.audit = audit;
	}

	public record NewBody(@Nullable String unitCode, @Nullable Kind kind, @Nullable String name, @Nullable String foundingDecision,
			@Nullable LocalDate foundedOn) {
	}

	/** A new place in the body: an official ({@code username}) or someone outside the system ({@code fullName}). */
	public record NewMembership(@Nullable String username, @Nullable String fullName, @Nullable String title, SteeringBody.@Nullable Role role,
			@Nullable LocalDate fromOn, @Nullable String decisionRef, int version) {
	}

	public static boolean mayEdit(Caller caller) {
		return EDITORS.stream().anyMatch(caller::hasRole);
	}

	@Transactional(readOnly = true)
	public List<SteeringBody> list(Caller caller, @Nullable String unitCode) {
		return jdbc.sql("SELECT id, unit_code FROM governance.body WHERE (CAST(:u AS text) IS NULL OR unit_code = :u) ORDER BY unit_code, kind, id")
			.param("u", upper(unitCode)).query((rs, n) -> caller.jurisdiction().covers(rs.getString(2)) ? rs.getLong(1) : null).list()
			.stream().filter(java.util.Objects::nonNull).map(id -> load(id).orElseThrow()).toList();
	}

	@Transactional(readOnly = true)
	public SteeringBody get(Caller caller, long id) {
		return load(id).filter(b -> caller.jurisdiction().covers(b.unitCode()))
			.orElseThrow(() -> new NotFoundException("error.governance.body.not-found", id));
	}

	@Transactional
	public SteeringBody create(Caller caller, NewBody cmd) {
		requireEditor(caller);
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		String unit = upper(cmd.unitCode());
		if (unit == null || organization.findUnit(unit).isEmpty()) {
			problems.add("unitCode", "error.unit.not-found", String.valueOf(unit));
		}
		else if (!caller.jurisdiction().covers(unit)) {
			throw new ForbiddenException("error.governance.outside-jurisdiction", unit);
		}
		problems.check(cmd.kind() != null, "kind", "error.required");
		problems.check(trim(cmd.name()) != null, "name", "error.required");
		problems.check(trim(cmd.foundingDecision()) != null, "foundingDecision", "error.required");
		problems.check(cmd.foundedOn() != null, "foundedOn", "error.required");
		problems.throwIfAny();
		long id = jdbc.sql("""
				INSERT INTO governance.body (unit_code, kind, name, founding_decision, founded_on, created_by)
				VALUES (:u, :k, :n, :d, :f, :by) RETURNING id""")
			.param("u", unit).param("k", cmd.kind().name()).param("n", cmd.name().strip()).param("d", cmd.foundingDecision().strip())
			.param("f", cmd.foundedOn()).param("by", caller.username()).query(Long.class).single();
		audit.record("BODY_FOUNDED", "SteeringBody", String.valueOf(id), "%s %s of %s (%s)".formatted(cmd.kind(), cmd.name().strip(), unit,
				cmd.foundingDecision().strip()));
		return get(caller, id);
	}

	@Transactional
	public SteeringBody addMember(Caller caller, long bodyId, NewMembership cmd) {
		requireEditor(caller);
		SteeringBody body = get(caller, bodyId);
		requireCovers(caller, body.unitCode());
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		String username = lower(cmd.username());
		String fullName = trim(cmd.fullName());
		if (username != null) {
			Optional<Official> official = organization.officialByUsername(username).filter(Official::active);
			if (official.isEmpty()) {
				problems.add("username", "error.official.not-found", username);
			}
			else {
				fullName = official.get().fullName();
				String u = username;
				problems.check(body.current().stream().noneMatch(m -> u.equals(m.username())), "username", "error.governance.body.already-member", u);
			}
		}
		else if (fullName == null) {
			problems.add("fullName", "error.governance.body.who");
		}
		problems.check(trim(cmd.title()) != null, "title", "error.required");
		problems.check(cmd.role() != null, "role", "error.required");
		problems.check(cmd.fromOn() != null && !cmd.fromOn().isBefore(body.foundedOn()), "fromOn", "error.governance.body.from-on");
		if (cmd.role() == SteeringBody.Role.HEAD) {
			problems.check(body.current().stream().noneMatch(m -> m.role() == SteeringBody.Role.HEAD), "role", "error.governance.body.one-head");
		}
		problems.throwIfAny();
		bump(body, cmd.version());
		jdbc.sql("""
				INSERT INTO governance.body_membership (body_id, username, full_name, title, role, from_on, decision_ref, recorded_by)
				VALUES (:b, :u, :n, :t, :r, :f, :d, :by)""")
			.param("b", bodyId).param("u", username).param("n", fullName).param("t", cmd.title().strip()).param("r", cmd.role().name())
			.param("f", cmd.fromOn()).param("d", trim(cmd.decisionRef())).param("by", caller.username()).update();
		audit.record("BODY_MEMBER_ADDED", "SteeringBody", String.valueOf(bodyId), "%s (%s) as %s from %s".formatted(fullName, cmd.title().strip(),
				cmd.role(), cmd.fromOn()));
		return get(caller, bodyId);
	}

	/** Ends a current membership on {@code toOn} (the person leaves the body or changes role). */
	@Transactional
	public SteeringBody endMembership(Caller caller, long bodyId, long membershipId, @Nullable LocalDate toOn, int version) {
		requireEditor(caller);
		SteeringBody body = get(caller, bodyId);
		requireCovers(caller, body.unitCode());
		Membership m = body.current().stream().filter(x -> x.id() == membershipId).findFirst()
			.orElseThrow(() -> new NotFoundException("error.governance.body.membership-not-found", membershipId));
		if (toOn == null || toOn.isBefore(m.fromOn())) {
			throw InvalidInputException.of("toOn", "error.governance.body.to-on");
		}
		bump(body, version);
		jdbc.sql("UPDATE governance.body_membership SET to_on = :t WHERE id = :id").param("t", toOn).param("id", membershipId).update();
		audit.record("BODY_MEMBER_ENDED", "SteeringBody", String.valueOf(bodyId), "%s (%s) until %s".formatted(m.fullName(), m.role(), toOn));
		return get(caller, bodyId);
	}

	// ------------------------------------------------------------------ advisers

	@Transactional(readOnly = true)
	public List<SteeringBody.Adviser> advisers(Caller caller, @Nullable String unitCode) {
		return jdbc.sql("SELECT * FROM governance.unit_adviser WHERE (CAST(:u AS text) IS NULL OR unit_code = :u) ORDER BY unit_code, from_on DESC, id")
			.param("u", upper(unitCode))
			.query((rs, n) -> {
				java.sql.Date to = rs.getDate("to_on");
				String username = rs.getString("username");
				return new SteeringBody.Adviser(rs.getLong("id"), rs.getString("unit_code"), username,
						organization.officialByUsername(username).map(Official::fullName).orElse(username), AdviserKind.valueOf(rs.getString("kind")),
						rs.getDate("from_on").toLocalDate(), to == null ? null : to.toLocalDate());
			}).list()
			.stream().filter(a -> caller.jurisdiction().covers(a.unitCode()) || a.username().equals(caller.username())).toList();
	}

	@Transactional
	public SteeringBody.Adviser assignAdviser(Caller caller, @Nullable String unitCode, @Nullable String username, @Nullable AdviserKind kind,
			@Nullable LocalDate fromOn) {
		requireEditor(caller);
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		String unit = upper(unitCode);
		if (unit == null || organization.findUnit(unit).isEmpty()) {
			problems.add("unitCode", "error.unit.not-found", String.valueOf(unit));
		}
		else {
			requireCovers(caller, unit);
		}
		String u = lower(username);
		problems.check(u != null && organization.officialByUsername(u).filter(Official::active).isPresent(), "username", "error.official.not-found",
				String.valueOf(u));
		problems.check(kind != null, "kind", "error.required");
		problems.check(fromOn != null, "fromOn", "error.required");
		problems.throwIfAny();
		long id = jdbc.sql("INSERT INTO governance.unit_adviser (unit_code, username, kind, from_on, recorded_by) VALUES (:u, :n, :k, :f, :by) RETURNING id")
			.param("u", unit).param("n", u).param("k", kind.name()).param("f", fromOn).param("by", caller.username()).query(Long.class).single();
		audit.record("ADVISER_ASSIGNED", "Unit", unit, "%s as %s from %s".formatted(u, kind, fromOn));
		return advisers(Caller.system(), unit).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
	}

	// ------------------------------------------------------------------ internals

	private void bump(SteeringBody body, int version) {
		if (jdbc.sql("UPDATE governance.body SET version = version + 1 WHERE id = :id AND version = :v").param("id", body.id()).param("v", version)
			.update() == 0) {
			throw new ConflictException(body, "error.stale", body.version());
		}
	}

	private Optional<SteeringBody> load(long id) {
		return jdbc.sql("SELECT * FROM governance.body WHERE id = :id").param("id", id).query().listOfRows().stream().findFirst().map(row -> {
			List<Membership> all = jdbc.sql("SELECT * FROM governance.body_membership WHERE body_id = :b ORDER BY role, from_on, id").param("b", id)
				.query((rs, n) -> {
					java.sql.Date to = rs.getDate("to_on");
					return new Membership(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"), rs.getString("title"),
							SteeringBody.Role.valueOf(rs.getString("role")), rs.getDate("from_on").toLocalDate(), to == null ? null : to.toLocalDate(),
							rs.getString("decision_ref"));
				}).list();
			java.sql.Date dissolved = (java.sql.Date) row.get("dissolved_on");
			return new SteeringBody(id, (String) row.get("unit_code"), Kind.valueOf((String) row.get("kind")), (String) row.get("name"),
					(String) row.get("founding_decision"), ((java.sql.Date) row.get("founded_on")).toLocalDate(),
					dissolved == null ? null : dissolved.toLocalDate(), all.stream().filter(m -> m.toOn() == null).toList(),
					all.stream().filter(m -> m.toOn() != null).toList(), (Integer) row.get("version"));
		});
	}

	private void requireEditor(Caller caller) {
		if (!mayEdit(caller)) {
			throw new ForbiddenException("error.governance.body.forbidden");
		}
	}

	private static void requireCovers(Caller caller, String unit) {
		if (!caller.jurisdiction().covers(unit)) {
			throw new ForbiddenException("error.governance.outside-jurisdiction", unit);
		}
	}

	private static @Nullable String trim(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static @Nullable String upper(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
	}

	private static @Nullable String lower(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT);
	}
}
