package org.motcua.governance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.motcua.governance.assessment.Assessment;
import org.motcua.governance.assessment.Assessments;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.shared.ConflictException;
import org.motcua.shared.ForbiddenException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The frameworks with their ranking; configuring a framework's criteria tree (until a unit starts against it); one
 * assessment with its criteria tree, the unit's self-scores with evidence while a draft, the appraisal scores once
 * submitted, and submitting or closing it. Every rule is {@link Assessments}'s.
 */
@Controller
class AssessmentPagesController {

	private static final Map<Integer, String> INDENT = Map.of(0, "", 1, "— ", 2, "— — ", 3, "— — — ", 4, "— — — — ");

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
		model.addAttribute("canConfigure", Assessments.mayConfigure(caller));
		model.addAttribute("canStart", Assessments.maySelfAssess(caller));
		model.addAttribute("units", organization.allUnits(caller));
		return "governance/assessments";
	}

	@PostMapping("/governance/assessments")
	String start(@RequestParam long frameworkId, @RequestParam(required = false) @Nullable String unitCode, Authentication auth,
			RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		try {
			Assessment a = assessments.start(caller, frameworkId, unitCode);
			return "redirect:/governance/assessments/" + a.id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("startError", ex.problems().get(0));
			redirect.addFlashAttribute("startFramework", frameworkId);
			return "redirect:/governance/assessments#framework-" + frameworkId;
		}
	}

	// ------------------------------------------------------------------ frameworks

	@GetMapping("/governance/assessments/frameworks/new")
	String newFramework(Authentication auth, Model model) {
		requireConfigurer(organization.caller(auth.getName()));
		FrameworkForm form = new FrameworkForm();
		form.setScope("COMMUNE");
		form.setYear(java.time.Year.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getValue());
		model.addAttribute("form", form);
		return frameworkPage(null, model);
	}

	@PostMapping("/governance/assessments/frameworks/new")
	String createFramework(@ModelAttribute("form") FrameworkForm form, BindingResult result, Authentication auth, Model model,
			RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		if (!result.hasErrors()) {
			try {
				Assessments.Framework f = assessments.createFramework(caller, form.toCommand());
				redirect.addFlashAttribute("flash", "governance.framework.saved");
				return "redirect:/governance/assessments/frameworks/" + f.id();
			}
			catch (InvalidInputException ex) {
				form.bind(ex, result);
			}
		}
		form.pad();
		return frameworkPage(null, model);
	}

	@GetMapping("/governance/assessments/frameworks/{id}")
	String framework(@PathVariable long id, Authentication auth, Model model) {
		Assessments.Framework f = assessments.framework(id);
		model.addAttribute("form", FrameworkForm.of(f, assessments.criteria(id)));
		model.addAttribute("canConfigure", Assessments.mayConfigure(organization.caller(auth.getName())));
		return frameworkPage(f, model);
	}

	@PostMapping("/governance/assessments/frameworks/{id}")
	String updateFramework(@PathVariable long id, @ModelAttribute("form") FrameworkForm form, BindingResult result, Authentication auth,
			Model model, RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		if (!result.hasErrors()) {
			try {
				assessments.updateFramework(caller, id, form.toCommand(), form.getVersion());
				redirect.addFlashAttribute("flash", "governance.framework.saved");
				return "redirect:/governance/assessments/frameworks/" + id;
			}
			catch (InvalidInputException ex) {
				form.bind(ex, result);
			}
			catch (ConflictException ex) {
				// someone else saved first, or a unit has started: say so; a second try is based on what is stored now
				result.reject(ex.messageKey(), ex.args(), ex.messageKey());
				form.setVersion(assessments.framework(id).version());
			}
		}
		form.pad();
		model.addAttribute("canConfigure", Assessments.mayConfigure(caller));
		return frameworkPage(assessments.framework(id), model);
	}

	private String frameworkPage(Assessments.@Nullable Framework existing, Model model) {
		model.addAttribute("framework", existing);
		model.addAttribute("measures", Assessments.MEASURES);
		if (!model.containsAttribute("canConfigure")) {
			model.addAttribute("canConfigure", true);
		}
		return "governance/framework";
	}

	// ------------------------------------------------------------------ scoring

	@GetMapping("/governance/assessments/{id}")
	String assessment(@PathVariable long id, Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		Assessment a = assessments.get(caller, id);
		model.addAttribute("score", new ScoreForm());
		return assessmentPage(caller, a, a.version(), model);
	}

	@PostMapping("/governance/assessments/{id}/self-scores")
	String selfScore(@PathVariable long id, @ModelAttribute("score") ScoreForm form, BindingResult result, Authentication auth, Model model) {
		return score(id, form, result, auth, model, (caller, f) ->
				assessments.selfScore(caller, id, f.getCriterionId(), f.getScore(), f.getEvidence(), f.getVersion()));
	}

	@PostMapping("/governance/assessments/{id}/appraisal-scores")
	String appraise(@PathVariable long id, @ModelAttribute("score") ScoreForm form, BindingResult result, Authentication auth, Model model) {
		return score(id, form, result, auth, model, (caller, f) ->
				assessments.appraise(caller, id, f.getCriterionId(), f.getScore(), f.getNote(), f.getVersion()));
	}

	/** Saves one score and goes back to its row, or shows the page again with the problem next to the field. */
	private String score(long id, ScoreForm form, BindingResult result, Authentication auth, Model model,
			java.util.function.BiConsumer<Caller, ScoreForm> save) {
		Caller caller = organization.caller(auth.getName());
		if (!result.hasErrors()) {
			try {
				save.accept(caller, form);
				return "redirect:/governance/assessments/" + id + "#criterion-" + form.getCriterionId();
			}
			catch (InvalidInputException ex) {
				org.motcua.shared.FormErrors.bind(ex, result);
			}
			catch (ConflictException ex) {
				result.reject(ex.messageKey(), ex.args(), ex.messageKey());
			}
		}
		Assessment a = assessments.get(caller, id);
		return assessmentPage(caller, a, a.version(), model);
	}

	@PostMapping("/governance/assessments/{id}/advance")
	String advance(@PathVariable long id, @RequestParam int version, Authentication auth, Model model, RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		String problem;
		Object[] args;
		try {
			Assessment a = assessments.advance(caller, id, version);
			redirect.addFlashAttribute("flash", "governance.assessment.advanced." + a.status());
			return "redirect:/governance/assessments/" + id;
		}
		catch (InvalidInputException ex) {
			problem = ex.problems().get(0).messageKey();
			args = ex.problems().get(0).args();
		}
		catch (ConflictException ex) {
			problem = ex.messageKey();
			args = ex.args();
			model.addAttribute("stale", true);
		}
		model.addAttribute("advanceProblem", problem);
		model.addAttribute("advanceArgs", args);
		model.addAttribute("score", new ScoreForm());
		Assessment a = assessments.get(caller, id);
		return assessmentPage(caller, a, a.version(), model);
	}

	private String assessmentPage(Caller caller, Assessment a, int version, Model model) {
		model.addAttribute("assessment", a);
		model.addAttribute("version", version);
		model.addAttribute("indent", INDENT);
		model.addAttribute("selfScoring", a.status() == Assessment.Status.DRAFT && Assessments.maySelfAssess(caller));
		model.addAttribute("appraising", a.status() == Assessment.Status.SUBMITTED && Assessments.mayConfigure(caller));
		return "governance/assessment";
	}

	private static void requireConfigurer(Caller caller) {
		if (!Assessments.mayConfigure(caller)) {
			throw new ForbiddenException("error.governance.assessment.forbidden");
		}
	}
}
