package org.motcua.catalog.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.motcua.calendar.DurationUnit;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.CatalogCommands;
import org.motcua.catalog.CatalogRoles;
import org.motcua.catalog.Channel;
import org.motcua.catalog.FeeKind;
import org.motcua.catalog.InternalProcess;
import org.motcua.catalog.Procedure;
import org.motcua.catalog.ProcedureQuery;
import org.motcua.catalog.ProcedureStatus;
import org.motcua.catalog.ProcedureVersion;
import org.motcua.catalog.ProcessRules;
import org.motcua.catalog.ProcessingTime;
import org.motcua.catalog.PublicationTracking;
import org.motcua.catalog.ResultPage;
import org.motcua.catalog.ProcedureSummary;
import org.motcua.catalog.Subject;
import org.motcua.organization.AdministrativeUnit;
import org.motcua.organization.Agency;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.organization.Role;
import org.motcua.shared.ConflictException;
import org.motcua.shared.ForbiddenException;
import org.motcua.shared.FormErrors;
import org.motcua.shared.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Catalogue pages for officials: the searchable list (the search refreshes only the results through htmx), a
 * procedure with every field, its versions and internal processes, the edit form, and the process designer.
 */
@Controller
class CatalogPagesController {

	static final int PAGE_SIZE = 25;
	static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

	private final Catalog catalog;
	private final Organization organization;
	private final PublicationTracking publication;

	CatalogPagesController(Catalog catalog, Organization organization, PublicationTracking publication) {
		this.catalog = catalog;
		this.organization = organization;
		this.publication = publication;
	}

	@GetMapping("/catalog/publication")
	String publication(@RequestParam(required = false) @Nullable String unitCode, Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		PublicationTracking.Report report = publication.report(blankToNull(unitCode));
		model.addAttribute("report", report);
		model.addAttribute("unitCode", unitCode == null ? "" : unitCode);
		model.addAttribute("units", organization.allUnits(caller));
		return "catalog/publication";
	}

	// ------------------------------------------------------------------ list

	@GetMapping("/catalog")
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String level,
			@RequestParam(required = false) @Nullable String field, @RequestParam(required = false) @Nullable String unitCode,
			@RequestParam(required = false) @Nullable Channel channel, @RequestParam(required = false) @Nullable ProcedureStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		int p = Math.max(0, page);
		ResultPage<ProcedureSummary> result = catalog.search(new ProcedureQuery(q, level, field, blankToNull(unitCode), channel, status,
				null, p, PAGE_SIZE));
		model.addAttribute("result", result);
		model.addAttribute("page", p);
		model.addAttribute("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("level", level == null ? "" : level);
		model.addAttribute("field", field == null ? "" : field);
		model.addAttribute("unitCode", unitCode == null ? "" : unitCode);
		model.addAttribute("channel", channel);
		model.addAttribute("status", status);
		model.addAttribute("stats", catalog.stats(blankToNull(unitCode), null));
		if (htmx != null) {
			return "catalog/list :: rows";
		}
		model.addAttribute("levels", catalog.levels());
		model.addAttribute("fields", catalog.fields());
		model.addAttribute("units", organization.allUnits(caller));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("statuses", ProcedureStatus.values());
		model.addAttribute("canEdit", CatalogRoles.any(caller, CatalogRoles.EDITORS));
		return "catalog/list";
	}

	// ------------------------------------------------------------------ detail

	@GetMapping("/catalog/procedures/{code}")
	String detail(@PathVariable String code, @RequestParam(required = false) @Nullable Integer version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate at,
			Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		Procedure procedure = catalog.procedure(code, at);
		ProcedureVersion shown = version == null ? procedure.current() : catalog.procedureVersion(code, version);
		model.addAttribute("procedure", procedure);
		model.addAttribute("shown", shown);
		model.addAttribute("c", shown.content());
		model.addAttribute("stepLines", lines(shown.content().implementationSteps()));
		model.addAttribute("zone", ZONE);
		model.addAttribute("issues", publication.issues(shown));
		List<InternalProcess> processes = catalog.processes(code, at);
		model.addAttribute("processes", processes);
		Map<String, List<ProcessRules.Stage>> stages = new LinkedHashMap<>();
		for (InternalProcess ip : processes) {
			stages.put(ip.unitCode(), ProcessRules.stages(ip.current().steps()));
		}
		model.addAttribute("stages", stages);
		model.addAttribute("unitNames", unitNames(caller));
		model.addAttribute("missingProcesses", shown.content().unitCodes().stream()
			.filter(u -> processes.stream().noneMatch(ip -> ip.unitCode().equals(u))).toList());
		model.addAttribute("canEdit", CatalogRoles.any(caller, CatalogRoles.EDITORS)
				&& shown.content().unitCodes().stream().allMatch(u -> caller.jurisdiction().covers(u)));
		model.addAttribute("editableUnits", shown.content().unitCodes().stream().filter(u -> caller.jurisdiction().covers(u)).toList());
		return "catalog/detail";
	}

	// ------------------------------------------------------------------ create and edit

	@GetMapping("/catalog/procedures/new")
	String newForm(Authentication auth, Model model) {
		Caller caller = editor(auth);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ProcedureForm.blank());
		}
		return editPage(caller, model, null);
	}

	@PostMapping("/catalog/procedures/new")
	String create(@ModelAttribute("form") ProcedureForm form, BindingResult result, @RequestParam(defaultValue = "save") String action,
			Authentication auth, Model model, RedirectAttributes redirect) {
		Caller caller = editor(auth);
		if (!action.equals("save")) {
			form.apply(action);
			return editPage(caller, model, null);
		}
		if (!result.hasErrors()) {
			try {
				Procedure p = catalog.create(caller, new CatalogCommands.NewProcedure(form.getCode(), form.toContent(), form.getEffectiveFrom()));
				redirect.addFlashAttribute("flash", "catalog.flash.created");
				return "redirect:/catalog/procedures/" + p.code();
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ProcedureForm.formFields(ex), result);
			}
		}
		return editPage(caller, model, null);
	}

	@GetMapping("/catalog/procedures/{code}/edit")
	String editForm(@PathVariable String code, Authentication auth, Model model) {
		Caller caller = editor(auth);
		Procedure p = catalog.procedure(code, null);
		ProcedureVersion latest = catalog.procedureVersion(code, p.versions().get(p.versions().size() - 1).number());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ProcedureForm.of(p.code(), latest.content(), p.version()));
		}
		return editPage(caller, model, p);
	}

	@PostMapping("/catalog/procedures/{code}/edit")
	String update(@PathVariable String code, @ModelAttribute("form") ProcedureForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Authentication auth, Model model, RedirectAttributes redirect) {
		Caller caller = editor(auth);
		Procedure p = catalog.procedure(code, null);
		form.setCode(p.code());
		if (!action.equals("save")) {
			form.apply(action);
			return editPage(caller, model, p);
		}
		if (!result.hasErrors()) {
			try {
				catalog.update(caller, code, new CatalogCommands.ProcedureChange(form.toContent(), form.getEffectiveFrom(), form.getReason(),
						form.getVersion()));
				redirect.addFlashAttribute("flash", "flash.saved");
				return "redirect:/catalog/procedures/" + p.code();
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ProcedureForm.formFields(ex), result);
			}
			catch (ConflictException ex) {
				result.reject("error.stale", new Object[] { p.version() }, "error.stale");
				ProcedureVersion latest = catalog.procedureVersion(code, p.versions().get(p.versions().size() - 1).number());
				model.addAttribute("form", ProcedureForm.of(p.code(), latest.content(), p.version()));
			}
		}
		return editPage(caller, model, p);
	}

	private String editPage(Caller caller, Model model, @Nullable Procedure procedure) {
		model.addAttribute("procedure", procedure);
		model.addAttribute("levels", catalog.levels());
		model.addAttribute("units", organization.allUnits(caller));
		model.addAttribute("subjects", Subject.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("statuses", ProcedureStatus.values());
		model.addAttribute("durationUnits", DurationUnit.values());
		model.addAttribute("feeKinds", FeeKind.values());
		model.addAttribute("fields", catalog.fields());
		return "catalog/edit";
	}

	// ------------------------------------------------------------------ process designer

	@GetMapping("/catalog/procedures/{code}/process")
	String processForm(@PathVariable String code, @RequestParam String unit, Authentication auth, Model model) {
		Caller caller = editor(auth);
		Procedure p = catalog.procedure(code, null);
		if (!model.containsAttribute("form")) {
			Optional<InternalProcess> existing = catalog.process(code, unit, null);
			ProcessForm form = existing.map(ip -> ProcessForm.of(ip.unitCode(), ip.versions().get(ip.versions().size() - 1).steps(), ip.version()))
				.orElseGet(() -> {
					ProcessForm f = ProcessForm.of(unit.strip().toUpperCase(java.util.Locale.ROOT), List.of(), 0);
					f.apply("add");
					return f;
				});
			model.addAttribute("form", form);
		}
		return processPage(caller, p, model);
	}

	@PostMapping("/catalog/procedures/{code}/process")
	String saveProcess(@PathVariable String code, @ModelAttribute("form") ProcessForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Authentication auth, Model model, RedirectAttributes redirect) {
		Caller caller = editor(auth);
		Procedure p = catalog.procedure(code, null);
		if (!action.equals("save")) {
			form.apply(action);
			return processPage(caller, p, model);
		}
		if (!result.hasErrors()) {
			try {
				catalog.defineProcess(caller, code, new CatalogCommands.ProcessChange(form.getUnitCode(), form.toSteps(), form.getEffectiveFrom(),
						form.getVersion()));
				redirect.addFlashAttribute("flash", "flash.saved");
				return "redirect:/catalog/procedures/" + p.code();
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ex, result);
			}
			catch (ConflictException ex) {
				result.reject("error.stale", new Object[] { form.getVersion() }, "error.stale");
				catalog.process(code, form.getUnitCode(), null).ifPresent(ip -> model.addAttribute("form",
						ProcessForm.of(ip.unitCode(), ip.versions().get(ip.versions().size() - 1).steps(), ip.version())));
			}
		}
		return processPage(caller, p, model);
	}

	private String processPage(Caller caller, Procedure p, Model model) {
		ProcessForm form = (ProcessForm) model.getAttribute("form");
		ProcessingTime legal = p.current().content().processingTime();
		List<org.motcua.catalog.ProcessStep> steps = form == null ? List.of() : form.toSteps();
		model.addAttribute("procedure", p);
		model.addAttribute("legal", legal);
		model.addAttribute("total", ProcessRules.total(steps));
		model.addAttribute("fits", legal != null && ProcessRules.total(steps).compareTo(legal.amount()) <= 0);
		model.addAttribute("roles", EnumSet.allOf(Role.class));
		model.addAttribute("agencies", form == null ? List.of() : agenciesFor(caller, form.getUnitCode()));
		model.addAttribute("unitNames", unitNames(caller));
		return "catalog/process";
	}

	/** The agencies of the unit and of the units above it: who may handle a step. */
	private List<Agency> agenciesFor(Caller caller, String unitCode) {
		Map<String, AdministrativeUnit> units = new LinkedHashMap<>();
		for (AdministrativeUnit u : organization.allUnits(Caller.system())) {
			units.put(u.code(), u);
		}
		List<Agency> result = new ArrayList<>();
		AdministrativeUnit u = units.get(unitCode.strip().toUpperCase(java.util.Locale.ROOT));
		while (u != null) {
			result.addAll(organization.agencies(Caller.system(), u.code()));
			u = u.parentCode() == null ? null : units.get(u.parentCode());
		}
		return result;
	}

	private Map<String, String> unitNames(Caller caller) {
		Map<String, String> names = new LinkedHashMap<>();
		for (AdministrativeUnit u : organization.allUnits(Caller.system())) {
			names.put(u.code(), u.name());
		}
		return names;
	}

	private Caller editor(Authentication auth) {
		Caller caller = organization.caller(auth.getName());
		if (!CatalogRoles.any(caller, CatalogRoles.EDITORS)) {
			throw new ForbiddenException("error.forbidden");
		}
		return caller;
	}

	/** Text split into its non-empty lines, for showing multi-line fields as paragraphs. */
	static List<String> lines(@Nullable String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
