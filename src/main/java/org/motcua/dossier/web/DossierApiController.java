package org.motcua.dossier.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.motcua.dossier.ActionCommand;
import org.motcua.dossier.Dossier;
import org.motcua.dossier.DossierService;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.IntakeCommand;
import org.motcua.organization.Organization;
import org.motcua.shared.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dossier API: intake (idempotent with {@code Idempotency-Key}), lifecycle actions with optimistic
 * versions, and scoped queries.
 */
@RestController
@RequestMapping("/api/v1/dossiers")
@Tag(name = "Dossiers")
class DossierApiController {

	private final DossierService dossiers;
	private final Organization organization;

	DossierApiController(DossierService dossiers, Organization organization) {
		this.dossiers = dossiers;
		this.organization = organization;
	}

	@PostMapping
	@Operation(summary = "Register a dossier at a desk (COUNTER, POST) or an online submission (ONLINE)")
	ResponseEntity<DossierView> intake(@RequestBody(required = false) @Nullable IntakeCommand body,
			@Parameter(description = "a retried request with the same key returns the first request's dossier")
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey, Authentication auth) {
		if (body == null) {
			throw InvalidInputException.of("body", "error.required");
		}
		DossierService.IntakeResult result = dossiers.intake(organization.caller(auth.getName()), body, idempotencyKey);
		if (result.replayed()) {
			return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(result.dossier());
		}
		return ResponseEntity.created(URI.create("/api/v1/dossiers/" + result.dossier().code())).body(result.dossier());
	}

	@GetMapping("/{code}")
	DossierView get(@PathVariable String code, Authentication auth) {
		return dossiers.get(organization.caller(auth.getName()), code);
	}

	@GetMapping("/{code}/history")
	List<Dossier.HistoryEntry> history(@PathVariable String code, Authentication auth) {
		return dossiers.history(organization.caller(auth.getName()), code);
	}

	@GetMapping
	@Operation(summary = "Dossiers in the caller's jurisdiction; inbox=true orders open dossiers by urgency")
	DossierService.Page list(@RequestParam(required = false) @Nullable DossierStatus status,
			@RequestParam(required = false) @Nullable String unitCode, @RequestParam(required = false) @Nullable String procedureCode,
			@RequestParam(required = false) @Nullable Boolean overdue, @RequestParam(required = false) @Nullable Boolean atRisk,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "false") boolean inbox,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Authentication auth) {
		if (size < 1 || size > 200) {
			throw InvalidInputException.of("size", "error.page-size", 200);
		}
		if (page < 0) {
			throw InvalidInputException.of("page", "error.parameter.malformed", "page");
		}
		return dossiers.search(organization.caller(auth.getName()),
				new DossierService.Query(status, unitCode, procedureCode, overdue, atRisk, q, inbox, page, size));
	}

	@PostMapping("/{code}/actions")
	@Operation(summary = "Take an action; send the version you read. 409 on a stale version or an action not allowed now")
	DossierView act(@PathVariable String code, @RequestBody(required = false) @Nullable ActionCommand body, Authentication auth) {
		if (body == null) {
			throw InvalidInputException.of("action", "error.required");
		}
		return dossiers.act(organization.caller(auth.getName()), code, body);
	}
}
