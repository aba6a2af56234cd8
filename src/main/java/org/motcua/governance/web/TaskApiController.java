package org.motcua.governance.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.motcua.governance.tasks.Plan;
import org.motcua.governance.tasks.Plans;
import org.motcua.governance.tasks.ReformTask;
import org.motcua.governance.tasks.TaskCommands;
import org.motcua.governance.tasks.TaskReminders;
import org.motcua.governance.tasks.TaskStatus;
import org.motcua.governance.tasks.Tasks;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.shared.ForbiddenException;
import org.motcua.shared.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reform plans and tasks: lists, assignment, progress, status, reassignment, and the reminder run. */
@RestController
@RequestMapping("/api/v1/governance")
@Tag(name = "Governance")
class TaskApiController {

	private final Tasks tasks;
	private final Plans plans;
	private final TaskReminders reminders;
	private final Organization organization;

	TaskApiController(Tasks tasks, Plans plans, TaskReminders reminders, Organization organization) {
		this.tasks = tasks;
		this.plans = plans;
		this.reminders = reminders;
		this.organization = organization;
	}

	record TaskList(List<ReformTask> items, int total, long overdue) {
	}

	record ProgressRequest(@Nullable Integer percent, @Nullable String note, @Nullable Integer version) {
	}

	record StatusRequest(@Nullable TaskStatus status, @Nullable String note, @Nullable Integer version) {
	}

	record ReassignRequest(@Nullable String assignee, @Nullable String note, @Nullable Integer version) {
	}

	@GetMapping("/tasks")
	@Operation(summary = "Tasks the caller may see: assignee (a username or 'me'), unitCode (the owning unit or office), status, overdue, planId; "
			+ "headOf=true lists the tasks of the office or unit the caller heads and those escalated to them")
	TaskList list(@RequestParam(required = false) @Nullable String assignee, @RequestParam(required = false) @Nullable String unitCode,
			@RequestParam(required = false) @Nullable TaskStatus status, @RequestParam(required = false) @Nullable Boolean overdue,
			@RequestParam(required = false) @Nullable Long planId, @RequestParam(defaultValue = "false") boolean headOf, Authentication auth) {
		List<ReformTask> items = tasks.list(caller(auth), new TaskCommands.Query(assignee, unitCode, status, overdue, planId, headOf));
		return new TaskList(items, items.size(), items.stream().filter(ReformTask::overdue).count());
	}

	@GetMapping("/tasks/{id}")
	ReformTask get(@PathVariable long id, Authentication auth) {
		return tasks.get(caller(auth), id);
	}

	@PostMapping("/tasks")
	@Operation(summary = "Assign a task (LEADER, UNIT_HEAD, REFORM_OFFICER, INSPECTOR, SYSTEM_ADMIN): title, description, unitCode, agencyCode, "
			+ "assignee (one official of the unit), coUnits, deadline or workingDays, priority, planId, milestoneId")
	ResponseEntity<ReformTask> create(@RequestBody TaskCommands.NewTask body, Authentication auth) {
		ReformTask t = tasks.create(caller(auth), body);
		return ResponseEntity.created(URI.create("/api/v1/governance/tasks/" + t.id())).body(t);
	}

	@PostMapping("/tasks/{id}/progress")
	@Operation(summary = "Report progress (the responsible official): percent, note, version")
	ReformTask progress(@PathVariable long id, @RequestBody ProgressRequest body, Authentication auth) {
		return tasks.report(caller(auth), id, new TaskCommands.Progress(body.percent(), body.note(), List.of(), version(body.version())));
	}

	@PostMapping(path = "/tasks/{id}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Report progress with evidence files (multipart: percent, note, version, files)")
	ReformTask progressWithEvidence(@PathVariable long id, @RequestParam(required = false) @Nullable Integer percent,
			@RequestParam(required = false) @Nullable String note, @RequestParam(required = false) @Nullable Integer version,
			@RequestParam(name = "files", required = false) org.springframework.web.multipart.@Nullable MultipartFile[] files, Authentication auth) {
		return tasks.report(caller(auth), id, new TaskCommands.Progress(percent, note, Evidence.of(files), version(version)));
	}

	@PostMapping("/tasks/{id}/status")
	@Operation(summary = "Start, complete or cancel (with a reason): status IN_PROGRESS, DONE or CANCELLED, note, version")
	ReformTask status(@PathVariable long id, @RequestBody StatusRequest body, Authentication auth) {
		return tasks.changeStatus(caller(auth), id, new TaskCommands.StatusChange(body.status(), body.note(), version(body.version())));
	}

	@PostMapping("/tasks/{id}/reassign")
	@Operation(summary = "Give the task to another official of the owning unit (the head, the assigner, a leader)")
	ReformTask reassign(@PathVariable long id, @RequestBody ReassignRequest body, Authentication auth) {
		return tasks.reassign(caller(auth), id, new TaskCommands.Reassignment(body.assignee(), body.note(), version(body.version())));
	}

	@GetMapping("/tasks/{id}/evidence/{evidenceId}")
	ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long evidenceId, Authentication auth) {
		TaskCommands.EvidenceFile f = tasks.evidence(caller(auth), id, evidenceId);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(f.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(f.contentType())).body(f.content());
	}

	@PostMapping("/tasks/reminders/run")
	@Operation(summary = "Run the daily reminder and escalation now (SYSTEM_ADMIN)")
	TaskReminders.Run runReminders(Authentication auth) {
		if (!caller(auth).isSystemAdmin()) {
			throw new ForbiddenException("error.forbidden");
		}
		return reminders.runFor(tasks.today());
	}

	@GetMapping("/plans")
	List<Plan> plans(@RequestParam(required = false) @Nullable String unitCode, @RequestParam(required = false) @Nullable Integer year,
			Authentication auth) {
		return plans.list(caller(auth), unitCode, year);
	}

	@GetMapping("/plans/{id}")
	Plan plan(@PathVariable long id, Authentication auth) {
		return plans.get(caller(auth), id);
	}

	@PostMapping("/plans")
	@Operation(summary = "Create a yearly or remediation plan with its milestones: kind, year, unitCode, title, description, decisionRef, milestones[{title,dueOn}]")
	ResponseEntity<Plan> createPlan(@RequestBody TaskCommands.NewPlan body, Authentication auth) {
		Plan p = plans.create(caller(auth), body);
		return ResponseEntity.created(URI.create("/api/v1/governance/plans/" + p.id())).body(p);
	}

	private Caller caller(Authentication auth) {
		return organization.caller(auth.getName());
	}

	static int version(@Nullable Integer version) {
		if (version == null) {
			throw InvalidInputException.of("version", "error.required");
		}
		return version;
	}
}
