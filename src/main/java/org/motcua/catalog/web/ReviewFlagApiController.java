package org.motcua.catalog.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.motcua.catalog.ReviewFlags;
import org.motcua.organization.Organization;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Procedures flagged for review because a legal document they cite expired, and clearing the flags. */
@RestController
@RequestMapping("/api/v1/catalog/review-flags")
@Tag(name = "Catalog")
class ReviewFlagApiController {

	private final ReviewFlags flags;
	private final Organization organization;

	ReviewFlagApiController(ReviewFlags flags, Organization organization) {
		this.flags = flags;
		this.organization = organization;
	}

	record FlagList(List<ReviewFlags.Flag> items, int total) {
	}

	record ClearRequest(@Nullable String note, @Nullable Integer version) {
	}

	@GetMapping
	@Operation(summary = "Procedures flagged because a legal document in their legal basis expired: status OPEN (default), CLEARED or ALL")
	FlagList list(@RequestParam(defaultValue = "OPEN") ReviewFlags.Filter status, Authentication auth) {
		List<ReviewFlags.Flag> items = flags.list(organization.caller(auth.getName()), status);
		return new FlagList(items, items.size());
	}

	@GetMapping("/{id}")
	ReviewFlags.Flag flag(@PathVariable long id) {
		return flags.get(id);
	}

	@PostMapping("/{id}/clear")
	@Operation(summary = "Clear a flag after reviewing the procedure (catalogue editors): note (what was done), version")
	ReviewFlags.Flag clear(@PathVariable long id, @RequestBody ClearRequest body, Authentication auth) {
		return flags.clear(organization.caller(auth.getName()), id, body.note(), body.version());
	}
}
