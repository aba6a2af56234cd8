package org.motcua.governance.web;

import org.jspecify.annotations.Nullable;
import org.motcua.governance.bodies.Bodies;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Steering committees and working groups of the caller's units, with current members and history, and the advisers. */
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
		model.addAttribute("bodies", bodies.list(caller, unitCode));
		model.addAttribute("advisers", bodies.advisers(caller, unitCode));
		return "governance/bodies";
	}
}
