package org.motcua.catalog.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.motcua.catalog.CatalogExchange;
import org.motcua.catalog.CatalogRoles;
import org.motcua.catalog.WorkbookLayout;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.shared.ForbiddenException;
import org.motcua.shared.InvalidInputException;
import org.motcua.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Excel pages: download the catalogue, and upload a workbook whose import runs in the background while the page
 * shows its progress and then the validation report.
 */
@Controller
class CatalogExchangePagesController {

	private final CatalogExchange exchange;
	private final ImportJobs jobs;
	private final Organization organization;
	private final MessageSource messages;

	CatalogExchangePagesController(CatalogExchange exchange, ImportJobs jobs, Organization organization, MessageSource messages) {
		this.exchange = exchange;
		this.jobs = jobs;
		this.organization = organization;
		this.messages = messages;
	}

	@GetMapping("/catalog/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable String unitCode) {
		return ProcedureApiController.xlsx(exchange.export(CatalogPagesController.blankToNull(unitCode)));
	}

	@GetMapping("/catalog/import")
	String page(Authentication auth, Model model) {
		editor(auth);
		model.addAttribute("sheets", WorkbookLayout.SHEETS);
		return "catalog/import";
	}

	@PostMapping("/catalog/import")
	String upload(@RequestParam(required = false) @Nullable MultipartFile file, @RequestParam(defaultValue = "false") boolean skipInvalid,
			Authentication auth, Model model) throws IOException {
		Caller caller = editor(auth);
		if (file == null || file.isEmpty()) {
			model.addAttribute("sheets", WorkbookLayout.SHEETS);
			model.addAttribute("uploadError", "error.catalog.import.no-file");
			return "catalog/import";
		}
		ImportJobs.Job job = jobs.start(caller, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getBytes(), skipInvalid);
		return "redirect:/catalog/import/" + job.getId();
	}

	@GetMapping("/catalog/import/{id}")
	String job(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Authentication auth, Locale locale, Model model) {
		editor(auth);
		ImportJobs.Job job = jobs.find(id, auth.getName()).orElseThrow(() -> new NotFoundException("error.catalog.import.not-found", id));
		model.addAttribute("job", job);
		// Read "finished" once, before the outcome: the worker sets the report or failure before it marks the job
		// finished, so a page rendered as finished always has one of them.
		boolean finished = job.isFinished();
		model.addAttribute("finished", finished);
		if (finished && job.getReport() != null) {
			model.addAttribute("report", ImportReportDto.of(job.getReport(), messages, locale));
		}
		if (finished && job.getFailure() != null) {
			List<String> reasons = job.getFailure() instanceof InvalidInputException ex
					? ex.problems().stream().map(p -> messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale)).toList()
					: List.of(messages.getMessage(job.getFailure().messageKey(), job.getFailure().args(), job.getFailure().messageKey(), locale));
			model.addAttribute("failure", reasons);
		}
		return htmx != null ? "catalog/import-job :: progress" : "catalog/import-job";
	}

	private Caller editor(Authentication auth) {
		Caller caller = organization.caller(auth.getName());
		if (!CatalogRoles.any(caller, CatalogRoles.EDITORS)) {
			throw new ForbiddenException("error.forbidden");
		}
		return caller;
	}
}
