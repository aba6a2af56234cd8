package org.motcua.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.motcua.organization.Official;
import org.motcua.organization.Organization;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <token>}. An unknown, expired or
 * revoked token, or one whose official has been deactivated, leaves the request unauthenticated
 * (and so answered 401).
 */
class BearerTokenFilter extends OncePerRequestFilter {

	static final String TOKEN_ATTRIBUTE = "org.motcua.security.BearerTokenFilter.token";
	/** The official the token belongs to, read once per request. */
	static final String OFFICIAL_ATTRIBUTE = "org.motcua.security.BearerTokenFilter.official";

	private final ApiTokens tokens;
	private final Organization organization;

	BearerTokenFilter(ApiTokens tokens, Organization organization) {
		this.tokens = tokens;
		this.organization = organization;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			String token = header.substring(7).trim();
			Optional<Official> official = tokens.usernameOf(token)
				.flatMap(organization::officialByUsername)
				.filter(Official::active);
			if (official.isPresent()) {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(OfficialAuthenticationProvider.authenticated(official.get()));
				SecurityContextHolder.setContext(context);
				request.setAttribute(TOKEN_ATTRIBUTE, token);
				request.setAttribute(OFFICIAL_ATTRIBUTE, official.get());
			}
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
