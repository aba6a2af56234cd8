package org.motcua.catalog.web;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.Channel;
import org.motcua.catalog.ProcedureContent;
import org.motcua.catalog.ProcedureQuery;
import org.motcua.catalog.ProcedureStatus;
import org.motcua.catalog.ProcedureSummary;
import org.motcua.catalog.ProcedureVersion;
import org.motcua.catalog.ResultPage;
import org.motcua.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public, read-only mirror of the catalogue for citizens and the portal: procedures in force and active
 * only, without sign-in and without internal processes.
 */
@RestController
@RequestMapping("/api/v1/public/procedures")
@Tag(name = "Public catalog")
class PublicProcedureApiController {

	private final Catalog catalog;

	PublicProcedureApiController(Catalog catalog) {
		this.catalog = catalog;
	}

	record PublicProcedureDto(String code, long versionId, int versionNumber, LocalDate effectiveFrom,
			@JsonUnwrapped ProcedureContent content) {
	}

	record PageDto(List<ProcedureSummary> items, long total, int page, int size) {
	}

	@GetMapping
	@Operation(summary = "Search active procedures without diacritics; filter by level, field, unit and channel")
	PageDto search(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String level,
			@RequestParam(required = false) @Nullable String field, @RequestParam(required = false) @Nullable String unitCode,
			@RequestParam(required = false) @Nullable Channel channel, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		ResultPage<ProcedureSummary> result = catalog.search(new ProcedureQuery(q, level, field, unitCode, channel,
				ProcedureStatus.ACTIVE, null, page, size));
		return new PageDto(result.items(), result.total(), page, size);
	}

	@GetMapping("/{code}")
	@Operation(summary = "An active procedure as published now")
	PublicProcedureDto procedure(@PathVariable String code) {
		ProcedureVersion v = catalog.published(code).orElseThrow(() -> new NotFoundException("error.catalog.not-found", code));
		return new PublicProcedureDto(v.code(), v.id(), v.number(), v.effectiveFrom(), v.content());
	}
}
