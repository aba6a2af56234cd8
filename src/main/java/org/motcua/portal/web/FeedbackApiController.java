package org.motcua.portal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.motcua.organization.Organization;
import org.motcua.portal.FeedbackCommand;
import org.motcua.portal.FeedbackHandling;
import org.motcua.portal.FeedbackStatus;
import org.motcua.portal.FeedbackSubmission;
import org.motcua.portal.FeedbackView;
import org.motcua.shared.InvalidInputException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Officials' feedback inbox and actions, scoped by jurisdiction; conduct reports only for superiors and inspectors.
 */
@RestController
@RequestMapping("/api/v1/feedback")
@Tag(name = "Feedback handling")
class FeedbackApiController {

	private final FeedbackHandling handling;
	private final Organization organization;

	FeedbackApiController(FeedbackHandling handling, Organization organization) {
		this.handling = handling;
		this.organization = organization;
	}

	@GetMapping
	@Operation(summary = "Feedback in the caller's jurisdiction, overdue first; kind is the topic")
	FeedbackHandling.Page list(@RequestParam(required = false) @Nullable FeedbackStatus status,
			@RequestParam(required = false) FeedbackSubmission.@Nullable Topic kind,
			@RequestParam(required = false) @Nullable String unit, @RequestParam(required = false) @Nullable Boolean overdue,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Authentication auth) {
		return handling.inbox(organization.caller(auth.getName()),
				new FeedbackHandling.Query(status, kind, unit, overdue, page, size));
	}

	@GetMapping("/{id}")
	FeedbackView get(@PathVariable long id, Authentication auth) {
		return handling.get(organization.caller(auth.getName()), id);
	}

	@GetMapping("/{id}/files/{fileId}")
	@Operation(summary = "A file the sender attached (404 when the caller may not see the feedback or the file is not its)")
	org.springframework.http.ResponseEntity<org.springframework.core.io.InputStreamResource> file(@PathVariable long id,
			@PathVariable java.util.UUID fileId, Authentication auth) {
		return FeedbackDownloads.download(handling.attachment(organization.caller(auth.getName()), id, fileId));
	}

	@PostMapping("/{id}/actions")
	@Operation(summary = "ACCEPT, REFUSE, REQUEST_INFO, ANSWER, PUBLISH or ESCALATE; send the version you read (409 when stale or not allowed now)")
	FeedbackView act(@PathVariable long id, @RequestBody(required = false) @Nullable FeedbackCommand body, Authentication auth) {
		if (body == null) {
			throw InvalidInputException.of("action", "error.required");
		}
		return handling.act(organization.caller(auth.getName()), id, body);
	}
}
