package org.motcua.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.MDC;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What the servlet container forwards to {@code /error} (errors outside controllers): a problem response
 * for API paths, the friendly error page otherwise.
 */
@Controller
class FallbackErrorController implements ErrorController {

	private final MessageSource messages;

	FallbackErrorController(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = HttpStatus.resolve(code instanceof Integer i ? i : 500);
		if (status == null) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String key = switch (status) {
			case NOT_FOUND -> "error.page.not-found";
			case FORBIDDEN -> "error.forbidden";
			case UNAUTHORIZED -> "error.unauthorized";
			case BAD_REQUEST -> "error.invalid-input";
			default -> "error.unexpected";
		};
		var locale = RequestContextUtils.getLocale(request);
		String detail = messages.getMessage(key, new Object[] { String.valueOf(MDC.get("cid")) }, key, locale);
		if (uri instanceof String u && u.startsWith(request.getContextPath() + "/api/")) {
			var problem = org.springframework.http.ProblemDetail.forStatusAndDetail(status, detail);
			problem.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
			problem.setInstance(java.net.URI.create(u));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error", Map.of("status", status.value(), "detail", detail));
		page.setStatus(status);
		return page;
	}
}
