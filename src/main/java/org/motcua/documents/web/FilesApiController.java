package org.motcua.documents.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.motcua.documents.AttachmentView;
import org.motcua.documents.Attachments;
import org.motcua.documents.DossierFiles;
import org.motcua.documents.ReuseOffer;
import org.motcua.organization.Organization;
import org.motcua.shared.InvalidInputException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Files of a dossier: upload per component or result, list with the digitization facts, download, reuse. */
@RestController
@RequestMapping("/api/v1/dossiers/{code}")
@Tag(name = "Documents")
class FilesApiController {

	private final Attachments attachments;
	private final Organization organization;

	FilesApiController(Attachments attachments, Organization organization) {
		this.attachments = attachments;
		this.organization = organization;
	}

	@PostMapping(path = "/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach a file to a component (componentCode) or to the result (purpose=RESULT); the type is "
			+ "sniffed from the bytes; 400 for a type not allowed, a disguised or infected file, or one too large")
	ResponseEntity<AttachmentView> upload(@PathVariable String code, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String componentCode, @RequestParam(required = false) @Nullable String purpose,
			@RequestParam(required = false) @Nullable String validUntil, Authentication auth) throws IOException {
		AttachmentView view = upload(attachments, organization, auth, code, file, componentCode, purpose, validUntil);
		return ResponseEntity.created(URI.create("/api/v1/dossiers/" + view.dossierCode() + "/files/" + view.id())).body(view);
	}

	static AttachmentView upload(Attachments attachments, Organization organization, Authentication auth, String code,
			@Nullable MultipartFile file, @Nullable String componentCode, @Nullable String purpose, @Nullable String validUntil)
			throws IOException {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		problems.check(file != null && !file.isEmpty(), "file", "error.documents.empty");
		AttachmentView.Purpose p = null;
		if (purpose == null || purpose.isBlank()) {
			p = AttachmentView.Purpose.COMPONENT;
		}
		else {
			try {
				p = AttachmentView.Purpose.valueOf(purpose.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add("purpose", "error.parameter.malformed", "purpose");
			}
		}
		LocalDate valid = null;
		if (validUntil != null && !validUntil.isBlank()) {
			try {
				valid = LocalDate.parse(validUntil.trim());
			}
			catch (java.time.format.DateTimeParseException ex) {
				problems.add("validUntil", "error.parameter.malformed", "validUntil");
			}
		}
		problems.throwIfAny();
		try (InputStream in = file.getInputStream()) {
			return attachments.upload(organization.caller(auth.getName()), code,
					new Attachments.Upload(p, componentCode, file.getOriginalFilename(), valid), in);
		}
	}

	@GetMapping("/files")
	@Operation(summary = "The dossier's components with their files, the result files, and the digitization facts")
	DossierFiles list(@PathVariable String code, Authentication auth) {
		return attachments.list(organization.caller(auth.getName()), code);
	}

	@GetMapping("/files/{id}")
	@Operation(summary = "The bytes of a file, with its sniffed type and SHA-256")
	ResponseEntity<InputStreamResource> download(@PathVariable String code, @PathVariable UUID id, Authentication auth) {
		return download(attachments.open(organization.caller(auth.getName()), code, id));
	}

	static ResponseEntity<InputStreamResource> download(Attachments.Content content) {
		AttachmentView f = content.file();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(f.contentType()))
			.contentLength(f.size())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(f.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-SHA256", f.sha256())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(content.stream()));
	}

	@GetMapping("/reuse-offers")
	@Operation(summary = "Valid files of the applicant's earlier dossiers (same citizen ID) that may be reused instead of a new scan")
	List<ReuseOffer> offers(@PathVariable String code, Authentication auth) {
		return attachments.reuseOffers(organization.caller(auth.getName()), code);
	}

	/** Body of a reuse: the offered file and the component of this dossier it stands for. */
	record ReuseRequest(@Nullable UUID fileId, @Nullable String componentCode) {
	}

	@PostMapping("/files/reuse")
	@Operation(summary = "Attach an offered earlier file to a component; recorded as reused")
	ResponseEntity<AttachmentView> reuse(@PathVariable String code, @RequestBody(required = false) @Nullable ReuseRequest body,
			Authentication auth) {
		if (body == null) {
			throw InvalidInputException.of("fileId", "error.required");
		}
		AttachmentView view = attachments.reuse(organization.caller(auth.getName()), code, body.fileId(), body.componentCode());
		return ResponseEntity.created(URI.create("/api/v1/dossiers/" + view.dossierCode() + "/files/" + view.id())).body(view);
	}
}
