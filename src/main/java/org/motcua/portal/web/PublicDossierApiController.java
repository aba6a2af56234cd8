package org.motcua.portal.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.motcua.portal.DossierLookup;
import org.motcua.portal.MaskedDossier;
import org.motcua.portal.Rating;
import org.motcua.portal.TooManyLookupsException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Public dossier lookup and rating, without sign-in: the code plus the receipt's PIN ({@code pin}) or the last
 * four digits of the applicant's citizen ID or phone ({@code idLast4}).
 */
@RestController
@RequestMapping("/api/v1/public/dossiers")
@Tag(name = "Public dossier lookup")
class PublicDossierApiController {

	private final DossierLookup lookup;
	private final MessageSource messages;

	PublicDossierApiController(DossierLookup lookup, MessageSource messages) {
		this.lookup = lookup;
		this.messages = messages;
	}

	@GetMapping("/{code}")
	@Operation(summary = "Look up a dossier by code and second factor; personal data masked; rate-limited per client")
	MaskedDossier get(@PathVariable String code, @RequestParam(required = false) @Nullable String pin,
			@RequestParam(required = false) @Nullable String idLast4, HttpServletRequest request) {
		return lookup.lookup(code, factor(pin, idLast4), request.getRemoteAddr());
	}

	@PostMapping("/{code}/rating")
	@Operation(summary = "Rate the service once the result was returned; once per dossier (409 on a second rating)")
	ResponseEntity<MaskedDossier> rate(@PathVariable String code, @RequestParam(required = false) @Nullable String pin,
			@RequestParam(required = false) @Nullable String idLast4, @RequestBody Rating rating, HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED).body(lookup.rate(code, factor(pin, idLast4), request.getRemoteAddr(), rating));
	}

	static @Nullable String factor(@Nullable String pin, @Nullable String idLast4) {
		return pin != null && !pin.isBlank() ? pin : idLast4;
	}

	@ExceptionHandler(TooManyLookupsException.class)
	ResponseEntity<ProblemDetail> tooMany(TooManyLookupsException ex, HttpServletRequest request) {
		return tooManyProblem(ex, request, messages);
	}

	static ResponseEntity<ProblemDetail> tooManyProblem(TooManyLookupsException ex, HttpServletRequest request,
			MessageSource messages) {
		Locale locale = RequestContextUtils.getLocale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				messages.getMessage("error.portal.lookup.too-many", new Object[] { ex.retryAfterSeconds() }, locale));
		problem.setTitle(messages.getMessage("problem.title.429", null, "Too Many Requests", locale));
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		problem.setProperty("retryAfterSeconds", ex.retryAfterSeconds());
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds())).body(problem);
	}
}
