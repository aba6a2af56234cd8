package org.motcua.governance.inspections;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.motcua.audit.AuditTrail;
import org.motcua.governance.inspections.Inspection.MemberRole;
import org.motcua.governance.inspections.Inspection.RecommendationStatus;
import org.motcua.governance.inspections.Inspection.Status;
import org.motcua.governance.inspections.InspectionCommands.ChecklistResult;
import org.motcua.governance.inspections.InspectionCommands.Closure;
import org.motcua.governance.inspections.InspectionCommands.NewFinding;
import org.motcua.governance.inspections.InspectionCommands.NewInspection;
import org.motcua.governance.inspections.InspectionCommands.NewMember;
import org.motcua.governance.inspections.InspectionCommands.NewRecommendation;
import org.motcua.governance.tasks.Plan;
import org.motcua.governance.tasks.PlanKind;
import org.motcua.governance.tasks.Plans;
import org.motcua.governance.tasks.ReformTask;
import org.motcua.governance.tasks.TaskCommands;
import org.motcua.governance.tasks.TaskPriority;
import org.motcua.governance.tasks.TaskStatus;
import org.motcua.governance.tasks.Tasks;
import org.motcua.governance.tasks.UnitHeads;
import org.motcua.organization.AdministrativeUnit;
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
 * Inspections: inspectors, reform officers and administrators plan them with a team and the units to inspect; team
 * members record the checklist and findings; a recommendation becomes a task of the inspected unit (one responsible
 * official, the unit head by default) in the unit's remediation plan for this inspection; the team closes a
 * recommendation after following it up, which completes its task. Officials of an inspected unit see the inspection.
 */
@Service
public class Inspections {

	public static final Set<Role> PLANNERS = EnumSet.of(Role.SYSTEM_ADMIN, Role.INSPECTOR, Role.REFORM_OFFICER);

	private final JdbcClient jdbc;
	private final Organization organization;
	private final Tasks tasks;
	private final Plans plans;
	private final UnitHeads heads;
	private final AuditTrail audit;

	Inspections(JdbcClient jdbc, Organization organization, Tasks tasks, Plans plans, UnitHeads heads, AuditTrail audit) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.tasks = tasks;
		this.plans = plans;
		this.heads = heads;
		this.audit = audit;
	}

	public static boolean mayPlan(Caller caller) {
		return PLANNERS.stream().anyMatch(caller::hasRole);
	}

	@Transactional(readOnly = true)
	public List<Inspection> list(Caller caller, @Nullable Integer year) {
		List<Long> ids = jdbc.sql("SELECT id FROM governance.inspection WHERE (CAST(:y AS int) IS NULL OR year = :y) ORDER BY starts_on DESC, id DESC")
			.param("y", year).query(Long.class).list();
		List<Inspection> result = new ArrayList<>();
		for (long id : ids) {
			load(caller, id).ifPresent(result::add);
		}
		return result;
	}

	@Transactional(readOnly = true)
	public Inspection get(Caller caller, long id) {
		return load(caller, id).orElseThrow(() -> new NotFoundException("error.governance.inspection.not-found", id));
	}

	@Transactional
	public Inspection create(Caller caller, NewInspection cmd) {
		if (!mayPlan(caller)) {
			throw new ForbiddenException("error.governance.inspection.forbidden");
		}
		PlanDraft plan = validate(caller, cmd);
		long id = jdbc.sql("""
				INSERT INTO governance.inspection (title, decision_ref, year, starts_on, ends_on, status, created_by)
				VALUES (:t, :ref, :y, :s, :e, 'PLANNED', :by) RETURNING id""")
			.param("t", plan.title()).param("ref", trim(cmd.decisionRef())).param("y", cmd.year()).param("s", cmd.startsOn()).param("e", cmd.endsOn())
			.param("by", caller.username()).query(Long.class).single();
		storePlan(id, plan);
		audit.record("INSPECTION_PLANNED", "Inspection", String.valueOf(id), "%s: units %s, team %s".formatted(plan.title(), plan.units(),
				plan.members().stream().map(m -> lower(m.username()) + " (" + m.role() + ")").toList()));
		return get(caller, id);
	}

	/**
	 * Changes the plan of an inspection (title, decision, period, team, inspected units, checklist) while it is still
	 * {@code PLANNED} and nothing has been recorded against it (no checklist result, no finding): once the team has
	 * started, the plan is what they worked to. Same rules and same planners as {@link #create}, on the version read.
	 */
	@Transactional
	public Inspection updatePlan(Caller caller, long id, NewInspection cmd, int version) {
		if (!mayPlan(caller)) {
			throw new ForbiddenException("error.governance.inspection.forbidden");
		}
		Inspection current = get(caller, id);
		if (current.units().stream().anyMatch(u -> !caller.jurisdiction().covers(u.unitCode()))) {
			throw new ForbiddenException("error.governance.inspection.forbidden");
		}
		if (current.status() != Inspection.Status.PLANNED || !current.findings().isEmpty()
				|| current.checklist().stream().anyMatch(c -> !c.results().isEmpty())) {
			throw new ConflictException(current, "error.governance.inspection.not-planned");
		}
		PlanDraft plan = validate(caller, cmd);
		int updated = jdbc.sql("""
				UPDATE governance.inspection SET title = :t, decision_ref = :ref, year = :y, starts_on = :s, ends_on = :e, version = version + 1
				WHERE id = :id AND version = :v AND status = 'PLANNED'""")
			.param("t", plan.title()).param("ref", trim(cmd.decisionRef())).param("y", cmd.year()).param("s", cmd.startsOn()).param("e", cmd.endsOn())
			.param("id", id).param("v", version).update();
		if (updated == 0) {
			throw new ConflictException(current, "error.stale", current.version());
		}
		jdbc.sql("DELETE FROM governance.inspection_member WHERE inspection_id = :i").param("i", id).update();
		jdbc.sql("DELETE FROM governance.inspection_unit WHERE inspection_id = :i").param("i", id).update();
		jdbc.sql("DELETE FROM governance.inspection_criterion WHERE inspection_id = :i").param("i", id).update();
		storePlan(id, plan);
		audit.record("INSPECTION_REPLANNED", "Inspection", String.valueOf(id), "%s: units %s, team %s".formatted(plan.title(), plan.units(),
				plan.members().stream().map(m -> lower(m.username()) + " (" + m.role() + ")").toList()));
		return get(caller, id);
	}

	/** A checked plan: the title, the team, the inspected units and the checklist, normalised. */
	private record PlanDraft(String title, List<NewMember> members, Set<String> units, List<String> checklist) {
	}

	private PlanDraft validate(Caller caller, NewInspection cmd) {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		String title = trim(cmd.title());
		problems.check(title != null && title.length() <= 1000, "title", "error.required");
		problems.check(cmd.year() != null && cmd.year() >= 2000 && cmd.year() <= 2100, "year", "error.governance.year");
		problems.check(cmd.startsOn() != null, "startsOn", "error.required");
		problems.check(cmd.endsOn() != null, "endsOn", "error.required");
		if (cmd.startsOn() != null && cmd.endsOn() != null) {
			problems.check(!cmd.endsOn().isBefore(cmd.startsOn()), "endsOn", "error.governance.inspection.ends-before-start");
		}
		List<NewMember> members = cmd.members() == null ? List.of() : cmd.members();
		problems.check(members.stream().anyMatch(m -> m.role() == MemberRole.LEAD), "members", "error.governance.inspection.lead-required");
		Set<String> seen = new LinkedHashSet<>();
		for (int i = 0; i < members.size(); i++) {
			String u = lower(members.get(i).username());
			if (u == null || organization.officialByUsername(u).filter(Official::active).isEmpty()) {
				problems.add("members[" + i + "].username", "error.official.not-found", String.valueOf(u));
			}
			else if (!seen.add(u)) {
				problems.add("members[" + i + "].username", "error.governance.inspection.member-twice", u);
			}
			problems.check(members.get(i).role() != null, "members[" + i + "].role", "error.required");
		}
		Set<String> units = new LinkedHashSet<>();
		for (String code : cmd.unitCodes() == null ? List.<String>of() : cmd.unitCodes()) {
			String u = upper(code);
			if (u == null || organization.findUnit(u).isEmpty()) {
				problems.add("unitCodes", "error.unit.not-found", String.valueOf(code));
			}
			else if (!caller.jurisdiction().covers(u)) {
				throw new ForbiddenException("error.governance.outside-jurisdiction", u);
			}
			else {
				units.add(u);
			}
		}
		problems.check(!units.isEmpty() || cmd.unitCodes() != null && !cmd.unitCodes().isEmpty(), "unitCodes",
				"error.governance.inspection.units-required");
		problems.throwIfAny();
		List<String> checklist = cmd.checklist() == null ? List.of() : cmd.checklist().stream().map(Inspections::trim).filter(s -> s != null)
			.map(s -> (String) s).toList();
		return new PlanDraft(title, members, units, checklist);
	}

	private void storePlan(long id, PlanDraft plan) {
		for (NewMember m : plan.members()) {
			jdbc.sql("INSERT INTO governance.inspection_member (inspection_id, username, role) VALUES (:i, :u, :r)")
				.param("i", id).param("u", lower(m.username())).param("r", m.role().name()).update();
		}
		for (String u : plan.units()) {
			jdbc.sql("INSERT INTO governance.inspection_unit (inspection_id, unit_code) VALUES (:i, :u)").param("i", id).param("u", u).update();
		}
		for (int i = 0; i < plan.checklist().size(); i++) {
			jdbc.sql("INSERT INTO governance.inspection_criterion (inspection_id, position, text) VALUES (:i, :p, :t)")
				.param("i", id).param("p", i + 1).param("t", plan.checklist().get(i)).update();
		}
	}

	/** Records whether an inspected unit meets a criterion of the checklist. */
	@Transactional
	public Inspection recordChecklist(Caller caller, long id, long criterionId, ChecklistResult cmd) {
		Inspection inspection = requireRecorder(caller, id);
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		String unit = upper(cmd.unitCode());
		problems.check(unit != null && inspection.units().stream().anyMatch(u -> u.unitCode().equals(unit)), "unitCode",
				"error.governance.inspection.unit-not-inspected", String.valueOf(unit));
		problems.check(cmd.met() != null, "met", "error.required");
		problems.check(inspection.checklist().stream().anyMatch(c -> c.id() == criterionId), "criterionId", "error.governance.inspection.criterion");
		problems.throwIfAny();
		jdbc.sql("""
				INSERT INTO governance.checklist_result (criterion_id, unit_code, met, note, recorded_by) VALUES (:c, :u, :m, :n, :by)
				ON CONFLICT (criterion_id, unit_code) DO UPDATE SET met = :m, note = :n, recorded_by = :by""")
			.param("c", criterionId).param("u", unit).param("m", cmd.met()).param("n", trim(cmd.note())).param("by", caller.username()).update();
		audit.record("INSPECTION_CHECKLIST", "Inspection", String.valueOf(id), "Criterion %d for %s: %s".formatted(criterionId, unit,
				cmd.met() ? "met" : "not met"));
		return get(caller, id);
	}

	/**
	 * Records a finding; its recommendation, if any, becomes a task of the inspected unit in the unit's remediation plan
	 * for this inspection (created with the first recommendation), assigned by the recording inspector.
	 */
	@Transactional
	public Inspection recordFinding(Caller caller, long id, NewFinding cmd) {
		return record(caller, id, cmd, null, null);
	}

	/**
	 * Records a finding of a past inspection whose recommendation's task ended as {@code outcome} (loading history);
	 * system administrators only.
	 */
	@Transactional
	public Inspection recordHistory(Caller caller, long id, NewFinding cmd, TaskStatus outcome, @Nullable LocalDate completedOn) {
		if (!caller.isSystemAdmin()) {
			throw new ForbiddenException("error.forbidden");
		}
		return record(caller, id, cmd, outcome, completedOn);
	}

	private Inspection record(Caller caller, long id, NewFinding cmd, @Nullable TaskStatus outcome, @Nullable LocalDate completedOn) {
		Inspection inspection = requireRecorder(caller, id);
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		String unit = upper(cmd.unitCode());
		Optional<Inspection.InspectedUnit> inspected = inspection.units().stream().filter(u -> u.unitCode().equals(unit)).findFirst();
		problems.check(inspected.isPresent(), "unitCode", "error.governance.inspection.unit-not-inspected", String.valueOf(unit));
		problems.check(cmd.kind() != null, "kind", "error.required");
		problems.check(cmd.category() != null, "category", "error.required");
		String text = trim(cmd.text());
		problems.check(text != null, "text", "error.required");
		problems.check(text == null || text.length() <= 4000, "text", "error.governance.too-long", 4000);
		NewRecommendation rec = cmd.recommendation();
		String recText = rec == null ? null : trim(rec.text());
		if (rec != null && recText == null && (rec.assignee() != null || rec.deadline() != null || rec.workingDays() != null)) {
			problems.add("recommendation.text", "error.required");
		}
		problems.throwIfAny();
		long findingId = jdbc.sql("""
				INSERT INTO governance.finding (inspection_id, unit_code, kind, category, text, recorded_by) VALUES (:i, :u, :k, :c, :t, :by)
				RETURNING id""")
			.param("i", id).param("u", unit).param("k", cmd.kind().name()).param("c", cmd.category().name()).param("t", text)
			.param("by", caller.username()).query(Long.class).single();
		if (inspection.status() == Status.PLANNED) {
			jdbc.sql("UPDATE governance.inspection SET status = 'IN_PROGRESS' WHERE id = :id").param("id", id).update();
		}
		audit.record("INSPECTION_FINDING", "Inspection", String.valueOf(id), "%s %s at %s: %s".formatted(cmd.kind(), cmd.category(), unit, text));
		if (recText != null) {
			long planId = remediationPlan(caller, inspection, inspected.get());
			String assignee = trim(rec.assignee()) != null ? rec.assignee()
					: heads.headOf(unit, upper(rec.agencyCode()), null).map(Official::username).orElse(null);
			String title = recText.length() > 500 ? recText.substring(0, 497) + "..." : recText;
			TaskCommands.NewTask task = new TaskCommands.NewTask(planId, null, title, text, unit, rec.agencyCode(), assignee, List.of(),
					rec.deadline(), rec.workingDays(), TaskPriority.HIGH, "Kiến nghị kiểm tra: " + shorten(inspection.title(), 180));
			ReformTask created;
			try {
				created = outcome == null ? tasks.create(caller, task) : tasks.recordHistory(caller, task, outcome, completedOn, 100);
			}
			catch (InvalidInputException ex) {
				throw new InvalidInputException(ex.problems().stream()
					.map(p -> new InvalidInputException.FieldProblem("recommendation." + p.field(), p.messageKey(), p.args())).toList());
			}
			long recId = jdbc.sql("INSERT INTO governance.recommendation (finding_id, text, task_id, status) VALUES (:f, :t, :task, 'OPEN') RETURNING id")
				.param("f", findingId).param("t", recText).param("task", created.id()).query(Long.class).single();
			audit.record("INSPECTION_RECOMMENDATION", "Inspection", String.valueOf(id), "Recommendation %d to %s → task %d for %s, due %s"
				.formatted(recId, unit, created.id(), created.assignee(), created.deadline()));
		}
		return get(caller, id);
	}

	private long remediationPlan(Caller caller, Inspection inspection, Inspection.InspectedUnit unit) {
		if (unit.remediationPlanId() != null) {
			return unit.remediationPlanId();
		}
		Plan plan = plans.create(caller, new TaskCommands.NewPlan(PlanKind.REMEDIATION, inspection.year(), unit.unitCode(),
				shorten("Kế hoạch khắc phục sau kiểm tra: " + inspection.title(), 500), null, inspection.decisionRef(), List.of()));
		jdbc.sql("UPDATE governance.inspection_unit SET plan_id = :p WHERE inspection_id = :i AND unit_code = :u")
			.param("p", plan.id()).param("i", inspection.id()).param("u", unit.unitCode()).update();
		return plan.id();
	}

	/** Closes a recommendation after the follow-up; its task is completed if it was still open. Team members only. */
	@Transactional
	public Inspection closeRecommendation(Caller caller, long recommendationId, Closure cmd) {
		Map<String, Object> row = jdbc.sql("""
				SELECT r.status, r.task_id, r.version, f.inspection_id FROM governance.recommendation r
				JOIN governance.finding f ON f.id = r.finding_id WHERE r.id = :id""")
			.param("id", recommendationId).query().listOfRows().stream().findFirst()
			.orElseThrow(() -> new NotFoundException("error.governance.inspection.recommendation-not-found", recommendationId));
		long inspectionId = ((Number) row.get("inspection_id")).longValue();
		Inspection inspection = get(caller, inspectionId);
		if (!isMember(caller, inspection)) {
			throw new ForbiddenException("error.governance.inspection.team-only");
		}
		String note = trim(cmd.note());
		if (note == null) {
			throw InvalidInputException.of("note", "error.governance.inspection.closing-note");
		}
		if (!"OPEN".equals(row.get("status"))) {
			throw new ConflictException(inspection, "error.governance.inspection.already-closed");
		}
		int updated = jdbc.sql("""
				UPDATE governance.recommendation SET status = 'CLOSED', closed_by = :by, closed_at = now(), closing_note = :n, version = version + 1
				WHERE id = :id AND version = :v""")
			.param("by", caller.username()).param("n", note).param("id", recommendationId).param("v", cmd.version()).update();
		if (updated == 0) {
			throw new ConflictException(inspection, "error.stale", row.get("version"));
		}
		tasks.completeOnClosure(caller, ((Number) row.get("task_id")).longValue(), "Kiến nghị đã được đoàn kiểm tra đóng: " + note);
		audit.record("INSPECTION_RECOMMENDATION_CLOSED", "Inspection", String.valueOf(inspectionId), "Recommendation %d closed: %s"
			.formatted(recommendationId, note));
		return get(caller, inspectionId);
	}

	/** Concludes the inspection with its overall conclusion (the team lead or an administrator). */
	@Transactional
	public Inspection conclude(Caller caller, long id, @Nullable String conclusion, int version) {
		Inspection inspection = get(caller, id);
		boolean lead = inspection.members().stream().anyMatch(m -> m.username().equals(caller.username()) && m.role() == MemberRole.LEAD);
		if (!lead && !caller.isSystemAdmin()) {
			throw new ForbiddenException("error.governance.inspection.team-only");
		}
		String text = trim(conclusion);
		if (text == null) {
			throw InvalidInputException.of("conclusion", "error.required");
		}
		int updated = jdbc.sql("UPDATE governance.inspection SET status = 'CONCLUDED', conclusion = :c, version = version + 1 WHERE id = :id AND version = :v")
			.param("c", text).param("id", id).param("v", version).update();
		if (updated == 0) {
			throw new ConflictException(inspection, "error.stale", inspection.version());
		}
		audit.record("INSPECTION_CONCLUDED", "Inspection", String.valueOf(id), text);
		return get(caller, id);
	}

	// ------------------------------------------------------------------ reading

	private Inspection requireRecorder(Caller caller, long id) {
		Inspection inspection = get(caller, id);
		if (!inspection.mayRecord()) {
			throw new ForbiddenException("error.governance.inspection.team-only");
		}
		return inspection;
	}

	private static boolean isMember(Caller caller, Inspection inspection) {
		return caller.isSystemAdmin() || inspection.members().stream().anyMatch(m -> m.username().equals(caller.username()));
	}

	private Optional<Inspection> load(Caller caller, long id) {
		Optional<Map<String, Object>> found = jdbc.sql("SELECT * FROM governance.inspection WHERE id = :id").param("id", id).query().listOfRows()
			.stream().findFirst();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> row = found.get();
		List<Inspection.Member> members = jdbc.sql("SELECT username, role FROM governance.inspection_member WHERE inspection_id = :i ORDER BY role, username")
			.param("i", id)
			.query((rs, n) -> new Inspection.Member(rs.getString(1),
					organization.officialByUsername(rs.getString(1)).map(Official::fullName).orElse(rs.getString(1)), MemberRole.valueOf(rs.getString(2))))
			.list();
		List<Inspection.InspectedUnit> units = jdbc.sql("SELECT unit_code, plan_id FROM governance.inspection_unit WHERE inspection_id = :i ORDER BY unit_code")
			.param("i", id)
			.query((rs, n) -> {
				long plan = rs.getLong(2);
				Long planId = rs.wasNull() ? null : plan;
				return new Inspection.InspectedUnit(rs.getString(1), organization.findUnit(rs.getString(1)).map(AdministrativeUnit::name)
					.orElse(rs.getString(1)), planId);
			}).list();
		boolean member = caller.isSystemAdmin() || members.stream().anyMatch(m -> m.username().equals(caller.username()));
		if (!member && units.stream().noneMatch(u -> caller.jurisdiction().covers(u.unitCode()))) {
			return Optional.empty();
		}
		Map<Long, List<Inspection.Result>> results = new HashMap<>();
		jdbc.sql("""
				SELECT r.criterion_id, r.unit_code, r.met, r.note FROM governance.checklist_result r
				JOIN governance.inspection_criterion c ON c.id = r.criterion_id WHERE c.inspection_id = :i ORDER BY r.unit_code""")
			.param("i", id)
			.query(rs -> {
				results.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Inspection.Result(rs.getString(2), rs.getBoolean(3), rs.getString(4)));
			});
		List<Inspection.Criterion> checklist = jdbc.sql("SELECT id, position, text FROM governance.inspection_criterion WHERE inspection_id = :i ORDER BY position")
			.param("i", id)
			.query((rs, n) -> new Inspection.Criterion(rs.getLong(1), rs.getInt(2), rs.getString(3), results.getOrDefault(rs.getLong(1), List.of())))
			.list();
		LocalDate today = tasks.today();
		Map<Long, List<Inspection.Recommendation>> recs = new HashMap<>();
		jdbc.sql("""
				SELECT r.*, t.assignee, t.deadline, t.status AS task_status, t.percent FROM governance.recommendation r
				JOIN governance.finding f ON f.id = r.finding_id JOIN governance.task t ON t.id = r.task_id
				WHERE f.inspection_id = :i ORDER BY r.id""")
			.param("i", id)
			.query(rs -> {
				TaskStatus ts = TaskStatus.valueOf(rs.getString("task_status"));
				LocalDate deadline = rs.getDate("deadline").toLocalDate();
				RecommendationStatus status = RecommendationStatus.valueOf(rs.getString("status"));
				Timestamp closedAt = rs.getTimestamp("closed_at");
				recs.computeIfAbsent(rs.getLong("finding_id"), k -> new ArrayList<>()).add(new Inspection.Recommendation(rs.getLong("id"),
						rs.getString("text"), rs.getLong("task_id"), rs.getString("assignee"), deadline, ts,
						status == RecommendationStatus.OPEN && ts.open() && today.isAfter(deadline), rs.getInt("percent"), status,
						rs.getString("closed_by"), closedAt == null ? null : closedAt.toInstant(), rs.getString("closing_note"), rs.getInt("version")));
			});
		List<Inspection.Finding> findings = jdbc.sql("SELECT * FROM governance.finding WHERE inspection_id = :i ORDER BY unit_code, kind DESC, id")
			.param("i", id)
			.query((rs, n) -> new Inspection.Finding(rs.getLong("id"), rs.getString("unit_code"), FindingKind.valueOf(rs.getString("kind")),
					FindingCategory.valueOf(rs.getString("category")), rs.getString("text"), rs.getString("recorded_by"),
					rs.getTimestamp("recorded_at").toInstant(), recs.getOrDefault(rs.getLong("id"), List.of())))
			.list()
			.stream().filter(f -> member || caller.jurisdiction().covers(f.unitCode())).toList();
		List<Inspection.Recommendation> all = findings.stream().flatMap(f -> f.recommendations().stream()).toList();
		int closed = (int) all.stream().filter(r -> r.status() == RecommendationStatus.CLOSED).count();
		Inspection.FollowUp followUp = new Inspection.FollowUp(all.size(), closed, all.size() - closed,
				(int) all.stream().filter(Inspection.Recommendation::taskOverdue).count());
		Status status = Status.valueOf((String) row.get("status"));
		return Optional.of(new Inspection(id, (String) row.get("title"), (String) row.get("decision_ref"), (Integer) row.get("year"),
				((java.sql.Date) row.get("starts_on")).toLocalDate(), ((java.sql.Date) row.get("ends_on")).toLocalDate(), status,
				(String) row.get("conclusion"), (String) row.get("created_by"), members, units, checklist, findings, followUp,
				member && status != Status.CONCLUDED, (Integer) row.get("version")));
	}

	private static String shorten(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max - 3) + "...";
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
