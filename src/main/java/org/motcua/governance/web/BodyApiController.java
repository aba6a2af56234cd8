package org.motcua.governance.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.motcua.governance.bodies.Bodies;
import org.motcua.governance.bodies.SteeringBody;
import org.motcua.organization.Organization;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Steering committees and working groups with their membership history; advisers assigned to units. */
@RestController
@RequestMapping("/api/v1/governance")
@Tag(name = "Governance")
class BodyApiController {

	private final Bodies bodies;
	private final Organization organization;

	BodyApiController(Bodies bodies, Organization organization) {
		this.bodies = bodies;
		this.organization = organization;
	}

	record MembershipRequest(@Nullable String username, @Nullable String fullName, @Nullable String title, SteeringBody.@Nullable Role role,
			@Nullable LocalDate fromOn, @Nullable String decisionRef, @Nullable Integer version) {
	}

	record EndRequest(@Nullable LocalDate toOn, @Nullable Integer version) {
	}

	record AdviserRequest(@Nullable String unitCode, @Nullable String username, SteeringBody.@Nullable AdviserKind kind, @Nullable LocalDate fromOn) {
	}

	@GetMapping("/bodies")
	List<SteeringBody> list(@RequestParam(required = false) @Nullable String unitCode, Authentication auth) {
		return bodies.list(organization.caller(auth.getName()), unitCode);
	}

	@GetMapping("/bodies/{id}")
	SteeringBody get(@PathVariable long id, Authentication auth) {
		return bodies.get(organization.caller(auth.getName()), id);
	}

	@PostMapping("/bodies")
	@Operation(summary = "Found a steering committee or working group: unitCode, kind, name, foundingDecision, foundedOn")
	ResponseEntity<SteeringBody> create(@RequestBody Bodies.NewBody body, Authentication auth) {
		SteeringBody b = bodies.create(organization.caller(auth.getName()), body);
		return ResponseEntity.created(URI.create("/api/v1/governance/bodies/" + b.id())).body(b);
	}

	@PostMapping("/bodies/{id}/members")
	@Operation(summary = "Add a member: username (an official) or fullName (someone outside the system), title, role, fromOn, decisionRef, version")
	SteeringBody addMember(@PathVariable long id, @RequestBody MembershipRequest body, Authentication auth) {
		return bodies.addMember(organization.caller(auth.getName()), id, new Bodies.NewMembership(body.username(), body.fullName(), body.title(),
				body.role(), body.fromOn(), body.decisionRef(), TaskApiController.version(body.version())));
	}

	@PostMapping("/bodies/{id}/members/{membershipId}/end")
	SteeringBody end(@PathVariable long id, @PathVariable long membershipId, @RequestBody EndRequest body, Authentication auth) {
		return bodies.endMembership(organization.caller(auth.getName()), id, membershipId, body.toOn(), TaskApiController.version(body.version()));
	}

	@GetMapping("/advisers")
	List<SteeringBody.Adviser> advisers(@RequestParam(required = false) @Nullable String unitCode, Authentication auth) {
		return bodies.advisers(organization.caller(auth.getName()), unitCode);
	}

	@PostMapping("/advisers")
	ResponseEntity<SteeringBody.Adviser> assign(@RequestBody AdviserRequest body, Authentication auth) {
		return ResponseEntity.status(201).body(bodies.assignAdviser(organization.caller(auth.getName()), body.unitCode(), body.username(), body.kind(),
				body.fromOn()));
	}
}
