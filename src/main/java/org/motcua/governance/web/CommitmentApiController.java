package org.motcua.governance.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.motcua.governance.commitments.Commitment;
import org.motcua.governance.commitments.CommitmentCommands;
import org.motcua.governance.commitments.Commitments;
import org.motcua.governance.commitments.TargetStatus;
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

/** Yearly commitments of heads, their targets measured from the system's data, and the year-end evaluation. */
@RestController
@RequestMapping("/api/v1/governance/commitments")
@Tag(name = "Governance")
class CommitmentApiController {

	private final Commitments commitments;
	private final Organization organization;

	CommitmentApiController(Commitments commitments, Organization organization) {
		this.commitments = commitments;
		this.organization = organization;
	}

	record Summary(long total, long onTrack, long atRisk, long evaluated, long achieved) {

		static Summary of(List<Commitment> items) {
			return new Summary(items.size(),
					items.stream().filter(c -> c.evaluation() == null && c.liveStatus() == TargetStatus.ON_TRACK).count(),
					items.stream().filter(c -> c.evaluation() == null && c.liveStatus() == TargetStatus.AT_RISK).count(),
					items.stream().filter(c -> c.evaluation() != null).count(),
					items.stream().filter(c -> c.evaluation() != null && c.evaluation().achieved()).count());
		}
	}

	record CommitmentList(List<Commitment> items, int total, Summary summary) {
	}

	@GetMapping
	@Operation(summary = "Commitments of a unit or office and year, with targets, their live measurement and status, and the evaluation")
	CommitmentList list(@RequestParam(required = false) @Nullable String unitCode, @RequestParam(required = false) @Nullable Integer year,
			Authentication auth) {
		List<Commitment> items = commitments.list(organization.caller(auth.getName()), unitCode, year);
		return new CommitmentList(items, items.size(), Summary.of(items));
	}

	@GetMapping("/{id}")
	Commitment get(@PathVariable long id, Authentication auth) {
		return commitments.get(organization.caller(auth.getName()), id);
	}

	@PostMapping
	@Operation(summary = "Record a signed commitment (REFORM_OFFICER, LEADER, UNIT_ADMIN, SYSTEM_ADMIN): year, signer, signerTitle, counterpart, "
			+ "counterpartTitle, signedOn, targets[{kind, threshold, description}]")
	ResponseEntity<Commitment> create(@RequestBody CommitmentCommands.NewCommitment body, Authentication auth) {
		Commitment c = commitments.create(organization.caller(auth.getName()), body);
		return ResponseEntity.created(URI.create("/api/v1/governance/commitments/" + c.id())).body(c);
	}

	@PostMapping("/{id}/evaluation")
	@Operation(summary = "Year-end evaluation (the counterpart, a leader over the unit, SYSTEM_ADMIN): targets[{targetId, achieved, assessment}] "
			+ "for targets the data cannot decide, consequence, decisionRef, note, evaluatedOn, version")
	Commitment evaluate(@PathVariable long id, @RequestBody CommitmentCommands.Evaluation body, Authentication auth) {
		return commitments.evaluate(organization.caller(auth.getName()), id, body);
	}
}
