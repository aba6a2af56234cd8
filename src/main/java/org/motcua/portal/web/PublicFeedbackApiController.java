package org.motcua.portal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.motcua.portal.FeedbackService;
import org.motcua.portal.FeedbackSubmission;
import org.motcua.portal.LookupRateLimiter;
import org.motcua.portal.TooManyLookupsException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Feedback and recommendations from the public, without sign-in; rate-limited per client like the lookup. */
@RestController
@RequestMapping("/api/v1/public/feedback")
@Tag(name = "Public feedback")
class PublicFeedbackApiController {

	private final FeedbackService feedback;
	private final LookupRateLimiter limiter;
	private final MessageSource messages;

	PublicFeedbackApiController(FeedbackService feedback, LookupRateLimiter limiter, MessageSource messages) {
		this.feedback = feedback;
		this.limiter = limiter;
		this.messages = messages;
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
