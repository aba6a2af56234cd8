package org.motcua.organization.web;

import org.jspecify.annotations.Nullable;
import org.motcua.organization.Agency;
import org.motcua.organization.AgencyKind;
import org.motcua.organization.Caller;
import org.motcua.organization.OneStopDesk;
import org.motcua.organization.Organization;
import org.motcua.organization.UnitCommands;
import org.motcua.shared.ConflictException;
import org.motcua.shared.FormErrors;
import org.motcua.shared.InvalidInputException;
import org.motcua.shared.NotFoundException;
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
 * Pages to change an agency (name, legacy code, kind, active) or a one-stop desk (name, address, active).
 */
@Controller
class AgencyDeskPagesController {

	private final Organization organization;

	AgencyDeskPagesController(Organization organization) {
		this.organization = organization;
	}

	@GetMapping("/organization/agencies/{code}")
	String agency(@PathVariable String code, Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		Agency agency = agencyIn(caller, code);
		model.addAttribute("agency", agency);
		model.addAttribute("agencyKinds", AgencyKind.values());
		model.addAttribute("canEdit", UnitPagesController.canEdit(caller));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", AgencyEditForm.of(agency));
		}
		return "organization/agency";
	}

	@PostMapping("/organization/agencies/{code}")
	String updateAgency(@PathVariable String code, @ModelAttribute("form") AgencyEditForm form, BindingResult result,
			Authentication auth, Model model, RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		if (!result.hasErrors()) {
			try {
				Agency agency = organization.updateAgency(caller, code, new UnitCommands.AgencyChange(form.getName(),
						form.getLegacyCode(), form.getKind() == null ? AgencyKind.OTHER : form.getKind(), form.isActive(),
						form.getVersion()));
				redirect.addFlashAttribute("flash", "flash.saved");
				return "redirect:/organization/units/" + agency.unitCode();
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ex, result);
			}
			catch (ConflictException ex) {
				Agency latest = agencyIn(caller, code);
				FormErrors.showLatest(model, "form", AgencyEditForm.of(latest), latest.version());
			}
		}
		return agency(code, auth, model);
	}

	@GetMapping("/organization/desks/{code}")
	String desk(@PathVariable String code, Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		OneStopDesk desk = organization.desk(caller, code);
		model.addAttribute("desk", desk);
		model.addAttribute("canEdit", UnitPagesController.canEdit(caller));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", DeskEditForm.of(desk));
		}
		return "organization/desk";
	}

	@PostMapping("/organization/desks/{code}")
	String updateDesk(@PathVariable String code, @ModelAttribute("form") DeskEditForm form, BindingResult result,
			Authentication auth, Model model, RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		if (!result.hasErrors()) {
			try {
				OneStopDesk desk = organization.updateDesk(caller, code,
						new UnitCommands.DeskChange(form.getName(), form.getAddress(), form.isActive(), form.getVersion()));
				redirect.addFlashAttribute("flash", "flash.saved");
				return "redirect:/organization/units/" + desk.unitCode();
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ex, result);
			}
			catch (ConflictException ex) {
				OneStopDesk latest = organization.desk(caller, code);
				FormErrors.showLatest(model, "form", DeskEditForm.of(latest), latest.version());
			}
		}
		return desk(code, auth, model);
	}

	private Agency agencyIn(Caller caller, String code) {
		return organization.findAgency(code).filter(a -> caller.jurisdiction().covers(a.unitCode()))
			.orElseThrow(() -> new NotFoundException("error.agency.not-found", code));
	}

	public static class AgencyEditForm {

		private String name = "";
		private @Nullable String legacyCode;
		private @Nullable AgencyKind kind;
		private boolean active = true;
		private int version;

		static AgencyEditForm of(Agency a) {
			AgencyEditForm f = new AgencyEditForm();
			f.name = a.name();
			f.legacyCode = a.legacyCode();
			f.kind = a.kind();
			f.active = a.active();
			f.version = a.version();
			return f;
		}

		public String getName() { return name; }
		public void setName(@Nullable String name) { this.name = name == null ? "" : name; }
		public @Nullable String getLegacyCode() { return legacyCode; }
		public void setLegacyCode(@Nullable String legacyCode) { this.legacyCode = legacyCode; }
		public @Nullable AgencyKind getKind() { return kind; }
		public void setKind(@Nullable AgencyKind kind) { this.kind = kind; }
		public boolean isActive() { return active; }
		public void setActive(boolean active) { this.active = active; }
		public int getVersion() { return version; }
		public void setVersion(int version) { this.version = version; }
	}

	public static class DeskEditForm {

		private String name = "";
		private @Nullable String address;
		private boolean active = true;
		private int version;

		static DeskEditForm of(OneStopDesk d) {
			DeskEditForm f = new DeskEditForm();
			f.name = d.name();
			f.address = d.address();
			f.active = d.active();
			f.version = d.version();
			return f;
		}

		public String getName() { return name; }
		public void setName(@Nullable String name) { this.name = name == null ? "" : name; }
		public @Nullable String getAddress() { return address; }
		public void setAddress(@Nullable String address) { this.address = address; }
		public boolean isActive() { return active; }
		public void setActive(boolean active) { this.active = active; }
		public int getVersion() { return version; }
		public void setVersion(int version) { this.version = version; }
	}
}
