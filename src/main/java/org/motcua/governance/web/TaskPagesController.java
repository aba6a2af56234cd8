package org.motcua.governance.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.motcua.governance.tasks.Plans;
import org.motcua.governance.tasks.ReformTask;
import org.motcua.governance.tasks.TaskCommands;
import org.motcua.governance.tasks.TaskPriority;
import org.motcua.governance.tasks.TaskStatus;
import org.motcua.governance.tasks.Tasks;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.shared.ConflictException;
import org.motcua.shared.ForbiddenException;
import org.motcua.shared.FormErrors;
import org.motcua.shared.InvalidInputException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The task pages: "my tasks", the list of the office or unit a head leads (with what was escalated to them), every
 * task in the caller's jurisdiction, a task with its progress and events, and the assignment form.
 */
@Controller
class TaskPagesController {

	private final Tasks tasks;
	private final Plans plans;
	private final Organization organization;

	TaskPagesController(Tasks tasks, Plans plans, Organization organization) {
		this.tasks = tasks;
		this.plans = plans;
		this.organization = organization;
	}

	@GetMapping("/governance")
	String home() {
		return "redirect:/governance/tasks";
	}

	@GetMapping("/governance/tasks")
	String list(@RequestParam(defaultValue = "mine") String view, @RequestParam(required = false) @Nullable TaskStatus status,
			@RequestParam(required = false) @Nullable Boolean overdue, Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		String v = List.of("mine", "unit", "all").contains(view) ? view : "mine";
		TaskCommands.Query query = new TaskCommands.Query(v.equals("mine") ? caller.username() : null, null, status, overdue, null, v.equals("unit"));
		List<ReformTask> items = tasks.list(caller, query);
		model.addAttribute("tasks", items);
		model.addAttribute("view", v);
		model.addAttribute("status", status);
		model.addAttribute("overdue", overdue);
		model.addAttribute("statuses", TaskStatus.values());
		model.addAttribute("overdueCount", items.stream().filter(ReformTask::overdue).count());
		model.addAttribute("canAssign", Tasks.mayAssign(caller));
		model.addAttribute("today", tasks.today());
		return "governance/tasks";
	}

	@GetMapping("/governance/tasks/{id}")
	String task(@PathVariable long id, Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		ReformTask task = tasks.get(caller, id);
		model.addAttribute("task", task);
		model.addAttribute("colleagues", organization.officials(org.motcua.organization.Caller.system(), task.unitCode(), null));
		return "governance/task";
	}

	@GetMapping("/governance/tasks/new")
	String newTask(@RequestParam(required = false) @Nullable Long planId, Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		if (!Tasks.mayAssign(caller)) {
			throw new ForbiddenException("error.governance.task.assign-forbidden");
		}
		if (!model.containsAttribute("form")) {
			TaskForm form = new TaskForm();
			form.setUnitCode(caller.official().unitCode());
			form.setPlanId(planId);
			model.addAttribute("form", form);
		}
		return form(caller, model);
	}

	@PostMapping("/governance/tasks/new")
	String create(@ModelAttribute("form") TaskForm form, BindingResult result, Authentication auth, Model model, RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		if (!result.hasErrors()) {
			try {
				ReformTask t = tasks.create(caller, form.toCommand());
				redirect.addFlashAttribute("flash", "governance.task.created");
				return "redirect:/governance/tasks/" + t.id();
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ex, result);
			}
		}
		return form(caller, model);
	}

	private String form(Caller caller, Model model) {
		model.addAttribute("units", organization.allUnits(caller));
		model.addAttribute("priorities", TaskPriority.values());
		model.addAttribute("plans", plans.list(caller, null, null));
		return "governance/task-new";
	}

	@PostMapping("/governance/tasks/{id}/progress")
	String progress(@PathVariable long id, @RequestParam(required = false) @Nullable Integer percent,
			@RequestParam(required = false) @Nullable String note, @RequestParam int version,
			@RequestParam(name = "files", required = false) MultipartFile @Nullable [] files, Authentication auth, RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		try {
			tasks.report(caller, id, new TaskCommands.Progress(percent, note, Evidence.of(files), version));
			redirect.addFlashAttribute("flash", "governance.task.reported");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("flash", "governance.task.report-invalid");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flash", "governance.stale");
		}
		return "redirect:/governance/tasks/" + id;
	}

	@PostMapping("/governance/tasks/{id}/status")
	String status(@PathVariable long id, @RequestParam TaskStatus status, @RequestParam(required = false) @Nullable String note,
			@RequestParam int version, Authentication auth, RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		try {
			tasks.changeStatus(caller, id, new TaskCommands.StatusChange(status, note, version));
			redirect.addFlashAttribute("flash", "flash.saved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("flash", "governance.task.cancel-reason");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flash", "governance.stale");
		}
		return "redirect:/governance/tasks/" + id;
	}

	@PostMapping("/governance/tasks/{id}/reassign")
	String reassign(@PathVariable long id, @RequestParam(required = false) @Nullable String assignee, @RequestParam int version,
			Authentication auth, RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		try {
			tasks.reassign(caller, id, new TaskCommands.Reassignment(assignee, null, version));
			redirect.addFlashAttribute("flash", "flash.saved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("flash", "governance.task.reassign-invalid");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flash", "governance.stale");
		}
		return "redirect:/governance/tasks/" + id;
	}

	@GetMapping("/governance/tasks/{id}/evidence/{evidenceId}")
	org.springframework.http.ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long evidenceId, Authentication auth) {
		TaskCommands.EvidenceFile f = tasks.evidence(organization.caller(auth.getName()), id, evidenceId);
		return org.springframework.http.ResponseEntity.ok()
			.header("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
				.filename(f.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.contentType(org.springframework.http.MediaType.parseMediaType(f.contentType())).body(f.content());
	}
}
