package org.motcua.governance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.motcua.governance.tasks.Plan;
import org.motcua.governance.tasks.PlanKind;
import org.motcua.governance.tasks.Plans;
import org.motcua.governance.tasks.TaskCommands;
import org.motcua.governance.tasks.Tasks;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.shared.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Plans with their roadmap: the list, one plan with its milestones and tasks, and a new plan with up to five milestones. */
@Controller
class PlanPagesController {

	private final Plans plans;
	private final Tasks tasks;
	private final Organization organization;

	PlanPagesController(Plans plans, Tasks tasks, Organization organization) {
		this.plans = plans;
		this.tasks = tasks;
		this.organization = organization;
	}

	@GetMapping("/governance/plans")
	String list(@RequestParam(required = false) @Nullable Integer year, Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		model.addAttribute("plans", plans.list(caller, null, year));
		model.addAttribute("canCreate", Tasks.mayAssign(caller));
		model.addAttribute("units", organization.allUnits(caller));
		model.addAttribute("kinds", PlanKind.values());
		model.addAttribute("year", year);
		return "governance/plans";
	}

	@GetMapping("/governance/plans/{id}")
	String plan(@PathVariable long id, Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		Plan plan = plans.get(caller, id);
		model.addAttribute("plan", plan);
		model.addAttribute("tasks", tasks.list(caller, new TaskCommands.Query(null, null, null, null, id, false)));
		model.addAttribute("canAssign", Tasks.mayAssign(caller));
		return "governance/plan";
	}

	@PostMapping("/governance/plans")
	String create(@RequestParam(required = false) @Nullable PlanKind kind, @RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String unitCode, @RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String description, @RequestParam(required = false) @Nullable String decisionRef,
			@RequestParam(name = "milestoneTitle", required = false) @Nullable List<String> milestoneTitles,
			@RequestParam(name = "milestoneDue", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable List<LocalDate> milestoneDues,
			Authentication auth, RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		List<TaskCommands.NewMilestone> milestones = new ArrayList<>();
		int n = milestoneTitles == null ? 0 : milestoneTitles.size();
		for (int i = 0; i < n; i++) {
			String t = milestoneTitles.get(i);
			LocalDate d = milestoneDues != null && i < milestoneDues.size() ? milestoneDues.get(i) : null;
			if ((t != null && !t.isBlank()) || d != null) {
				milestones.add(new TaskCommands.NewMilestone(t, d));
			}
		}
		try {
			Plan p = plans.create(caller, new TaskCommands.NewPlan(kind, year, unitCode, title, description, decisionRef, milestones));
			redirect.addFlashAttribute("flash", "flash.saved");
			return "redirect:/governance/plans/" + p.id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("flash", "governance.plan.invalid");
			return "redirect:/governance/plans";
		}
	}
}
