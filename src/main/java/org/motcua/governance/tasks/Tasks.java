package org.motcua.governance.tasks;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.motcua.calendar.WorkingCalendar;
import org.motcua.calendar.WorkingCalendars;
import org.motcua.governance.tasks.TaskCommands.EvidenceFile;
import org.motcua.governance.tasks.TaskCommands.NewTask;
import org.motcua.governance.tasks.TaskCommands.Progress;
import org.motcua.governance.tasks.TaskCommands.Query;
import org.motcua.governance.tasks.TaskCommands.Reassignment;
import org.motcua.governance.tasks.TaskCommands.StatusChange;
import org.motcua.organization.Agency;
import org.motcua.organization.Caller;
import org.motcua.organization.Official;
import org.motcua.organization.Organization;
import org.motcua.organization.Role;
import org.motcua.shared.ConflictException;
import org.motcua.shared.ForbiddenException;
import org.motcua.shared.InvalidInputException;
import org.motcua.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reform tasks: each has one responsible official (never a group), an owning unit and optionally its office, a
 * deadline on the owning unit's working calendar, a status, and progress reports with evidence. Who may do what:
 * leaders, heads, reform officers, inspectors and administrators assign within their jurisdiction; only the
 * responsible official reports progress; the responsible official or the head starts and completes; the head, the
 * assigner or a leader cancels or reassigns. Every change is audited in its transaction and checks the version read.
 */
@Service
public class Tasks {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
	public static final Set<Role> ASSIGNERS = EnumSet.of(Role.SYSTEM_ADMIN, Role.LEADER, Role.UNIT_HEAD, Role.REFORM_OFFICER, Role.INSPECTOR);
	static final long MAX_EVIDENCE_BYTES = 10L * 1024 * 1024;

	private final JdbcClient jdbc;
	private final Organization organization;
	private final WorkingCalendars calendars;
	private final UnitHeads heads;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Tasks(JdbcClient jdbc, Organization organization, WorkingCalendars calendars, UnitHeads heads, AuditTrail audit,
			ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.calendars = calendars;
		this.heads = heads;
		this.audit = audit;
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	public static boolean mayAssign(Caller caller) {
		return ASSIGNERS.stream().anyMatch(caller::hasRole);
	}

	// ------------------------------------------------------------------ queries

	/** Tasks the caller may see (their jurisdiction, plus what is assigned or escalated to them), filtered, most urgent first. */
	@Transactional(readOnly = true)
	public List<ReformTask> list(Caller caller, Query query) {
		LocalDate today = today();
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		where.add("true");
		params.put("me", caller.username());
		if (!caller.jurisdiction().unrestricted()) {
			where.add("(t.unit_code = ANY(:units) OR t.assignee = :me OR t.escalated_to = :me OR t.created_by = :me)");
			params.put("units", caller.jurisdiction().unitCodes().toArray(String[]::new));
		}
		if (query.assignee() != null && !query.assignee().isBlank()) {
			where.add("t.assignee = :assignee");
			params.put("assignee", query.assignee().equals("me") ? caller.username() : query.assignee().strip().toLowerCase(Locale.ROOT));
		}
		if (query.unitCode() != null && !query.unitCode().isBlank()) {
			where.add("(t.unit_code = :unit OR t.agency_code = :unit)");
			params.put("unit", query.unitCode().strip().toUpperCase(Locale.ROOT));
		}
		if (query.status() != null) {
			where.add("t.status = :status");
			params.put("status", query.status().name());
		}
		if (query.overdue() != null) {
			String overdue = "(t.status IN ('NOT_STARTED','IN_PROGRESS') AND t.deadline < :today)";
			where.add(query.overdue() ? overdue : "NOT " + overdue);
			params.put("today", today);
		}
		if (query.planId() != null) {
			where.add("t.plan_id = :plan");
			params.put("plan", query.planId());
		}
		if (query.headOf()) {
			List<String> mine = new ArrayList<>();
			mine.add("t.escalated_to = :me");
			if (caller.hasRole(Role.UNIT_HEAD) && caller.official().agencyCode() != null) {
				mine.add("t.agency_code = :myAgency");
				params.put("myAgency", caller.official().agencyCode());
			}
			if (caller.hasRole(Role.LEADER)) {
				mine.add("t.unit_code = :myUnit");
				params.put("myUnit", caller.official().unitCode());
			}
			where.add("(" + String.join(" OR ", mine) + ")");
		}
		String sql = SELECT + " WHERE " + String.join(" AND ", where)
				+ " ORDER BY (t.status IN ('NOT_STARTED','IN_PROGRESS')) DESC, t.deadline, t.id";
		return jdbc.sql(sql).params(params).query((rs, n) -> map(rs, caller, today, List.of(), List.of())).list();
	}

	@Transactional(readOnly = true)
	public ReformTask get(Caller caller, long id) {
		return load(caller, id, true);
	}

	/** An evidence file of a task the caller may see. */
	@Transactional(readOnly = true)
	public EvidenceFile evidence(Caller caller, long taskId, long evidenceId) {
		load(caller, taskId, false);
		return jdbc.sql("""
				SELECT e.file_name, e.content_type, e.content FROM governance.evidence e
				JOIN governance.task_report r ON r.id = e.report_id WHERE e.id = :e AND r.task_id = :t""")
			.param("e", evidenceId).param("t", taskId)
			.query((rs, n) -> new EvidenceFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional()
			.orElseThrow(() -> new NotFoundException("error.governance.task.not-found", taskId));
	}

	/** Share of the tasks of a unit or office with a deadline in {@code year} that were done by their deadline. */
	public record OnTimeStats(int due, int doneOnTime, int doneLate, int open) {
	}

	@Transactional(readOnly = true)
	public OnTimeStats onTimeStats(String unitOrAgencyCode, int year) {
		LocalDate today = today();
		int[] c = new int[4];
		jdbc.sql("""
				SELECT status, deadline, completed_on FROM governance.task
				WHERE (unit_code = :u OR agency_code = :u) AND status <> 'CANCELLED'
				  AND deadline BETWEEN :from AND :to""")
			.param("u", unitOrAgencyCode).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
			.query(rs -> {
				c[0]++;
				TaskStatus s = TaskStatus.valueOf(rs.getString(1));
				Boolean onTime = TaskRules.doneOnTime(s, rs.getDate(2).toLocalDate(), date(rs, 3));
				if (onTime == null) {
					// open: late once the deadline has passed, still possible otherwise
					if (today.isAfter(rs.getDate(2).toLocalDate())) {
						c[2]++;
					}
					else {
						c[3]++;
					}
				}
				else if (onTime) {
					c[1]++;
				}
				else {
					c[2]++;
				}
			});
		return new OnTimeStats(c[0], c[1], c[2], c[3]);
	}

	// ------------------------------------------------------------------ changes

	@Transactional
	public ReformTask create(Caller caller, NewTask cmd) {
		return insert(caller, cmd, false);
	}

	/**
	 * Records a task of the past as it happened (loading history, e.g. the tasks of an earlier year's plan): the
	 * deadline may lie in the past and the outcome is given. System administrators only; audited like any assignment.
	 */
	@Transactional
	public ReformTask recordHistory(Caller caller, NewTask cmd, TaskStatus outcome, @Nullable LocalDate completedOn, int percent) {
		if (!caller.isSystemAdmin()) {
			throw new ForbiddenException("error.forbidden");
		}
		ReformTask t = insert(caller, cmd, true);
		jdbc.sql("UPDATE governance.task SET status = :s, completed_on = :c, percent = :p WHERE id = :id")
			.param("s", outcome.name()).param("c", outcome == TaskStatus.DONE ? completedOn : null).param("p", percent).param("id", t.id()).update();
		event(t.id(), "STATUS", caller.username(), null, outcome.name() + " (recorded afterwards)");
		audit.record("TASK_HISTORY_RECORDED", "ReformTask", String.valueOf(t.id()), "Recorded outcome %s, completed %s".formatted(outcome, completedOn));
		return load(caller, t.id(), true);
	}

	private ReformTask insert(Caller caller, NewTask cmd, boolean history) {
		if (!mayAssign(caller)) {
			throw new ForbiddenException("error.governance.task.assign-forbidden");
		}
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		String title = trim(cmd.title());
		problems.check(title != null, "title", "error.required");
		problems.check(title == null || title.length() <= 500, "title", "error.governance.too-long", 500);
		problems.check(cmd.description() == null || cmd.description().length() <= 4000, "description", "error.governance.too-long", 4000);
		String unitCode = upper(cmd.unitCode());
		if (unitCode == null) {
			problems.add("unitCode", "error.required");
		}
		else if (organization.findUnit(unitCode).isEmpty()) {
			problems.add("unitCode", "error.unit.not-found", unitCode);
		}
		else if (!caller.jurisdiction().covers(unitCode)) {
			throw new ForbiddenException("error.governance.outside-jurisdiction", unitCode);
		}
		String agencyCode = upper(cmd.agencyCode());
		if (agencyCode != null && unitCode != null) {
			Optional<Agency> agency = organization.findAgency(agencyCode);
			problems.check(agency.isPresent() && agency.get().unitCode().equals(unitCode), "agencyCode", "error.governance.task.agency-not-in-unit",
					agencyCode, unitCode);
		}
		String assignee = lower(cmd.assignee());
		if (assignee == null) {
			problems.add("assignee", "error.governance.task.assignee-required");
		}
		else if (unitCode != null) {
			checkAssignee(assignee, unitCode, problems);
		}
		List<String> coUnits = new ArrayList<>(new LinkedHashSet<>(cmd.coUnits() == null ? List.<String>of()
				: cmd.coUnits().stream().map(Tasks::upper).filter(c -> c != null && !c.isBlank()).map(c -> (String) c).toList()));
		for (String co : coUnits) {
			if (organization.findUnit(co).isEmpty() && organization.findAgency(co).isEmpty()) {
				problems.add("coUnits", "error.unit.not-found", co);
			}
		}
		LocalDate today = today();
		LocalDate deadline = null;
		if (cmd.deadline() == null && cmd.workingDays() == null) {
			problems.add("deadline", "error.required");
		}
		else if (cmd.deadline() != null && cmd.deadline().isBefore(today) && !history) {
			problems.add("deadline", "error.governance.task.deadline-past");
		}
		else if (cmd.deadline() == null && (cmd.workingDays() < 1 || cmd.workingDays() > 1000)) {
			problems.add("workingDays", "error.governance.task.working-days");
		}
		Long milestoneId = cmd.milestoneId();
		if (cmd.planId() != null) {
			Optional<String> planUnit = jdbc.sql("SELECT unit_code FROM governance.plan WHERE id = :id").param("id", cmd.planId()).query(String.class).optional();
			problems.check(planUnit.isPresent() && caller.jurisdiction().covers(planUnit.get()), "planId", "error.governance.plan.not-found", cmd.planId());
			if (milestoneId != null) {
				problems.check(jdbc.sql("SELECT count(*) FROM governance.milestone WHERE id = :m AND plan_id = :p").param("m", milestoneId)
					.param("p", cmd.planId()).query(Integer.class).single() == 1, "milestoneId", "error.governance.plan.milestone-not-found");
			}
		}
		else {
			milestoneId = null;
		}
		problems.throwIfAny();
		WorkingCalendar calendar = calendars.forUnit(unitCode);
		deadline = cmd.deadline() != null ? TaskRules.onWorkingDay(calendar, cmd.deadline())
				: TaskRules.afterWorkingDays(calendar, today, cmd.workingDays());
		TaskPriority priority = cmd.priority() == null ? TaskPriority.NORMAL : cmd.priority();
		long id = jdbc.sql("""
				INSERT INTO governance.task (plan_id, milestone_id, title, description, unit_code, agency_code, assignee, co_units, deadline,
				    priority, status, source, created_by)
				VALUES (:plan, :ms, :title, :d, :u, :a, :as, CAST(:co AS text[]), :dl, :p, 'NOT_STARTED', :src, :by) RETURNING id""")
			.param("plan", cmd.planId()).param("ms", milestoneId).param("title", title).param("d", trim(cmd.description()))
			.param("u", unitCode).param("a", agencyCode).param("as", assignee).param("co", coUnits.toArray(String[]::new))
			.param("dl", deadline).param("p", priority.name()).param("src", trim(cmd.source())).param("by", caller.username())
			.query(Long.class).single();
		event(id, "CREATED", caller.username(), assignee, null);
		audit.record("TASK_CREATED", "ReformTask", String.valueOf(id),
				"Assigned \"%s\" of %s to %s, due %s".formatted(title, agencyCode == null ? unitCode : agencyCode, assignee, deadline));
		if (!history) {
			events.publishEvent(new TaskEvents.TaskAssigned(id, title, unitCode, agencyCode, assignee, deadline, caller.username(),
					trim(cmd.source()), false, clock.instant()));
		}
		return load(caller, id, true);
	}

	/** A progress report by the responsible official, with evidence files; reporting on a task not started starts it. */
	@Transactional
	public ReformTask report(Caller caller, long id, Progress cmd) {
		ReformTask task = load(caller, id, false);
		if (!task.assignee().equals(caller.username())) {
			throw new ForbiddenException("error.governance.task.only-assignee");
		}
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		problems.check(task.status().open(), "status", "error.governance.task.closed");
		problems.check(cmd.percent() != null && cmd.percent() >= 0 && cmd.percent() <= 100, "percent", "error.governance.task.percent");
		String note = trim(cmd.note());
		problems.check(note != null, "note", "error.required");
		problems.check(note == null || note.length() <= 4000, "note", "error.governance.too-long", 4000);
		for (EvidenceFile f : cmd.evidence()) {
			problems.check(f.content().length > 0 && f.content().length <= MAX_EVIDENCE_BYTES, "evidence", "error.governance.task.evidence-size", 10);
		}
		problems.throwIfAny();
		int percent = cmd.percent();
		String status = task.status() == TaskStatus.NOT_STARTED ? TaskStatus.IN_PROGRESS.name() : task.status().name();
		bump(task, cmd.version(), "status = :s, percent = :pc", Map.of("s", status, "pc", percent));
		long reportId = jdbc.sql("INSERT INTO governance.task_report (task_id, reported_by, percent, note) VALUES (:t, :by, :p, :n) RETURNING id")
			.param("t", id).param("by", caller.username()).param("p", percent).param("n", note).query(Long.class).single();
		for (EvidenceFile f : cmd.evidence()) {
			jdbc.sql("INSERT INTO governance.evidence (report_id, file_name, content_type, size, content) VALUES (:r, :n, :t, :s, :c)")
				.param("r", reportId).param("n", f.fileName().isBlank() ? "evidence" : f.fileName()).param("t", f.contentType())
				.param("s", f.content().length).param("c", f.content()).update();
		}
		audit.record("TASK_PROGRESS", "ReformTask", String.valueOf(id), "%d%%: %s (%d evidence files)".formatted(percent, note, cmd.evidence().size()));
		return load(caller, id, true);
	}

	/** Starts, completes or cancels a task, if its status allows that move and the caller may make it. */
	@Transactional
	public ReformTask changeStatus(Caller caller, long id, StatusChange cmd) {
		ReformTask task = load(caller, id, false);
		if (cmd.status() == null) {
			throw InvalidInputException.of("status", "error.required");
		}
		if (!allowed(caller, task).contains(cmd.status().name())) {
			if (!task.status().next().contains(cmd.status())) {
				throw new ConflictException(load(caller, id, true), "error.governance.task.transition", task.status().name(), cmd.status().name())
					.with("allowedActions", task.allowedActions());
			}
			throw new ForbiddenException("error.governance.task.status-forbidden");
		}
		String note = trim(cmd.note());
		if (cmd.status() == TaskStatus.CANCELLED && note == null) {
			throw InvalidInputException.of("note", "error.governance.task.cancel-reason");
		}
		finish(task, cmd.status(), caller.username(), note, cmd.version());
		return load(caller, id, true);
	}

	/**
	 * Marks a task done on behalf of whoever closes the recommendation it came from (the inspector, after the follow-up),
	 * unless it is already done or cancelled.
	 */
	@Transactional
	public void completeOnClosure(Caller caller, long id, String note) {
		ReformTask task = load(Caller.system(), id, false);
		if (task.status().open()) {
			finish(task, TaskStatus.DONE, caller.username(), note, task.version());
		}
	}

	private void finish(ReformTask task, TaskStatus to, String actor, @Nullable String note, int version) {
		Map<String, Object> set = new HashMap<>();
		set.put("s", to.name());
		set.put("done", to == TaskStatus.DONE ? today() : null);
		bump(task, version, "status = :s, completed_on = :done" + (to == TaskStatus.DONE ? ", percent = 100" : ""), set);
		event(task.id(), "STATUS", actor, null, to.name() + (note == null ? "" : ": " + note));
		audit.record("TASK_" + to.name(), "ReformTask", String.valueOf(task.id()),
				"%s → %s%s".formatted(task.status(), to, note == null ? "" : ": " + note));
	}

	/** Gives the task to another official of the owning unit: still exactly one responsible official. */
	@Transactional
	public ReformTask reassign(Caller caller, long id, Reassignment cmd) {
		ReformTask task = load(caller, id, false);
		if (!task.allowedActions().contains("REASSIGN")) {
			throw new ForbiddenException("error.governance.task.status-forbidden");
		}
		String assignee = lower(cmd.assignee());
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		if (assignee == null) {
			problems.add("assignee", "error.governance.task.assignee-required");
		}
		else {
			checkAssignee(assignee, task.unitCode(), problems);
		}
		problems.throwIfAny();
		bump(task, cmd.version(), "assignee = :a", Map.of("a", assignee));
		event(id, "REASSIGNED", caller.username(), assignee, trim(cmd.note()));
		audit.record("TASK_REASSIGNED", "ReformTask", String.valueOf(id), "%s → %s".formatted(task.assignee(), assignee));
		events.publishEvent(new TaskEvents.TaskAssigned(id, task.title(), task.unitCode(), task.agencyCode(), assignee, task.deadline(),
				caller.username(), task.source(), true, clock.instant()));
		return load(caller, id, true);
	}

	// ------------------------------------------------------------------ used by the reminder job

	record Due(long id, String title, String unitCode, @Nullable String agencyCode, String assignee, LocalDate deadline,
			TaskStatus status, @Nullable LocalDate remindedOn, @Nullable LocalDate escalatedOn) {
	}

	List<Due> openTasks() {
		return jdbc.sql("""
				SELECT id, title, unit_code, agency_code, assignee, deadline, status, reminded_on, escalated_on FROM governance.task
				WHERE status IN ('NOT_STARTED','IN_PROGRESS') ORDER BY deadline, id""")
			.query((rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getDate(6).toLocalDate(), TaskStatus.valueOf(rs.getString(7)), date(rs, 8), date(rs, 9)))
			.list();
	}

	void remind(Due task, LocalDate today) {
		jdbc.sql("UPDATE governance.task SET reminded_on = :d WHERE id = :id").param("d", today).param("id", task.id()).update();
		event(task.id(), "REMINDER", "system", task.assignee(), "deadline " + task.deadline());
		audit.record("TASK_REMINDED", "ReformTask", String.valueOf(task.id()), "Reminded %s: due %s".formatted(task.assignee(), task.deadline()));
		events.publishEvent(new TaskEvents.TaskReminderDue(task.id(), task.title(), task.unitCode(), task.agencyCode(), task.assignee(),
				task.deadline(), today));
	}

	/** Escalates to the head of the owning unit; false when the unit has nobody to escalate to. */
	boolean escalate(Due task, LocalDate today) {
		Optional<Official> head = heads.headOf(task.unitCode(), task.agencyCode(), task.assignee());
		String to = head.map(Official::username).orElse(null);
		jdbc.sql("UPDATE governance.task SET escalated_on = :d, escalated_to = :to WHERE id = :id").param("d", today).param("to", to)
			.param("id", task.id()).update();
		event(task.id(), "ESCALATION", "system", to, "overdue since " + task.deadline().plusDays(1));
		audit.record("TASK_ESCALATED", "ReformTask", String.valueOf(task.id()),
				"Overdue (due %s, responsible %s): escalated to %s".formatted(task.deadline(), task.assignee(), to == null ? "nobody (no head found)" : to));
		if (to != null) {
			events.publishEvent(new TaskEvents.TaskEscalated(task.id(), task.title(), task.unitCode(), task.agencyCode(), task.assignee(), to,
					task.deadline(), today));
		}
		return to != null;
	}

	WorkingCalendar calendarOf(String unitCode) {
		return calendars.forUnit(unitCode);
	}

	// ------------------------------------------------------------------ internals

	private void checkAssignee(String assignee, String unitCode, InvalidInputException.Collector problems) {
		Optional<Official> official = organization.officialByUsername(assignee).filter(Official::active);
		if (official.isEmpty()) {
			problems.add("assignee", "error.official.not-found", assignee);
		}
		else if (!official.get().unitCode().equals(unitCode)) {
			problems.add("assignee", "error.governance.task.assignee-not-in-unit", assignee, unitCode);
		}
	}

	private void bump(ReformTask task, int version, String set, Map<String, ?> params) {
		int updated = jdbc.sql("UPDATE governance.task SET " + set + ", version = version + 1 WHERE id = :id AND version = :v")
			.params(params).param("id", task.id()).param("v", version).update();
		if (updated == 0) {
			throw new ConflictException(get(Caller.system(), task.id()), "error.stale", task.version());
		}
	}

	private void event(long taskId, String kind, String actor, @Nullable String recipient, @Nullable String note) {
		jdbc.sql("INSERT INTO governance.task_event (task_id, kind, actor, recipient, note) VALUES (:t, :k, :a, :r, :n)")
			.param("t", taskId).param("k", kind).param("a", actor).param("r", recipient).param("n", note).update();
	}

	private ReformTask load(Caller caller, long id, boolean details) {
		LocalDate today = today();
		Optional<ReformTask> plain = jdbc.sql(SELECT + " WHERE t.id = :id").param("id", id)
			.query((rs, n) -> map(rs, caller, today, List.of(), List.of())).optional();
		ReformTask t = plain.filter(x -> visible(caller, x)).orElseThrow(() -> new NotFoundException("error.governance.task.not-found", id));
		if (!details) {
			return t;
		}
		Map<Long, List<ReformTask.Evidence>> evidence = new HashMap<>();
		jdbc.sql("""
				SELECT e.id, e.report_id, e.file_name, e.content_type, e.size FROM governance.evidence e
				JOIN governance.task_report r ON r.id = e.report_id WHERE r.task_id = :t ORDER BY e.id""")
			.param("t", id)
			.query(rs -> {
				evidence.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
					.add(new ReformTask.Evidence(rs.getLong(1), rs.getString(3), rs.getString(4), rs.getLong(5)));
			});
		List<ReformTask.Report> reports = jdbc.sql("SELECT * FROM governance.task_report WHERE task_id = :t ORDER BY reported_at DESC, id DESC")
			.param("t", id)
			.query((rs, n) -> new ReformTask.Report(rs.getLong("id"), rs.getString("reported_by"), rs.getTimestamp("reported_at").toInstant(),
					rs.getInt("percent"), rs.getString("note"), evidence.getOrDefault(rs.getLong("id"), List.of())))
			.list();
		List<ReformTask.Event> events = jdbc.sql("SELECT * FROM governance.task_event WHERE task_id = :t ORDER BY at, id").param("t", id)
			.query((rs, n) -> new ReformTask.Event(rs.getTimestamp("at").toInstant(), rs.getString("kind"), rs.getString("actor"),
					rs.getString("recipient"), rs.getString("note")))
			.list();
		return jdbc.sql(SELECT + " WHERE t.id = :id").param("id", id).query((rs, n) -> map(rs, caller, today, reports, events)).single();
	}

	private static boolean visible(Caller caller, ReformTask t) {
		return caller.jurisdiction().covers(t.unitCode()) || t.assignee().equals(caller.username())
				|| caller.username().equals(t.escalatedTo()) || t.createdBy().equals(caller.username());
	}

	/** The moves this caller may make on the task now. */
	static List<String> allowed(Caller caller, ReformTask t) {
		List<String> actions = new ArrayList<>();
		if (!t.status().open()) {
			return actions;
		}
		boolean assignee = t.assignee().equals(caller.username());
		boolean head = UnitHeads.heads(caller, t.unitCode(), t.agencyCode()) || caller.isSystemAdmin();
		boolean assigner = t.createdBy().equals(caller.username());
		if (assignee) {
			actions.add("REPORT");
		}
		if (t.status() == TaskStatus.NOT_STARTED && (assignee || head)) {
			actions.add(TaskStatus.IN_PROGRESS.name());
		}
		if (assignee || head) {
			actions.add(TaskStatus.DONE.name());
		}
		if (head || assigner) {
			actions.add(TaskStatus.CANCELLED.name());
			actions.add("REASSIGN");
		}
		return actions;
	}

	private static final String SELECT = """
			SELECT t.*, p.title AS plan_title
			FROM governance.task t LEFT JOIN governance.plan p ON p.id = t.plan_id""";

	private ReformTask map(ResultSet rs, Caller caller, LocalDate today, List<ReformTask.Report> reports, List<ReformTask.Event> events)
			throws SQLException {
		TaskStatus status = TaskStatus.valueOf(rs.getString("status"));
		LocalDate deadline = rs.getDate("deadline").toLocalDate();
		LocalDate completed = date(rs, "completed_on");
		Array co = rs.getArray("co_units");
		long planId = rs.getLong("plan_id");
		Long plan = rs.wasNull() ? null : planId;
		long msId = rs.getLong("milestone_id");
		Long milestone = rs.wasNull() ? null : msId;
		String assigneeName = organization.officialByUsername(rs.getString("assignee")).map(Official::fullName).orElse(null);
		ReformTask t = new ReformTask(rs.getLong("id"), plan, rs.getString("plan_title"), milestone, rs.getString("title"),
				rs.getString("description"), rs.getString("unit_code"), rs.getString("agency_code"), rs.getString("assignee"),
				assigneeName == null ? rs.getString("assignee") : assigneeName,
				co == null ? List.of() : Arrays.asList((String[]) co.getArray()), deadline, TaskPriority.valueOf(rs.getString("priority")),
				status, TaskRules.overdue(status, deadline, today), TaskRules.doneOnTime(status, deadline, completed), rs.getInt("percent"),
				rs.getString("source"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), completed,
				date(rs, "reminded_on"), date(rs, "escalated_on"), rs.getString("escalated_to"), reports, events, List.of(),
				rs.getInt("version"));
		return withActions(t, allowed(caller, t));
	}

	private static ReformTask withActions(ReformTask t, List<String> actions) {
		return new ReformTask(t.id(), t.planId(), t.planTitle(), t.milestoneId(), t.title(), t.description(), t.unitCode(), t.agencyCode(),
				t.assignee(), t.assigneeName(), t.coUnits(), t.deadline(), t.priority(), t.status(), t.overdue(), t.doneOnTime(), t.percent(),
				t.source(), t.createdBy(), t.createdAt(), t.completedOn(), t.remindedOn(), t.escalatedOn(), t.escalatedTo(), t.reports(),
				t.events(), List.copyOf(actions), t.version());
	}

	private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		java.sql.Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}

	private static @Nullable LocalDate date(ResultSet rs, int column) throws SQLException {
		java.sql.Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}

	static @Nullable String trim(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	static @Nullable String upper(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
	}

	static @Nullable String lower(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT);
	}
}
