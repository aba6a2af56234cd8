package org.motcua.portal.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.motcua.portal.FeedbackReplies;
import org.motcua.portal.FeedbackService;
import org.motcua.portal.FeedbackSubmission;
import org.motcua.portal.LookupRateLimiter;
import org.motcua.portal.PublicFeedback;
import org.motcua.portal.PublishedFeedback;
import org.motcua.portal.TooManyLookupsException;
import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.RequestContextUtils;

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
	private final FeedbackReplies replies;

	PublicFeedbackApiController(FeedbackService feedback, PublicFeedback published, LookupRateLimiter limiter,
			MessageSource messages, FeedbackReplies replies) {
		this.replies = replies;
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

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Send feedback with files: part 'feedback' (the JSON of the plain request) and parts 'files' "
			+ "(JPEG, PNG or PDF); a refused file refuses the whole feedback (400, nothing stored)")
	ResponseEntity<FeedbackService.Received> submitWithFiles(@RequestPart("feedback") FeedbackSubmission submission,
			@RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files, HttpServletRequest request) {
		limiter.acquire(request.getRemoteAddr());
		return ResponseEntity.status(HttpStatus.CREATED).body(feedback.submit(
				submission.inLanguage(RequestContextUtils.getLocale(request).getLanguage()), FeedbackDownloads.files(files)));
	}

	@GetMapping("/replies/{token}")
	@Operation(summary = "What the officials asked the sender for, by the secret link's token (404 unknown, 409 used or no longer waiting)")
	FeedbackReplies.Pending pendingReply(@PathVariable String token) {
		return replies.pending(token);
	}

	@PostMapping(path = "/replies/{token}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "The sender answers a request for information: 'text' and optional 'files' (JPEG, PNG, PDF); once per link")
	FeedbackReplies.Replied reply(@PathVariable String token, @RequestParam(required = false) @Nullable String text,
			@RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files, HttpServletRequest request) {
		limiter.acquire(request.getRemoteAddr());
		return replies.reply(token, text, FeedbackDownloads.files(files));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Send feedback about a procedure's rules, a dossier's handling or an official's conduct")
	ResponseEntity<FeedbackService.Received> submit(@RequestBody FeedbackSubmission submission, HttpServletRequest request) {
		limiter.acquire(request.getRemoteAddr());
		return ResponseEntity.status(HttpStatus.CREATED).body(feedback.submit(
				submission.inLanguage(RequestContextUtils.getLocale(request).getLanguage())));
	}

	@ExceptionHandler(TooManyLookupsException.class)
	ResponseEntity<ProblemDetail> tooMany(TooManyLookupsException ex, HttpServletRequest request) {
		return PublicDossierApiController.tooManyProblem(ex, request, messages);
	}
}
