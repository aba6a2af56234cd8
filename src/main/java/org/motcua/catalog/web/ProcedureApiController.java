package org.motcua.catalog.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.CatalogCommands;
import org.motcua.catalog.CatalogExchange;
import org.motcua.catalog.ImportReport;
import org.motcua.catalog.CatalogStats;
import org.motcua.catalog.Channel;
import org.motcua.catalog.InternalProcess;
import org.motcua.catalog.Procedure;
import org.motcua.catalog.ProcedureContent;
import org.motcua.catalog.ProcedureQuery;
import org.motcua.catalog.ProcedureStatus;
import org.motcua.catalog.ProcedureSummary;
import org.motcua.catalog.ProcedureVersion;
import org.motcua.catalog.ProcessStep;
import org.motcua.catalog.ProcessVersion;
import org.motcua.catalog.PublicationTracking;
import org.motcua.catalog.ResultPage;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.shared.InvalidInputException;
import org.motcua.shared.NotFoundException;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

/**
 * The catalogue API for officials: search, detail with version history, statistics, internal processes, and
 * changes (each a new version in force from its effective date) for catalogue editors.
 */
@RestController
@RequestMapping("/api/v1/procedures")
@Tag(name = "Catalog")
class ProcedureApiController {

	private final Catalog catalog;
	private final Organization organization;
	private final RequestBodies json;
	private final CatalogExchange exchange;
	private final MessageSource messages;
	private final PublicationTracking publication;

	ProcedureApiController(Catalog catalog, Organization organization, RequestBodies json, CatalogExchange exchange,
			MessageSource messages, PublicationTracking publication) {
		this.publication = publication;
		this.catalog = catalog;
		this.organization = organization;
		this.json = json;
		this.exchange = exchange;
		this.messages = messages;
	}

	/** A procedure version with its content at the top level. */
	record ProcedureDto(String code, int version, long versionId, int versionNumber, LocalDate effectiveFrom,
			@JsonUnwrapped ProcedureContent content, List<Procedure.VersionSummary> versions) {

		static ProcedureDto of(Procedure p) {
			ProcedureVersion v = p.current();
			return new ProcedureDto(p.code(), p.version(), v.id(), v.number(), v.effectiveFrom(), v.content(), p.versions());
		}

		static ProcedureDto of(ProcedureVersion v) {
			return new ProcedureDto(v.code(), -1, v.id(), v.number(), v.effectiveFrom(), v.content(), List.of());
		}
	}

	record PageDto<T>(List<T> items, long total, int page, int size) {
	}

	record NewProcedureMeta(@Nullable String code, @Nullable LocalDate effectiveFrom) {
	}

	record ChangeMeta(@Nullable LocalDate effectiveFrom, @Nullable String reason, @Nullable Integer version) {
	}

	record ProcessRequest(@Nullable List<ProcessStep> steps, @Nullable LocalDate effectiveFrom, @Nullable Integer version) {
	}

	@GetMapping
	@Operation(summary = "Search procedures without diacritics; filter by level, field, unit (with the units below it), channel and status")
	PageDto<ProcedureSummary> search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String level, @RequestParam(required = false) @Nullable String field,
			@RequestParam(required = false) @Nullable String unitCode, @RequestParam(required = false) @Nullable Channel channel,
			@RequestParam(required = false) @Nullable ProcedureStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate at,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		ResultPage<ProcedureSummary> result = catalog.search(new ProcedureQuery(q, level, field, unitCode, channel, status, at, page, size));
		return new PageDto<>(result.items(), result.total(), page, size);
	}

	@GetMapping("/stats")
	@Operation(summary = "How many procedures a unit (with the units below it) applies, by competence level and status")
	CatalogStats stats(@RequestParam(required = false) @Nullable String unitCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate at) {
		return catalog.stats(unitCode, at);
	}

	record IssueList(List<PublicationTracking.ProcedureIssues> items, int total, PublicationTracking.Summary summary) {
	}

	@GetMapping("/publication-issues")
	@Operation(summary = "Procedures in force (of a unit and the units below it) whose announcement or national-database publication missed its legal deadline, or that lack required parts; with the counts behind indicators 1.1–1.3 of Decision 766")
	IssueList publicationIssues(@RequestParam(required = false) @Nullable String unitCode) {
		PublicationTracking.Report report = publication.report(unitCode);
		return new IssueList(report.items(), report.items().size(), report.summary());
	}

	@GetMapping("/fields")
	@Operation(summary = "Fields (lĩnh vực) of the procedures in force")
	List<String> fields() {
		return catalog.fields();
	}

	@GetMapping(value = "/export", produces = XLSX)
	@Operation(summary = "The procedures in force (of a unit and the units below it, or all) as an .xlsx workbook: Procedures, Components, Fees, LegalBasis and Steps sheets")
	ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable String unitCode) {
		return xlsx(exchange.export(unitCode));
	}

	@PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import an .xlsx workbook (catalogue editors): idempotent by code; with problems nothing is imported (400 listing each) unless skipInvalid=true")
	ResponseEntity<?> importWorkbook(@RequestPart("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean skipInvalid,
			Authentication auth, Locale locale, HttpServletRequest request) throws IOException {
		ImportReport report = exchange.importWorkbook(caller(auth), file.getInputStream(), skipInvalid, null);
		ImportReportDto dto = ImportReportDto.of(report, messages, locale);
		if (report.applied()) {
			return ResponseEntity.ok(dto);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("error.catalog.import.rejected", new Object[] { report.problems().size() }, locale));
		problem.setTitle(messages.getMessage("problem.title.400", null, "Bad Request", locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		String cid = MDC.get("cid");
		if (cid != null) {
			problem.setProperty("correlationId", cid);
		}
		problem.setProperty("applied", false);
		problem.setProperty("processedRows", dto.processedRows());
		problem.setProperty("problems", dto.problems());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static ResponseEntity<byte[]> xlsx(byte[] body) {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("thu-tuc-hanh-chinh.xlsx").build().toString())
			.body(body);
	}

	@GetMapping("/{code}")
	@Operation(summary = "A procedure: the version in force on 'at' (today when absent) and its version history")
	ProcedureDto procedure(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate at) {
		return ProcedureDto.of(catalog.procedure(code, at));
	}

	@GetMapping("/{code}/versions/{number}")
	@Operation(summary = "One version of a procedure by its number")
	ProcedureDto version(@PathVariable String code, @PathVariable int number) {
		return ProcedureDto.of(catalog.procedureVersion(code, number));
	}

	@GetMapping("/versions/{id}")
	@Operation(summary = "One version of a procedure by its id (what a dossier records)")
	ProcedureDto versionById(@PathVariable long id) {
		return ProcedureDto.of(catalog.procedureVersionById(id)
			.orElseThrow(() -> new NotFoundException("error.catalog.version-id-not-found", id)));
	}

	@PostMapping
	@Operation(summary = "Create a procedure (SYSTEM_ADMIN, UNIT_ADMIN, REFORM_OFFICER, for units in their jurisdiction)")
	ResponseEntity<ProcedureDto> create(@RequestBody JsonNode body, Authentication auth) {
		NewProcedureMeta meta = json.read(body, NewProcedureMeta.class);
		ProcedureContent content = json.read(body, ProcedureContent.class);
		Procedure p = catalog.create(caller(auth), new CatalogCommands.NewProcedure(meta.code() == null ? "" : meta.code(), content,
				meta.effectiveFrom()));
		return ResponseEntity.created(URI.create("/api/v1/procedures/" + p.code())).body(ProcedureDto.of(p));
	}

	@PutMapping("/{code}")
	@Operation(summary = "Record a new version in force from effectiveFrom (today when absent); send the version you read")
	ProcedureDto update(@PathVariable String code, @RequestBody JsonNode body, Authentication auth) {
		ChangeMeta meta = json.read(body, ChangeMeta.class);
		if (meta.version() == null) {
			throw InvalidInputException.of("version", "error.required");
		}
		ProcedureContent content = json.read(body, ProcedureContent.class);
		return ProcedureDto.of(catalog.update(caller(auth), code,
				new CatalogCommands.ProcedureChange(content, meta.effectiveFrom(), meta.reason(), meta.version())));
	}

	@GetMapping("/{code}/processes")
	@Operation(summary = "The internal processes of a procedure, one per receiving unit, with their versions")
	List<InternalProcess> processes(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate at) {
		return catalog.processes(code, at);
	}

	@GetMapping("/{code}/processes/{unitCode}")
	InternalProcess process(@PathVariable String code, @PathVariable String unitCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate at) {
		return catalog.process(code, unitCode, at)
			.orElseThrow(() -> new NotFoundException("error.catalog.process.not-found", code, unitCode));
	}

	@GetMapping("/processes/versions/{id}")
	@Operation(summary = "One internal process version by its id (what a dossier records)")
	ProcessVersion processVersionById(@PathVariable long id) {
		return catalog.processVersionById(id).orElseThrow(() -> new NotFoundException("error.catalog.version-id-not-found", id));
	}

	@PutMapping("/{code}/processes/{unitCode}")
	@Operation(summary = "Record a new version of the internal process of a receiving unit; send the version you read (0 for a new process)")
	InternalProcess defineProcess(@PathVariable String code, @PathVariable String unitCode, @RequestBody JsonNode json,
			Authentication auth) {
		ProcessRequest body = this.json.read(json, ProcessRequest.class);
		return catalog.defineProcess(caller(auth), code, new CatalogCommands.ProcessChange(unitCode,
				body.steps() == null ? List.of() : body.steps(), body.effectiveFrom(), body.version() == null ? 0 : body.version()));
	}

	private Caller caller(Authentication auth) {
		return organization.caller(auth.getName());
	}
}
