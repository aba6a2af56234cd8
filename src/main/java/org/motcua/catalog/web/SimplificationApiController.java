package org.motcua.catalog.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.motcua.catalog.ProposalStatus;
import org.motcua.catalog.SimplificationCommands;
import org.motcua.catalog.SimplificationProposal;
import org.motcua.catalog.Simplifications;
import org.motcua.organization.Organization;
import org.motcua.shared.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Simplification proposals and their cost of compliance (Circular 02/2017/TT-VPCP). */
@RestController
@RequestMapping("/api/v1/simplifications")
@Tag(name = "Catalog")
class SimplificationApiController {

	private final Simplifications simplifications;
	private final Organization organization;
	private final RequestBodies json;

	SimplificationApiController(Simplifications simplifications, Organization organization, RequestBodies json) {
		this.simplifications = simplifications;
		this.organization = organization;
		this.json = json;
	}

	record ProposalList(List<SimplificationProposal> items, int total, Simplifications.Summary summary) {
	}

	record DecisionRequest(@Nullable ProposalStatus status, @Nullable String note, @Nullable Integer version) {
	}

	@GetMapping
	@Operation(summary = "Proposals of a unit (with the units below it), optionally of one procedure or status, with counts and the yearly saving")
	ProposalList list(@RequestParam(required = false) @Nullable String unitCode, @RequestParam(required = false) @Nullable String procedureCode,
			@RequestParam(required = false) @Nullable ProposalStatus status) {
		List<SimplificationProposal> items = simplifications.proposals(unitCode, procedureCode, status);
		return new ProposalList(items, items.size(), simplifications.summary(unitCode));
	}

	@GetMapping("/{id}")
	SimplificationProposal proposal(@PathVariable long id) {
		return simplifications.proposal(id);
	}

	@PostMapping
	@Operation(summary = "Propose a simplification (REFORM_OFFICER, UNIT_HEAD, LEADER, administrators): kind, description, rationale, cost inputs before and after, frequency per year, subjects")
	ResponseEntity<SimplificationProposal> propose(@RequestBody JsonNode body, Authentication auth) {
		SimplificationProposal p = simplifications.propose(organization.caller(auth.getName()),
				json.read(body, SimplificationCommands.NewProposal.class));
		return ResponseEntity.created(URI.create("/api/v1/simplifications/" + p.id())).body(p);
	}

	@PostMapping("/{id}/decision")
	@Operation(summary = "Approve, reject or mark implemented (LEADER, REFORM_OFFICER, SYSTEM_ADMIN); send the version you read")
	SimplificationProposal decide(@PathVariable long id, @RequestBody DecisionRequest body, Authentication auth) {
		if (body.version() == null) {
			throw InvalidInputException.of("version", "error.required");
		}
		return simplifications.decide(organization.caller(auth.getName()), id,
				new SimplificationCommands.Decision(body.status(), body.note(), body.version()));
	}
}
