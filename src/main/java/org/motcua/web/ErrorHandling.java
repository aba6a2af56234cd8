package org.motcua.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.motcua.shared.ConflictException;
import org.motcua.shared.DomainException;
import org.motcua.shared.ForbiddenException;
import org.motcua.shared.InvalidInputException;
import org.motcua.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Every error, one way: API requests get an RFC 9457 problem response ({@code application/problem+json})
 * with a message in the request's language; people get a friendly page. Never a stack trace; unexpected
 * errors are logged with the correlation id that the response shows.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

	private final MessageSource messages;

	ErrorHandling(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	Object notFound(NotFoundException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.NOT_FOUND, ex.messageKey(), ex.args(), Map.of());
	}

	@ExceptionHandler({ ForbiddenException.class, AccessDeniedException.class })
	Object forbidden(Exception ex, HttpServletRequest request) {
		String key = ex instanceof DomainException d ? d.messageKey() : "error.forbidden";
		Object[] args = ex instanceof DomainException d ? d.args() : new Object[0];
		return respond(request, HttpStatus.FORBIDDEN, key, args, Map.of());
	}

	@ExceptionHandler(ConflictException.class)
	Object conflict(ConflictException ex, HttpServletRequest request) {
		Map<String, Object> extra = new LinkedHashMap<>();
		if (ex.current() != null) {
			extra.put("current", ex.current());
		}
		extra.putAll(ex.extensions());
		return respond(request, HttpStatus.CONFLICT, ex.messageKey(), ex.args(), extra);
	}

	@ExceptionHandler(InvalidInputException.class)
	Object invalid(InvalidInputException ex, HttpServletRequest request) {
		Locale locale = RequestContextUtils.getLocale(request);
		List<Map<String, String>> errors = new ArrayList<>();
		for (InvalidInputException.FieldProblem p : ex.problems()) {
			errors.add(Map.of("field", p.field(), "message", messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale)));
		}
		return respond(request, HttpStatus.BAD_REQUEST, ex.messageKey(), ex.args(), Map.of("errors", errors));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	Object beanValidation(MethodArgumentNotValidException ex, HttpServletRequest request) {
		Locale locale = RequestContextUtils.getLocale(request);
		List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
			.map(f -> Map.of("field", f.getField(), "message", messages.getMessage(f, locale)))
			.toList();
		return respond(request, HttpStatus.BAD_REQUEST, "error.invalid-input", new Object[0], Map.of("errors", errors));
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			MissingServletRequestPartException.class })
	Object badParameter(Exception ex, HttpServletRequest request) {
		String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName()
				: ex instanceof MissingServletRequestParameterException m ? m.getParameterName()
				: ((MissingServletRequestPartException) ex).getRequestPartName();
		String key = ex instanceof MethodArgumentTypeMismatchException ? "error.parameter.malformed" : "error.parameter.missing";
		return respond(request, HttpStatus.BAD_REQUEST, key, new Object[] { name }, Map.of("parameter", name));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.BAD_REQUEST, "error.body.unreadable", new Object[0], Map.of());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.PAYLOAD_TOO_LARGE, "error.upload.too-large", new Object[0], Map.of());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object method(HttpRequestMethodNotSupportedException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.METHOD_NOT_ALLOWED, "error.method", new Object[] { ex.getMethod() }, Map.of());
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	Object mediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.media-type", new Object[0], Map.of());
	}

	@ExceptionHandler(NoResourceFoundException.class)
	Object noResource(NoResourceFoundException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.NOT_FOUND, "error.page.not-found", new Object[0], Map.of());
	}

	/** Two users created the same thing at the same moment: the database's unique constraint decided. */
	@ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
	Object duplicate(org.springframework.dao.DuplicateKeyException ex, HttpServletRequest request) {
		log.info("Duplicate key on {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMostSpecificCause().getMessage());
		return respond(request, HttpStatus.CONFLICT, "error.duplicate", new Object[0], Map.of());
	}

	@ExceptionHandler(Exception.class)
	Object unexpected(Exception ex, HttpServletRequest request) {
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return respond(request, HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected",
				new Object[] { String.valueOf(MDC.get("cid")) }, Map.of());
	}

	Object respond(HttpServletRequest request, HttpStatus status, String key, Object[] args, Map<String, Object> extra) {
		Locale locale = RequestContextUtils.getLocale(request);
		String detail = messages.getMessage(key, args, key, locale);
		if (isApi(request)) {
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem(request, status, detail, extra, locale));
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("detail", detail);
		page.addObject("correlationId", MDC.get("cid"));
		return page;
	}

	ProblemDetail problem(HttpServletRequest request, HttpStatus status, String detail, Map<String, Object> extra, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		@Nullable String cid = MDC.get("cid");
		if (cid != null) {
			problem.setProperty("correlationId", cid);
		}
		extra.forEach(problem::setProperty);
		return problem;
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}
}
