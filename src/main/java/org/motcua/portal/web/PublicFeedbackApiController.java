package org.motcua.portal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.motcua.portal.FeedbackService;
import org.motcua.portal.FeedbackSubmission;
import org.motcua.portal.LookupRateLimiter;
import org.motcua.portal.PublicFeedback;
import org.motcua.portal.PublishedFeedback;
import org.motcua.portal.TooManyLookupsException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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

/**
 * Feedback and recommendations from the public, without sign-in (sending is rate-limited per client like the lookup),
 * and the published answers with their "helpful" marks.
 */
@RestController
@RequestMapping("/api/v1/public/feedback")
@Tag(name = "Public feedback")
class PublicFeedbackApiController {

	private final FeedbackService feedback;
	private final PublicFeedback published;
	private final LookupRateLimiter limiter;
	private final MessageSource messages;

	PublicFeedbackApiController(FeedbackService feedback, PublicFeedback published, LookupRateLimiter limiter,
			MessageSource messages) {
		this.feedback = feedback;
		this.published = published;
		this.limiter = limiter;
		this.messages = messages;
	}

	/** A reader's mark on a published answer. */
	record HelpfulMark(@Nullable Boolean helpful) {
	}

	@GetMapping
	@Operation(summary = "Published answers, newest first, optionally of one unit; personal data removed")
	PublicFeedback.Page list(@RequestParam(required = false) @Nullable String unitCode,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return published.published(unitCode, page, size);
	}

	@GetMapping("/{ref}")
	@Operation(summary = "A published answer by id or tracking code (404 until it is published); personal data removed")
	PublishedFeedback get(@PathVariable String ref) {
		return published.published(ref);
	}

	@PostMapping("/{ref}/helpful")
	@Operation(summary = "Mark a published answer helpful or not; one mark per client address, a new mark replaces the old")
	PublishedFeedback helpful(@PathVariable String ref, @RequestBody(required = false) @Nullable HelpfulMark body,
			HttpServletRequest request) {
		if (body == null || body.helpful() == null) {
			throw org.motcua.shared.InvalidInputException.of("helpful", "error.required");
		}
		return published.markHelpful(ref, body.helpful(), request.getRemoteAddr());
	}

	@PostMapping
	@Operation(summary = "Send feedback about a procedure's rules, a dossier's handling or an official's conduct")
	ResponseEntity<FeedbackService.Received> submit(@RequestBody FeedbackSubmission submission, HttpServletRequest request) {
		limiter.acquire(request.getRemoteAddr());
		return ResponseEntity.status(HttpStatus.CREATED).body(feedback.submit(submission));
	}

	@ExceptionHandler(TooManyLookupsException.class)
	ResponseEntity<ProblemDetail> tooMany(TooManyLookupsException ex, HttpServletRequest request) {
		return PublicDossierApiController.tooManyProblem(ex, request, messages);
	}
}
