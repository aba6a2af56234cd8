package org.motcua.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <token>}. An unknown, expired or
 * revoked token, or one whose official has been deactivated, leaves the request unauthenticated
 * (and so answered 401). The token, the official and their jurisdiction are read in one read-only
 * transaction, and the caller is remembered for the rest of the request ({@link Organization#resolvedFor}),
 * so the use cases it runs do not read them again.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	static final String TOKEN_ATTRIBUTE = "org.motcua.security.BearerTokenFilter.token";
	/** The official the token belongs to, read once per request. */
	static final String OFFICIAL_ATTRIBUTE = "org.motcua.security.BearerTokenFilter.official";

	private final ApiTokens tokens;
	private final Organization organization;
	private final TransactionTemplate readOnly;

	BearerTokenFilter(ApiTokens tokens, Organization organization, PlatformTransactionManager transactions) {
		this.tokens = tokens;
		this.organization = organization;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		@Nullable Caller caller = null;
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			String token = header.substring(7).trim();
			caller = readOnly.execute(s -> tokens.usernameOf(token).flatMap(organization::activeCaller).orElse(null));
			if (caller != null) {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(OfficialAuthenticationProvider.authenticated(caller.official()));
				SecurityContextHolder.setContext(context);
				request.setAttribute(TOKEN_ATTRIBUTE, token);
				request.setAttribute(OFFICIAL_ATTRIBUTE, caller.official());
			}
		}
		try (Organization.CallerScope scope = caller != null ? organization.resolvedFor(caller) : null) {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
