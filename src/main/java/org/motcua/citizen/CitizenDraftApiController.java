package org.motcua.citizen;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The citizen API for drafts: save, list, read, update (with the version read), delete, submit. */
@RestController
@RequestMapping("/api/v1/citizen/drafts")
class CitizenDraftApiController {

	private final CitizenAccounts accounts;

	private final CitizenDrafts drafts;

	CitizenDraftApiController(CitizenAccounts accounts, CitizenDrafts drafts) {
		this.accounts = accounts;
		this.drafts = drafts;
	}

	/** A draft as the API shows it. */
	record DraftBody(long id, String procedureCode, @Nullable String receivingUnitCode, @Nullable String returnChannel,
			@Nullable String address, org.motcua.dossier.@Nullable Applicant representative, List<String> components, Instant updatedAt,
			int version) {

		static DraftBody of(CitizenDrafts.Draft d) {
			var s = d.submission();
			return new DraftBody(d.id(), d.procedureCode(), s.receivingUnitCode(), s.returnChannel(), s.address(), s.representative(),
					s.components() == null ? List.of() : s.components(), d.updatedAt(), d.version());
		}
	}

	/** A change to a draft: the version read and the whole submission. */
	record DraftChange(@Nullable Integer version, @Nullable String receivingUnitCode, @Nullable String returnChannel,
			@Nullable String address, org.motcua.dossier.@Nullable Applicant representative, @Nullable List<String> components) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	DraftBody create(Principal principal, @RequestBody CitizenDossiers.Submission submission) {
		return DraftBody.of(drafts.save(accounts.current(principal.getName()), null, null, submission));
	}

	@GetMapping
	List<DraftBody> mine(Principal principal) {
		return drafts.mine(accounts.current(principal.getName())).stream().map(DraftBody::of).toList();
	}

	@GetMapping("/{id}")
	DraftBody one(Principal principal, @PathVariable long id) {
		return DraftBody.of(drafts.get(accounts.current(principal.getName()), id));
	}

	@PutMapping("/{id}")
	DraftBody update(Principal principal, @PathVariable long id, @RequestBody DraftChange change) {
		CitizenAccount account = accounts.current(principal.getName());
		CitizenDrafts.Draft current = drafts.get(account, id);
		return DraftBody.of(drafts.save(account, id, change.version(), new CitizenDossiers.Submission(current.procedureCode(),
				change.receivingUnitCode(), change.returnChannel(), change.address(), change.representative(), change.components())));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(Principal principal, @PathVariable long id) {
		drafts.delete(accounts.current(principal.getName()), id);
	}

	/** Submits the draft: the dossier enters the desk's queue and the draft is gone. */
	@PostMapping("/{id}/submit")
	@ResponseStatus(HttpStatus.CREATED)
	CitizenDossierApiController.DossierSummary submit(Principal principal, @PathVariable long id) {
		return CitizenDossierApiController.DossierSummary.of(drafts.submit(accounts.current(principal.getName()), id));
	}
}
