package org.motcua.security.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.motcua.organization.Official;
import org.motcua.organization.Organization;
import org.motcua.organization.Role;
import org.motcua.security.ApiTokens;
import org.motcua.security.Credentials;
import org.motcua.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Token issue and revocation, and who am I.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Authentication")
class AuthApiController {

	private final AuthenticationManager authentication;
	private final ApiTokens tokens;
	private final Credentials credentials;
	private final Organization organization;
	private final MessageSource messages;

	AuthApiController(AuthenticationManager authentication, ApiTokens tokens, Credentials credentials,
			Organization organization, MessageSource messages) {
		this.authentication = authentication;
		this.tokens = tokens;
		this.credentials = credentials;
		this.organization = organization;
		this.messages = messages;
	}

	record TokenRequest(String username, String password) {
	}

	record TokenResponse(String access_token, String token_type, long expires_in) {
	}

	record Me(String username, String fullName, List<Role> roles, String unitCode, String unitName) {
	}

	@PostMapping("/auth/token")
	@Operation(summary = "Exchange a username and password for a bearer token")
	ResponseEntity<?> token(@RequestBody(required = false) TokenRequest body, HttpServletRequest request) {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		problems.check(body != null && body.username() != null && !body.username().isBlank(), "username", "error.required");
		problems.check(body != null && body.password() != null && !body.password().isEmpty(), "password", "error.required");
		problems.throwIfAny();
		Authentication auth;
		try {
			auth = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(body.username(), body.password()));
		}
		catch (LockedException ex) {
			return problem(request, HttpStatus.UNAUTHORIZED, "login.locked", Map.of("reason", "locked"));
		}
		catch (AuthenticationException ex) {
			return problem(request, HttpStatus.UNAUTHORIZED, "login.error", Map.of("reason", "bad_credentials"));
		}
		if (credentials.state(auth.getName()).map(Credentials.State::mustChange).orElse(false)) {
			return problem(request, HttpStatus.FORBIDDEN, "error.password.must-change", Map.of("reason", "password_change_required"));
		}
		ApiTokens.IssuedToken issued = tokens.issue(auth.getName(), request.getRemoteAddr());
		return ResponseEntity.ok()
			.header("Cache-Control", "no-store")
			.body(new TokenResponse(issued.token(), "Bearer", issued.expiresInSeconds()));
	}

	@PostMapping("/auth/revoke")
	@Operation(summary = "Revoke the bearer token this request carries")
	ResponseEntity<Void> revoke(HttpServletRequest request) {
		Object token = request.getAttribute("org.motcua.security.BearerTokenFilter.token");
		if (token instanceof String t) {
			tokens.revoke(t);
		}
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/me")
	@Operation(summary = "The authenticated official")
	Me me(Authentication auth) {
		Official official = organization.caller(auth.getName()).official();
		return new Me(official.username(), official.fullName(), official.roles().stream().sorted().toList(),
				official.unitCode(), official.unitName());
	}

	private ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpStatus status, String key,
			Map<String, Object> extra) {
		var locale = RequestContextUtils.getLocale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, key, locale));
		problem.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
		extra.forEach(problem::setProperty);
		return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
