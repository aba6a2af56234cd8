package org.motcua.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.documents.FormService;
import org.motcua.documents.StandardForm;
import org.motcua.organization.Organization;
import org.motcua.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The standard forms of a dossier as signed PDF. */
@RestController
@Tag(name = "Documents")
class FormsApiController {

	private final FormService forms;
	private final Organization organization;

	FormsApiController(FormService forms, Organization organization) {
		this.forms = forms;
		this.organization = organization;
	}

	@GetMapping("/api/v1/dossiers/{code}/forms/{form}")
	@Operation(summary = "A standard form as PDF signed by the receiving unit: receipt, completion-request, refusal, "
			+ "apology, tracking-sheet, stop-notice; 409 when the dossier has not reached it")
	ResponseEntity<byte[]> form(@PathVariable String code, @PathVariable String form, Authentication auth) {
		return pdf(forms.issue(organization.caller(auth.getName()), code, parse(form)));
	}

	static StandardForm parse(String slug) {
		return StandardForm.ofSlug(slug).orElseThrow(() -> new NotFoundException("error.documents.unknown-form", slug));
	}

	static ResponseEntity<byte[]> pdf(FormService.IssuedDocument doc) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(doc.fileName()).build().toString())
			.header("Signature-Status", doc.signed() ? "signed" : "unsigned")
			.body(doc.content());
	}
}
