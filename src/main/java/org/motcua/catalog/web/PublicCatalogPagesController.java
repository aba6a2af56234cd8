package org.motcua.catalog.web;

import org.jspecify.annotations.Nullable;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.Channel;
import org.motcua.catalog.ProcedureQuery;
import org.motcua.catalog.ProcedureStatus;
import org.motcua.catalog.ProcedureSummary;
import org.motcua.catalog.ProcedureVersion;
import org.motcua.catalog.ResultPage;
import org.motcua.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public, read-only catalogue pages: a search over active procedures and one procedure as published now,
 * without sign-in. The procedure page is a fragment the citizen portal can reuse.
 */
@Controller
class PublicCatalogPagesController {

	private final Catalog catalog;

	PublicCatalogPagesController(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/public/procedures")
	String search(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String level,
			@RequestParam(required = false) @Nullable Channel channel, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		int p = Math.max(0, page);
		ResultPage<ProcedureSummary> result = catalog.search(new ProcedureQuery(q, level, null, null, channel, ProcedureStatus.ACTIVE,
				null, p, CatalogPagesController.PAGE_SIZE));
		model.addAttribute("result", result);
		model.addAttribute("page", p);
		model.addAttribute("pages", Math.max(1, (result.total() + CatalogPagesController.PAGE_SIZE - 1) / CatalogPagesController.PAGE_SIZE));
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("level", level == null ? "" : level);
		model.addAttribute("channel", channel);
		if (htmx != null) {
			return "catalog/public-list :: rows";
		}
		model.addAttribute("levels", catalog.levels());
		model.addAttribute("channels", Channel.values());
		return "catalog/public-list";
	}

	@GetMapping("/public/procedures/{code}")
	String procedure(@PathVariable String code, Model model) {
		ProcedureVersion v = catalog.published(code).orElseThrow(() -> new NotFoundException("error.catalog.not-found", code));
		model.addAttribute("v", v);
		model.addAttribute("c", v.content());
		model.addAttribute("stepLines", CatalogPagesController.lines(v.content().implementationSteps()));
		return "catalog/public";
	}
}
