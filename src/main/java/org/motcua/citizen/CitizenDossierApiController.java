package org.motcua.citizen;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.motcua.dossier.Channel;
import org.motcua.dossier.DossierStatus;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The citizen API for online submission and the citizen's own dossiers (session sign-in, CSRF on POST). */
@RestController
@RequestMapping("/api/v1/citizen/dossiers")
class CitizenDossierApiController {

	private final CitizenAccounts accounts;

	private final CitizenDossiers dossiers;

	CitizenDossierApiController(CitizenAccounts accounts, CitizenDossiers dossiers) {
		this.accounts = accounts;
		this.dossiers = dossiers;
	}

	/** What a citizen sees of their dossier. */
	record DossierSummary(String code, String procedureCode, String procedureName, String receivingUnitCode, Channel channel,
			DossierStatus status, Channel returnChannel, Instant submittedAt, @Nullable Instant receivedAt, @Nullable Instant dueAt,
			@Nullable Instant completionRequestedAt, @Nullable Instant resultIssuedAt, @Nullable Instant returnedAt) {

		static DossierSummary of(CitizenDossiers.OwnDossier own) {
			var d = own.dossier();
			return new DossierSummary(d.code(), d.procedureCode(), d.procedureName(), d.receivingUnitCode(), d.channel(), d.status(),
					own.returnChannel(), d.submittedAt(), d.receivedAt(), d.dueAt(), d.completionRequestedAt(), d.resultIssuedAt(),
					d.returnedAt());
		}
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	DossierSummary submit(Principal principal, @RequestBody CitizenDossiers.Submission submission) {
		return DossierSummary.of(dossiers.submit(accounts.current(principal.getName()), submission));
	}

	@GetMapping
	List<DossierSummary> mine(Principal principal) {
		return dossiers.mine(accounts.current(principal.getName())).stream().map(DossierSummary::of).toList();
	}

	/** The missing items of the latest completion request, and the version to send with the completion. */
	record CompletionRequest(String code, DossierStatus status, int version, List<String> missingItems) {
	}

	@GetMapping("/{code}/completion")
	CompletionRequest completion(Principal principal, @PathVariable String code) {
		CitizenAccount account = accounts.current(principal.getName());
		CitizenDossiers.OwnDossier own = dossiers.mine(account, code);
		return new CompletionRequest(own.dossier().code(), own.dossier().status(), own.dossier().version(),
				dossiers.missingItems(account, code));
	}

	/** What the citizen supplies: the dossier version seen and the items (component codes or descriptions). */
	record Completion(@Nullable Integer version, @Nullable List<String> supplied) {
	}

	@PostMapping("/{code}/completion")
	DossierSummary complete(Principal principal, @PathVariable String code, @RequestBody Completion completion) {
		return DossierSummary.of(dossiers.complete(accounts.current(principal.getName()), code, completion.version(), completion.supplied()));
	}

	@GetMapping("/{code}")
	DossierSummary one(Principal principal, @PathVariable String code) {
		return DossierSummary.of(dossiers.mine(accounts.current(principal.getName()), code));
	}
}
