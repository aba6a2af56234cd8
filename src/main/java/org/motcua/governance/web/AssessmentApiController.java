package org.motcua.governance.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.motcua.governance.assessment.Assessment;
import org.motcua.governance.assessment.Assessments;
import org.motcua.organization.Organization;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reform self-assessment (PAR INDEX style): frameworks, self and appraisal scores, ranking. */
@RestController
@RequestMapping("/api/v1/governance/assessments")
@Tag(name = "Governance")
class AssessmentApiController {

	private final Assessments assessments;
	private final Organization organization;

	AssessmentApiController(Assessments assessments, Organization organization) {
		this.assessments = assessments;
		this.organization = organization;
	}

	record StartRequest(@Nullable Long frameworkId, @Nullable String unitCode) {
	}

	record ScoreRequest(@Nullable BigDecimal score, @Nullable String evidence, @Nullable String note, @Nullable Integer version) {
	}

	record VersionRequest(@Nullable Integer version) {
	}

	@GetMapping("/frameworks")
	List<Assessments.Framework> frameworks(@RequestParam(required = false) @Nullable Integer year) {
		return assessments.frameworks(year);
	}

	@PostMapping("/frameworks")
	@Operation(summary = "Configure a yearly criteria tree (REFORM_OFFICER, SYSTEM_ADMIN): year, scope DEPARTMENT|COMMUNE, name, decisionRef, "
			+ "criteria[{code, title, maxPoints, measure, children}]")
	ResponseEntity<Assessments.Framework> createFramework(@RequestBody Assessments.NewFramework body, Authentication auth) {
		return ResponseEntity.status(201).body(assessments.createFramework(organization.caller(auth.getName()), body));
	}

	record FrameworkChange(@Nullable Integer year, @Nullable String scope, @Nullable String name, @Nullable String decisionRef,
			@Nullable List<Assessments.NewCriterion> criteria, @Nullable Integer version) {
	}

	@GetMapping("/frameworks/{id}/criteria")
	@Operation(summary = "The criteria of a framework in tree order: code, title, depth, leaf, maxPoints, measure")
	List<Assessments.FrameworkCriterion> criteria(@PathVariable long id) {
		assessments.framework(id);
		return assessments.criteria(id);
	}

	@PutMapping("/frameworks/{id}")
	@Operation(summary = "Replace a framework's name, decision and criteria tree (REFORM_OFFICER, SYSTEM_ADMIN) while no unit has started "
			+ "an assessment against it: the fields of creation and version; 409 when stale or in use")
	Assessments.Framework updateFramework(@PathVariable long id, @RequestBody FrameworkChange body, Authentication auth) {
		return assessments.updateFramework(organization.caller(auth.getName()), id, new Assessments.NewFramework(body.year(), body.scope(),
				body.name(), body.decisionRef(), body.criteria()), TaskApiController.version(body.version()));
	}

	@GetMapping
	List<Assessment> list(@RequestParam long frameworkId, Authentication auth) {
		return assessments.list(organization.caller(auth.getName()), frameworkId);
	}

	@GetMapping("/ranking")
	List<Assessments.RankingRow> ranking(@RequestParam long frameworkId, Authentication auth) {
		return assessments.ranking(organization.caller(auth.getName()), frameworkId);
	}

	@GetMapping("/{id}")
	Assessment get(@PathVariable long id, Authentication auth) {
		return assessments.get(organization.caller(auth.getName()), id);
	}

	@PostMapping
	@Operation(summary = "Start a unit's self-assessment; criteria measurable from system data are pre-filled")
	ResponseEntity<Assessment> start(@RequestBody StartRequest body, Authentication auth) {
		if (body.frameworkId() == null) {
			throw org.motcua.shared.InvalidInputException.of("frameworkId", "error.required");
		}
		Assessment a = assessments.start(organization.caller(auth.getName()), body.frameworkId(), body.unitCode());
		return ResponseEntity.created(URI.create("/api/v1/governance/assessments/" + a.id())).body(a);
	}

	@PutMapping("/{id}/self-scores/{criterionId}")
	@Operation(summary = "Self-score a leaf criterion (while a draft): score, evidence (required for a score above 0)")
	Assessment selfScore(@PathVariable long id, @PathVariable long criterionId, @RequestBody ScoreRequest body, Authentication auth) {
		return assessments.selfScore(organization.caller(auth.getName()), id, criterionId, body.score(), body.evidence(), body.version());
	}

	@PutMapping("/{id}/appraisal-scores/{criterionId}")
	Assessment appraise(@PathVariable long id, @PathVariable long criterionId, @RequestBody ScoreRequest body, Authentication auth) {
		return assessments.appraise(organization.caller(auth.getName()), id, criterionId, body.score(), body.note(), body.version());
	}

	@PostMapping("/{id}/advance")
	@Operation(summary = "Submit a draft, or close the appraisal of a submitted assessment: version")
	Assessment advance(@PathVariable long id, @RequestBody VersionRequest body, Authentication auth) {
		return assessments.advance(organization.caller(auth.getName()), id, TaskApiController.version(body.version()));
	}
}
