package org.motcua.governance.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.motcua.audit.AuditTrail;
import org.motcua.governance.tasks.TaskCommands.NewMilestone;
import org.motcua.governance.tasks.TaskCommands.NewPlan;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.shared.ForbiddenException;
import org.motcua.shared.InvalidInputException;
import org.motcua.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly reform plans and remediation plans (kế hoạch khắc phục) with their roadmap of milestones; tasks attach to a
 * plan and a milestone, and a milestone is reached when all its tasks are done.
 */
@Service
public class Plans {

	private final JdbcClient jdbc;
	private final Organization organization;
	private final Tasks tasks;
	private final AuditTrail audit;

	Plans(JdbcClient jdbc, Organization organization, Tasks tasks, AuditTrail audit) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.tasks = tasks;
		this.audit = audit;
	}

	/** Plans of the units in the caller's jurisdiction, optionally of one unit and year, newest first. */
	@Transactional(readOnly = true)
	public List<Plan> list(Caller caller, @Nullable String unitCode, @Nullable Integer year) {
		List<Long> ids = jdbc.sql("""
				SELECT id, unit_code FROM governance.plan WHERE (CAST(:u AS text) IS NULL OR unit_code = :u)
				  AND (CAST(:y AS int) IS NULL OR year = :y) ORDER BY year DESC, id DESC""")
			.param("u", Tasks.upper(unitCode)).param("y", year)
			.query((rs, n) -> caller.jurisdiction().covers(rs.getString(2)) ? rs.getLong(1) : null).list()
			.stream().filter(java.util.Objects::nonNull).toList();
		return ids.stream().map(id -> load(caller, id)).toList();
	}

	@Transactional(readOnly = true)
	public Plan get(Caller caller, long id) {
		return load(caller, id);
	}

	@Transactional
	public Plan create(Caller caller, NewPlan cmd) {
		if (!Tasks.mayAssign(caller)) {
			throw new ForbiddenException("error.governance.task.assign-forbidden");
		}
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		problems.check(cmd.kind() != null, "kind", "error.required");
		problems.check(cmd.year() != null && cmd.year() >= 2000 && cmd.year() <= 2100, "year", "error.governance.year");
		String title = Tasks.trim(cmd.title());
		problems.check(title != null, "title", "error.required");
		problems.check(title == null || title.length() <= 500, "title", "error.governance.too-long", 500);
		String unit = Tasks.upper(cmd.unitCode());
		if (unit == null || organization.findUnit(unit).isEmpty()) {
			problems.add("unitCode", "error.unit.not-found", String.valueOf(unit));
		}
		else if (!caller.jurisdiction().covers(unit)) {
			throw new ForbiddenException("error.governance.outside-jurisdiction", unit);
		}
		List<NewMilestone> milestones = cmd.milestones() == null ? List.of() : cmd.milestones();
		for (int i = 0; i < milestones.size(); i++) {
			problems.check(Tasks.trim(milestones.get(i).title()) != null, "milestones[" + i + "].title", "error.required");
			problems.check(milestones.get(i).dueOn() != null, "milestones[" + i + "].dueOn", "error.required");
		}
		problems.throwIfAny();
		long id = jdbc.sql("""
				INSERT INTO governance.plan (kind, year, unit_code, title, description, decision_ref, created_by)
				VALUES (:k, :y, :u, :t, :d, :ref, :by) RETURNING id""")
			.param("k", cmd.kind().name()).param("y", cmd.year()).param("u", unit).param("t", title).param("d", Tasks.trim(cmd.description()))
			.param("ref", Tasks.trim(cmd.decisionRef())).param("by", caller.username()).query(Long.class).single();
		List<NewMilestone> sorted = new ArrayList<>(milestones);
		sorted.sort(java.util.Comparator.comparing(NewMilestone::dueOn));
		for (int i = 0; i < sorted.size(); i++) {
			jdbc.sql("INSERT INTO governance.milestone (plan_id, position, title, due_on) VALUES (:p, :i, :t, :d)")
				.param("p", id).param("i", i + 1).param("t", Tasks.trim(sorted.get(i).title())).param("d", sorted.get(i).dueOn()).update();
		}
		audit.record("PLAN_CREATED", "Plan", String.valueOf(id), "%s plan %d of %s: %s (%d milestones)".formatted(cmd.kind(), cmd.year(), unit,
				title, sorted.size()));
		return load(caller, id);
	}

	private Plan load(Caller caller, long id) {
		LocalDate today = tasks.today();
		Map<String, Object> row = jdbc.sql("SELECT * FROM governance.plan WHERE id = :id").param("id", id).query().listOfRows()
			.stream().findFirst().filter(r -> caller.jurisdiction().covers((String) r.get("unit_code")))
			.orElseThrow(() -> new NotFoundException("error.governance.plan.not-found", id));
		record Counts(long milestone, String status, LocalDate deadline) {
		}
		List<Counts> counts = jdbc.sql("SELECT coalesce(milestone_id, 0), status, deadline FROM governance.task WHERE plan_id = :p AND status <> 'CANCELLED'")
			.param("p", id).query((rs, n) -> new Counts(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate())).list();
		List<Plan.Milestone> milestones = jdbc.sql("SELECT * FROM governance.milestone WHERE plan_id = :p ORDER BY position").param("p", id)
			.query((rs, n) -> {
				long mid = rs.getLong("id");
				LocalDate due = rs.getDate("due_on").toLocalDate();
				int total = (int) counts.stream().filter(c -> c.milestone() == mid).count();
				int done = (int) counts.stream().filter(c -> c.milestone() == mid && c.status().equals("DONE")).count();
				boolean reached = total > 0 && done == total;
				return new Plan.Milestone(mid, rs.getInt("position"), rs.getString("title"), due, total, done, reached,
						!reached && today.isAfter(due));
			}).list();
		int done = (int) counts.stream().filter(c -> c.status().equals("DONE")).count();
		int overdue = (int) counts.stream().filter(c -> TaskRules.overdue(TaskStatus.valueOf(c.status()), c.deadline(), today)).count();
		return new Plan(id, PlanKind.valueOf((String) row.get("kind")), (Integer) row.get("year"), (String) row.get("unit_code"),
				(String) row.get("title"), (String) row.get("description"), (String) row.get("decision_ref"), (String) row.get("created_by"),
				milestones, counts.size(), done, overdue, (Integer) row.get("version"));
	}
}
