package org.motcua.documents.web;

import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.motcua.documents.FormService;
import org.motcua.documents.TrackingBook;
import org.motcua.organization.Organization;
import org.motcua.shared.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The tracking book (Mẫu 06) of a unit for a period, as signed PDF or as an Excel workbook. */
@RestController
@Tag(name = "Documents")
class TrackingBookApiController {

	static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final TrackingBook book;
	private final Organization organization;

	TrackingBookApiController(TrackingBook book, Organization organization) {
		this.book = book;
		this.organization = organization;
	}

	@GetMapping({ "/api/v1/units/{unitCode}/tracking-book", "/units/{unitCode}/tracking-book" })
	@Operation(summary = "Dossiers received at the unit from `from` to `to` (dates, at most a year): format=pdf (signed, A4) or xlsx")
	ResponseEntity<byte[]> trackingBook(@PathVariable String unitCode, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(defaultValue = "pdf") String format, Authentication auth) {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		LocalDate f = date(from, "from", problems);
		LocalDate t = date(to, "to", problems);
		TrackingBook.Format fmt = null;
		try {
			fmt = TrackingBook.Format.valueOf(format.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add("format", "error.parameter.malformed", "format");
		}
		problems.throwIfAny();
		FormService.IssuedDocument doc = book.issue(organization.caller(auth.getName()), unitCode, f, t, fmt);
		return ResponseEntity.ok()
			.contentType(fmt == TrackingBook.Format.XLSX ? XLSX : MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(doc.fileName()).build().toString())
			.header("Signature-Status", doc.signed() ? "signed" : "unsigned")
			.body(doc.content());
	}

	private static @Nullable LocalDate date(@Nullable String value, String field, InvalidInputException.Collector problems) {
		if (value == null || value.isBlank()) {
			problems.add(field, "error.required");
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (java.time.format.DateTimeParseException ex) {
			problems.add(field, "error.parameter.malformed", field);
			return null;
		}
	}
}
