package org.motcua.organization.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.motcua.organization.AdministrativeUnit;
import org.motcua.organization.AgencyKind;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.organization.Role;
import org.motcua.organization.UnitCommands;
import org.motcua.shared.ConflictException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages for administrative units: the tree of the caller's jurisdiction, a unit with its agencies, desks,
 * counters and sub-units, and the forms administrators use to change them.
 */
@Controller
class UnitPagesController {

	private final Organization organization;

	UnitPagesController(Organization organization) {
		this.organization = organization;
	}

	/** A unit with its children, for the tree view. */
	public record Node(AdministrativeUnit unit, List<Node> children) {
	}

	@GetMapping("/organization/units")
	String tree(Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		List<AdministrativeUnit> all = organization.allUnits(caller);
		model.addAttribute("roots", tree(all));
		model.addAttribute("canEdit", canEdit(caller));
		model.addAttribute("levels", organization.levels());
		if (!model.containsAttribute("unitForm")) {
			model.addAttribute("unitForm", new UnitForm());
		}
		model.addAttribute("allUnits", all);
		return "organization/units";
	}

	static List<Node> tree(List<AdministrativeUnit> units) {
		Map<String, Node> byCode = new LinkedHashMap<>();
		for (AdministrativeUnit u : units) {
			byCode.put(u.code(), new Node(u, new ArrayList<>()));
		}
		List<Node> roots = new ArrayList<>();
		for (Node n : byCode.values()) {
			Node parent = n.unit().parentCode() == null ? null : byCode.get(n.unit().parentCode());
			if (parent == null) {
				roots.add(n);
			}
			else {
				parent.children().add(n);
			}
		}
		return roots;
	}

	@PostMapping("/organization/units")
	String create(@ModelAttribute("unitForm") UnitForm form, BindingResult result, Authentication auth, Model model,
			RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		if (result.hasErrors()) {
			return tree(auth, model);
		}
		try {
			AdministrativeUnit unit = organization.createUnit(caller, new UnitCommands.NewUnit(form.getCode(), form.getName(),
					form.getLevel(), form.getParentCode(), form.getValidFrom(), form.getNote()));
			redirect.addFlashAttribute("flash", "flash.saved");
			return "redirect:/organization/units/" + unit.code();
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(ex, result);
			return tree(auth, model);
		}
	}

	@GetMapping("/organization/units/{code}")
	String unit(@PathVariable String code, Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		AdministrativeUnit unit = organization.unit(caller, code);
		model.addAttribute("unit", unit);
		model.addAttribute("children", organization.units(caller, code, null));
		model.addAttribute("agencies", organization.agencies(caller, code));
		model.addAttribute("desks", organization.desks(caller, code));
		model.addAttribute("officials", organization.officials(caller, code, null));
		model.addAttribute("canEdit", canEdit(caller));
		model.addAttribute("agencyKinds", AgencyKind.values());
		if (!model.containsAttribute("editForm")) {
			model.addAttribute("editForm", UnitEditForm.of(unit));
		}
		if (!model.containsAttribute("agencyForm")) {
			model.addAttribute("agencyForm", new AgencyForm());
		}
		if (!model.containsAttribute("deskForm")) {
			model.addAttribute("deskForm", new DeskForm());
		}
		if (!model.containsAttribute("counterForm")) {
			model.addAttribute("counterForm", new CounterForm());
		}
		return "organization/unit";
	}

	@PostMapping("/organization/units/{code}")
	String update(@PathVariable String code, @ModelAttribute("editForm") UnitEditForm form, BindingResult result,
			Authentication auth, Model model, RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		if (result.hasErrors()) {
			return unit(code, auth, model);
		}
		try {
			organization.updateUnit(caller, code, new UnitCommands.UnitChange(form.getName(), form.getParentCode(),
					form.getValidFrom(), form.getValidTo(), form.getSuccessorCode(), form.getNote(), form.getVersion()));
			redirect.addFlashAttribute("flash", "flash.saved");
			return "redirect:/organization/units/" + code;
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(ex, result);
		}
		catch (ConflictException ex) {
			AdministrativeUnit latest = organization.unit(caller, code);
			FormErrors.showLatest(model, "editForm", UnitEditForm.of(latest), latest.version());
		}
		return unit(code, auth, model);
	}

	@PostMapping("/organization/units/{code}/agencies")
	String addAgency(@PathVariable String code, @ModelAttribute("agencyForm") AgencyForm form, BindingResult result,
			Authentication auth, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return unit(code, auth, model);
		}
		try {
			organization.createAgency(organization.caller(auth.getName()), new UnitCommands.NewAgency(code, form.getCode(),
					form.getLegacyCode(), form.getName(), form.getKind() == null ? AgencyKind.OFFICE : form.getKind()));
			redirect.addFlashAttribute("flash", "flash.saved");
			return "redirect:/organization/units/" + code;
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(ex, result);
			return unit(code, auth, model);
		}
	}

	@PostMapping("/organization/units/{code}/desks")
	String addDesk(@PathVariable String code, @ModelAttribute("deskForm") DeskForm form, BindingResult result,
			Authentication auth, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return unit(code, auth, model);
		}
		try {
			organization.createDesk(organization.caller(auth.getName()), new UnitCommands.NewDesk(code, form.getCode(),
					form.getName(), form.getAddress()));
			redirect.addFlashAttribute("flash", "flash.saved");
			return "redirect:/organization/units/" + code;
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(ex, result);
			return unit(code, auth, model);
		}
	}

	@PostMapping("/organization/units/{code}/desks/{desk}/counters")
	String addCounter(@PathVariable String code, @PathVariable String desk, @ModelAttribute("counterForm") CounterForm form,
			BindingResult result, Authentication auth, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return unit(code, auth, model);
		}
		try {
			organization.addCounter(organization.caller(auth.getName()), desk,
					new UnitCommands.NewCounter(form.getNumber() == null ? 0 : form.getNumber(), form.getLabel()));
			redirect.addFlashAttribute("flash", "flash.saved");
			return "redirect:/organization/units/" + code;
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(ex, result);
			model.addAttribute("counterDesk", desk);
			return unit(code, auth, model);
		}
	}

	static boolean canEdit(Caller caller) {
		return caller.hasRole(Role.SYSTEM_ADMIN) || caller.hasRole(Role.UNIT_ADMIN);
	}

	public static class UnitForm {

		private String code = "";
		private String name = "";
		private String level = "COMMUNE";
		private @Nullable String parentCode;
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate validFrom;
		private @Nullable String note;

		public String getCode() { return code; }
		public void setCode(@Nullable String code) { this.code = code == null ? "" : code; }
		public String getName() { return name; }
		public void setName(@Nullable String name) { this.name = name == null ? "" : name; }
		public String getLevel() { return level; }
		public void setLevel(@Nullable String level) { this.level = level == null ? "" : level; }
		public @Nullable String getParentCode() { return parentCode; }
		public void setParentCode(@Nullable String parentCode) { this.parentCode = parentCode; }
		public @Nullable LocalDate getValidFrom() { return validFrom; }
		public void setValidFrom(@Nullable LocalDate validFrom) { this.validFrom = validFrom; }
		public @Nullable String getNote() { return note; }
		public void setNote(@Nullable String note) { this.note = note; }
	}

	public static class UnitEditForm {

		private String name = "";
		private @Nullable String parentCode;
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate validFrom;
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate validTo;
		private @Nullable String successorCode;
		private @Nullable String note;
		private int version;

		static UnitEditForm of(AdministrativeUnit u) {
			UnitEditForm f = new UnitEditForm();
			f.name = u.name();
			f.parentCode = u.parentCode();
			f.validFrom = u.validFrom();
			f.validTo = u.validTo();
			f.successorCode = u.successorCode();
			f.note = u.note();
			f.version = u.version();
			return f;
		}

		public String getName() { return name; }
		public void setName(@Nullable String name) { this.name = name == null ? "" : name; }
		public @Nullable String getParentCode() { return parentCode; }
		public void setParentCode(@Nullable String parentCode) { this.parentCode = parentCode; }
		public @Nullable LocalDate getValidFrom() { return validFrom; }
		public void setValidFrom(@Nullable LocalDate validFrom) { this.validFrom = validFrom; }
		public @Nullable LocalDate getValidTo() { return validTo; }
		public void setValidTo(@Nullable LocalDate validTo) { this.validTo = validTo; }
		public @Nullable String getSuccessorCode() { return successorCode; }
		public void setSuccessorCode(@Nullable String successorCode) { this.successorCode = successorCode; }
		public @Nullable String getNote() { return note; }
		public void setNote(@Nullable String note) { this.note = note; }
		public int getVersion() { return version; }
		public void setVersion(int version) { this.version = version; }
	}

	public static class AgencyForm {

		private String code = "";
		private @Nullable String legacyCode;
		private String name = "";
		private @Nullable AgencyKind kind = AgencyKind.OFFICE;

		public String getCode() { return code; }
		public void setCode(@Nullable String code) { this.code = code == null ? "" : code; }
		public @Nullable String getLegacyCode() { return legacyCode; }
		public void setLegacyCode(@Nullable String legacyCode) { this.legacyCode = legacyCode; }
		public String getName() { return name; }
		public void setName(@Nullable String name) { this.name = name == null ? "" : name; }
		public @Nullable AgencyKind getKind() { return kind; }
		public void setKind(@Nullable AgencyKind kind) { this.kind = kind; }
	}

	public static class DeskForm {

		private String code = "";
		private String name = "";
		private @Nullable String address;

		public String getCode() { return code; }
		public void setCode(@Nullable String code) { this.code = code == null ? "" : code; }
		public String getName() { return name; }
		public void setName(@Nullable String name) { this.name = name == null ? "" : name; }
		public @Nullable String getAddress() { return address; }
		public void setAddress(@Nullable String address) { this.address = address; }
	}

	public static class CounterForm {

		private @Nullable Integer number;
		private String label = "";

		public @Nullable Integer getNumber() { return number; }
		public void setNumber(@Nullable Integer number) { this.number = number; }
		public String getLabel() { return label; }
		public void setLabel(@Nullable String label) { this.label = label == null ? "" : label; }
	}
}
