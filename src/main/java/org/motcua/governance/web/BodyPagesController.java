package org.motcua.governance.web;

import org.jspecify.annotations.Nullable;
import org.motcua.governance.bodies.Bodies;
import org.motcua.governance.bodies.SteeringBody;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.shared.ConflictException;
import org.motcua.shared.ForbiddenException;
import org.motcua.shared.FormErrors;
import org.motcua.shared.InvalidInputException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Steering committees and working groups of the caller's units, with current members and history, and the advisers;
 * for editors, the forms to found a body, add and end memberships (never edited or deleted, so the history stays) and
 * assign advisers. The rules are {@link Bodies}'s; a change based on a stale version of the body is shown as such.
 */
@Controller
class BodyPagesController {

	private final Bodies bodies;
	private final Organization organization;

	BodyPagesController(Bodies bodies, Organization organization) {
		this.bodies = bodies;
		this.organization = organization;
	}

	@GetMapping("/governance/bodies")
	String list(@RequestParam(required = false) @Nullable String unitCode, Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		if (!model.containsAttribute("adviser")) {
			model.addAttribute("adviser", new BodyForms.NewAdviser());
		}
		return listPage(caller, unitCode, model);
	}

	private String listPage(Caller caller, @Nullable String unitCode, Model model) {
		model.addAttribute("bodies", bodies.list(caller, unitCode));
		model.addAttribute("advisers", bodies.advisers(caller, unitCode));
		model.addAttribute("canEdit", Bodies.mayEdit(caller));
		model.addAttribute("units", organization.allUnits(caller));
		model.addAttribute("adviserKinds", SteeringBody.AdviserKind.values());
		return "governance/bodies";
	}

	@PostMapping("/governance/advisers")
	String assignAdviser(@ModelAttribute("adviser") BodyForms.NewAdviser form, BindingResult result, Authentication auth, Model model,
			RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		if (!result.hasErrors()) {
			try {
				bodies.assignAdviser(caller, form.getUnitCode(), form.getUsername(), form.getKind(), form.getFromOn());
				redirect.addFlashAttribute("flash", "flash.saved");
				return "redirect:/governance/bodies#advisers";
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ex, result);
			}
		}
		return listPage(caller, null, model);
	}

	@GetMapping("/governance/bodies/new")
	String newBody(Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		requireEditor(caller);
		BodyForms.NewBody form = new BodyForms.NewBody();
		form.setUnitCode(caller.official().unitCode());
		model.addAttribute("form", form);
		return bodyForm(caller, model);
	}

	@PostMapping("/governance/bodies/new")
	String create(@ModelAttribute("form") BodyForms.NewBody form, BindingResult result, Authentication auth, Model model,
			RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		if (!result.hasErrors()) {
			try {
				SteeringBody b = bodies.create(caller, form.toCommand());
				redirect.addFlashAttribute("flash", "governance.body.founded");
				return "redirect:/governance/bodies/" + b.id();
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ex, result);
			}
		}
		return bodyForm(caller, model);
	}

	private String bodyForm(Caller caller, Model model) {
		model.addAttribute("units", organization.allUnits(caller));
		model.addAttribute("kinds", SteeringBody.Kind.values());
		return "governance/body-new";
	}

	@GetMapping("/governance/bodies/{id}")
	String body(@PathVariable long id, Authentication auth, Model model) {
		Caller caller = organization.caller(auth.getName());
		SteeringBody b = bodies.get(caller, id);
		BodyForms.NewMember member = new BodyForms.NewMember();
		member.setVersion(b.version());
		model.addAttribute("member", member);
		BodyForms.EndMembership end = new BodyForms.EndMembership();
		end.setVersion(b.version());
		model.addAttribute("end", end);
		return bodyPage(caller, b, model);
	}

	@PostMapping("/governance/bodies/{id}/members")
	String addMember(@PathVariable long id, @ModelAttribute("member") BodyForms.NewMember form, BindingResult result, Authentication auth,
			Model model, RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		if (!result.hasErrors()) {
			try {
				bodies.addMember(caller, id, form.toCommand());
				redirect.addFlashAttribute("flash", "governance.body.member-added");
				return "redirect:/governance/bodies/" + id;
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ex, result);
			}
			catch (ConflictException ex) {
				// someone else changed the body first: say so, and base a second try on what is stored now
				result.reject(ex.messageKey(), ex.args(), ex.messageKey());
				form.setVersion(bodies.get(caller, id).version());
			}
		}
		SteeringBody b = bodies.get(caller, id);
		BodyForms.EndMembership end = new BodyForms.EndMembership();
		end.setVersion(b.version());
		model.addAttribute("end", end);
		return bodyPage(caller, b, model);
	}

	@PostMapping("/governance/bodies/{id}/members/end")
	String endMembership(@PathVariable long id, @ModelAttribute("end") BodyForms.EndMembership form, BindingResult result, Authentication auth,
			Model model, RedirectAttributes redirect) {
		Caller caller = organization.caller(auth.getName());
		if (!result.hasErrors()) {
			try {
				bodies.endMembership(caller, id, form.getMembershipId(), form.getToOn(), form.getVersion());
				redirect.addFlashAttribute("flash", "governance.body.member-ended");
				return "redirect:/governance/bodies/" + id;
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ex, result);
			}
			catch (ConflictException ex) {
				// someone else changed the body first: say so, and base a second try on what is stored now
				result.reject(ex.messageKey(), ex.args(), ex.messageKey());
				form.setVersion(bodies.get(caller, id).version());
			}
		}
		SteeringBody b = bodies.get(caller, id);
		BodyForms.NewMember member = new BodyForms.NewMember();
		member.setVersion(b.version());
		model.addAttribute("member", member);
		return bodyPage(caller, b, model);
	}

	private String bodyPage(Caller caller, SteeringBody b, Model model) {
		model.addAttribute("body", b);
		model.addAttribute("canEdit", Bodies.mayEdit(caller) && caller.jurisdiction().covers(b.unitCode()));
		model.addAttribute("roles", SteeringBody.Role.values());
		return "governance/body";
	}

	private static void requireEditor(Caller caller) {
		if (!Bodies.mayEdit(caller)) {
			throw new ForbiddenException("error.governance.body.forbidden");
		}
	}
}
