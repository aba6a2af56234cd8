package org.motcua.governance.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.motcua.governance.legal.Conclusion;
import org.motcua.governance.legal.DocumentKind;
import org.motcua.governance.legal.DocumentStatus;
import org.motcua.governance.legal.Issuer;
import org.motcua.governance.legal.LegalCommands;
import org.motcua.governance.legal.LegalDocument;
import org.motcua.governance.legal.LegalDocuments;
import org.motcua.governance.legal.LegalReview;
import org.motcua.governance.legal.ReviewSummary;
import org.motcua.organization.Organization;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The registry of local legal documents and their reviews (Decree 79/2025/NĐ-CP). */
@RestController
@RequestMapping("/api/v1/governance")
@Tag(name = "Governance")
class LegalApiController {

	private final LegalDocuments legal;
	private final Organization organization;

	LegalApiController(LegalDocuments legal, Organization organization) {
		this.legal = legal;
		this.organization = organization;
	}

	record DocumentList(List<LegalDocument> items, int total) {
	}

	record DocumentRequest(@Nullable String unitCode, @Nullable Issuer issuer, @Nullable String number, @Nullable DocumentKind kind,
			@Nullable String title, @Nullable String field, @Nullable LocalDate signedOn, @Nullable LocalDate effectiveOn,
			@Nullable DocumentStatus status, @Nullable LocalDate expiredOn, @Nullable String note, @Nullable Integer version) {

		LegalCommands.DocumentData data() {
			return new LegalCommands.DocumentData(unitCode, issuer, number, kind, title, field, signedOn, effectiveOn, status, expiredOn, note);
		}
	}

	record ReviewRequest(@Nullable String title, @Nullable String decisionRef, @Nullable Boolean conclude, @Nullable LocalDate concludedOn,
			@Nullable Integer version) {
	}

	@GetMapping("/legal-documents")
	DocumentList documents(@RequestParam(required = false) @Nullable String unitCode, @RequestParam(required = false) @Nullable DocumentStatus status) {
		List<LegalDocument> items = legal.documents(unitCode, status);
		return new DocumentList(items, items.size());
	}

	@GetMapping("/legal-documents/summary")
	@Operation(summary = "Counts of a review (reviewId), or of the unit's latest review: inForce (including proposals to amend or abolish), "
			+ "expired (wholly or partly), proposedAmendment, proposedAbolition, and every conclusion")
	ReviewSummary summary(@RequestParam(required = false) @Nullable String unitCode, @RequestParam(required = false) @Nullable Long reviewId) {
		return legal.summary(unitCode, reviewId);
	}

	@GetMapping("/legal-documents/expired")
	@Operation(summary = "The yearly list of documents that expired in a year")
	DocumentList expired(@RequestParam(required = false) @Nullable String unitCode, @RequestParam int year) {
		List<LegalDocument> items = legal.expiredIn(unitCode, year);
		return new DocumentList(items, items.size());
	}

	@GetMapping("/legal-documents/{id}")
	LegalDocument document(@PathVariable long id) {
		return legal.document(id);
	}

	@PostMapping("/legal-documents")
	ResponseEntity<LegalDocument> create(@RequestBody DocumentRequest body, Authentication auth) {
		LegalDocument d = legal.create(organization.caller(auth.getName()), body.data());
		return ResponseEntity.created(URI.create("/api/v1/governance/legal-documents/" + d.id())).body(d);
	}

	@PutMapping("/legal-documents/{id}")
	LegalDocument update(@PathVariable long id, @RequestBody DocumentRequest body, Authentication auth) {
		return legal.update(organization.caller(auth.getName()), id, body.data(), TaskApiController.version(body.version()));
	}

	@DeleteMapping("/legal-documents/{id}")
	ResponseEntity<Void> delete(@PathVariable long id, @RequestParam int version, Authentication auth) {
		legal.delete(organization.caller(auth.getName()), id, version);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/legal-reviews")
	List<LegalReview> reviews(@RequestParam(required = false) @Nullable String unitCode) {
		return legal.reviews(unitCode);
	}

	@GetMapping("/legal-reviews/{id}")
	LegalReview review(@PathVariable long id) {
		return legal.review(id);
	}

	@PostMapping("/legal-reviews")
	@Operation(summary = "Start a review of a unit's documents signed up to cutOff: unitCode, title, decisionRef, cutOff, startedOn")
	ResponseEntity<LegalReview> start(@RequestBody LegalCommands.NewReview body, Authentication auth) {
		LegalReview r = legal.startReview(organization.caller(auth.getName()), body);
		return ResponseEntity.created(URI.create("/api/v1/governance/legal-reviews/" + r.id())).body(r);
	}

	@PutMapping("/legal-reviews/{id}")
	@Operation(summary = "Rename a review or conclude it (conclude=true): title, decisionRef, conclude, version")
	LegalReview change(@PathVariable long id, @RequestBody ReviewRequest body, Authentication auth) {
		return legal.changeReview(organization.caller(auth.getName()), id, new LegalCommands.ReviewChange(body.title(), body.decisionRef(),
				Boolean.TRUE.equals(body.conclude()), body.concludedOn(), TaskApiController.version(body.version())));
	}

	@PutMapping("/legal-reviews/{id}/conclusions/{documentId}")
	@Operation(summary = "Record the conclusion about one document: conclusion, note, expiredOn (for an expiry)")
	LegalReview conclude(@PathVariable long id, @PathVariable long documentId, @RequestBody LegalCommands.ConclusionData body,
			Authentication auth) {
		return legal.conclude(organization.caller(auth.getName()), id, documentId, body);
	}

}
