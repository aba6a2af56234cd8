package org.motcua.governance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.motcua.governance.assessment.Assessments;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The frameworks with their ranking, and one assessment with its criteria tree and scores. */
@Controller
class AssessmentPagesController {

	private final Assessments assessments;
	private final Organization organization;

	AssessmentPagesController(Assessments assessments, Organization organization) {
		this.assessments = assessments;
		this.organization = organization;
	}

	record FrameworkView(Assessments.Framework framework, List<Assessments.RankingRow> ranking) {
	}

	@GetMapping("/governance/assessments")
	String list(@RequestParam(required = false) @Nullable Integer year, Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		List<FrameworkView> views = new ArrayList<>();
		for (Assessments.Framework f : assessments.frameworks(year)) {
			views.add(new FrameworkView(f, assessments.ranking(caller, f.id())));
		}
		model.addAttribute("frameworks", views);
		return "governance/assessments";
	}

	@GetMapping("/governance/assessments/{id}")
	String assessment(@PathVariable long id, Authentication auth, Model model) {
		model.addAttribute("assessment", assessments.get(organization.caller(auth.getName()), id));
		model.addAttribute("indent", Map.of(0, "", 1, "— ", 2, "— — ", 3, "— — — "));
		return "governance/assessment";
	}
}
