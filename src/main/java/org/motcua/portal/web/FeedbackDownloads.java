package org.motcua.portal.web;

import java.nio.charset.StandardCharsets;

import org.motcua.portal.FeedbackHandling;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** How a feedback file is sent to an official, and how uploaded parts become the portal's files. */
final class FeedbackDownloads {

	private FeedbackDownloads() {
	}

	static ResponseEntity<InputStreamResource> download(FeedbackHandling.AttachmentContent content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.file().contentType()))
			.contentLength(content.file().size())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(content.file().fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-SHA256", content.file().sha256())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(new InputStreamResource(content.stream()));
	}

	/** The files actually chosen: a form without a file still sends one empty, nameless part. */
	static java.util.List<org.motcua.portal.FeedbackFile> files(java.util.@org.jspecify.annotations.Nullable List<MultipartFile> parts) {
		if (parts == null) {
			return java.util.List.of();
		}
		return parts.stream()
			.filter(p -> !(p.isEmpty() && (p.getOriginalFilename() == null || p.getOriginalFilename().isBlank())))
			.map(p -> new org.motcua.portal.FeedbackFile(p.getOriginalFilename(), p))
			.toList();
	}

	/** Each field's problems, in the reader's language, for a page that is not bound to a form object. */
	static java.util.Map<String, String> messages(org.motcua.shared.InvalidInputException ex,
			org.springframework.context.MessageSource messages) {
		java.util.Map<String, String> byField = new java.util.LinkedHashMap<>();
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		for (var p : ex.problems()) {
			byField.merge(p.field(), messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale), (a, b) -> a + " " + b);
		}
		return byField;
	}
}
