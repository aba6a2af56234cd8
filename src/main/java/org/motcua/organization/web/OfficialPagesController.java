package org.motcua.organization.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.motcua.organization.Caller;
import org.motcua.organization.Official;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages for officials: a searchable list (the search refreshes only the table through htmx), a new
 * official form, and an official's page with the edit form and assignment history.
 */
@Controller
class OfficialPagesController {

	private final Organization organization;

	OfficialPagesController(Organization organization) {
		this.organization = organization;
	}

	@GetMapping("/organization/officials")
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String unitCode,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		model.addAttribute("officials", organization.officials(caller, unitCode, q));
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("unitCode", unitCode == null ? "" : unitCode);
		if (htmx != null) {
			return "organization/officials :: rows";
		}
		model.addAttribute("units", organization.allUnits(caller));
		model.addAttribute("canEdit", UnitPagesController.canEdit(caller));
		model.addAttribute("roles", grantableRoles(caller));
		if (!model.containsAttribute("officialForm")) {
			model.addAttribute("officialForm", new OfficialForm());
		}
		return "organization/officials";
	}

	@PostMapping("/organization/officials")
	String create(@ModelAttribute("officialForm") OfficialForm form, BindingResult result, Authentication auth, Model model,
			RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		if (!result.hasErrors()) {
			try {
				Official official = organization.createOfficial(caller, new UnitCommands.NewOfficial(form.getUsername(),
						form.getFullName(), form.getPosition(), form.getUnitCode(), form.getAgencyCode(), form.getEmail(),
						form.getPhone(), form.getRoles()));
				redirect.addFlashAttribute("flash", "official.created.set-password");
				return "redirect:/organization/officials/" + official.username() + "/credentials";
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ex, result);
			}
		}
		return list(null, null, null, auth, model);
	}

	@GetMapping("/organization/officials/{username}")
	String official(@PathVariable String username, Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		Official official = organization.official(caller, username);
		model.addAttribute("official", official);
		model.addAttribute("assignments", organization.assignments(caller, username));
		model.addAttribute("canEdit", UnitPagesController.canEdit(caller));
		model.addAttribute("units", organization.allUnits(caller));
		model.addAttribute("roles", grantableRoles(caller));
		if (!model.containsAttribute("editForm")) {
			model.addAttribute("editForm", OfficialEditForm.of(official));
		}
		return "organization/official";
	}

	@PostMapping("/organization/officials/{username}")
	String update(@PathVariable String username, @ModelAttribute("editForm") OfficialEditForm form, BindingResult result,
			Authentication auth, Model model, RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		if (!result.hasErrors()) {
			try {
				organization.updateOfficial(caller, username, new UnitCommands.OfficialChange(form.getFullName(),
						form.getPosition(), form.getUnitCode(), form.getAgencyCode(), form.getEmail(), form.getPhone(),
						form.getRoles(), form.isActive(), form.getEffectiveFrom(), form.getVersion()));
				redirect.addFlashAttribute("flash", "flash.saved");
				return "redirect:/organization/officials/" + username;
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ex, result);
			}
			catch (ConflictException ex) {
				Official latest = organization.official(caller, username);
				FormErrors.showLatest(model, "editForm", OfficialEditForm.of(latest), latest.version());
			}
		}
		return official(username, auth, model);
	}

	private static Set<Role> grantableRoles(Caller caller) {
		Set<Role> roles = EnumSet.allOf(Role.class);
		if (!caller.isSystemAdmin()) {
			roles.remove(Role.SYSTEM_ADMIN);
		}
		return roles;
	}

	public static class OfficialForm {

		private String username = "";
		private String fullName = "";
		private @Nullable String position;
		private String unitCode = "";
		private @Nullable String agencyCode;
		private @Nullable String email;
		private @Nullable String phone;
		private Set<Role> roles = EnumSet.noneOf(Role.class);

		public String getUsername() { return username; }
		public void setUsername(@Nullable String username) { this.username = username == null ? "" : username; }
		public String getFullName() { return fullName; }
		public void setFullName(@Nullable String fullName) { this.fullName = fullName == null ? "" : fullName; }
		public @Nullable String getPosition() { return position; }
		public void setPosition(@Nullable String position) { this.position = position; }
		public String getUnitCode() { return unitCode; }
		public void setUnitCode(@Nullable String unitCode) { this.unitCode = unitCode == null ? "" : unitCode; }
		public @Nullable String getAgencyCode() { return agencyCode; }
		public void setAgencyCode(@Nullable String agencyCode) { this.agencyCode = agencyCode; }
		public @Nullable String getEmail() { return email; }
		public void setEmail(@Nullable String email) { this.email = email; }
		public @Nullable String getPhone() { return phone; }
		public void setPhone(@Nullable String phone) { this.phone = phone; }
		public Set<Role> getRoles() { return roles; }
		public void setRoles(@Nullable Set<Role> roles) { this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles; }
	}

	public static class OfficialEditForm extends OfficialForm {

		private boolean active = true;
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate effectiveFrom;
		private int version;

		static OfficialEditForm of(Official o) {
			OfficialEditForm f = new OfficialEditForm();
			f.setUsername(o.username());
			f.setFullName(o.fullName());
			f.setPosition(o.position());
			f.setUnitCode(o.unitCode());
			f.setAgencyCode(o.agencyCode());
			f.setEmail(o.email());
			f.setPhone(o.phone());
			f.setRoles(o.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(o.roles()));
			f.active = o.active();
			f.version = o.version();
			return f;
		}

		public boolean isActive() { return active; }
		public void setActive(boolean active) { this.active = active; }
		public @Nullable LocalDate getEffectiveFrom() { return effectiveFrom; }
		public void setEffectiveFrom(@Nullable LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
		public int getVersion() { return version; }
		public void setVersion(int version) { this.version = version; }
	}
}
