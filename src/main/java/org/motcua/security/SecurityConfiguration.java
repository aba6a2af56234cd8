package org.motcua.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.motcua.organization.Organization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two filter chains: the stateless API ({@code /api/**}, bearer tokens, no cookies, so no CSRF), and the
 * browser UI (form login, sessions in PostgreSQL, CSRF tokens on every form, strict security headers).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String MUST_CHANGE_PASSWORD = "motcua.mustChangePassword";

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(OfficialAuthenticationProvider provider) {
		return new ProviderManager(provider);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, Organization organization, ProblemWriter problems,
			PlatformTransactionManager transactions) throws Exception {
		http.securityMatcher("/api/**")
			.csrf(c -> c.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(c -> c.disable())
			.securityContext(c -> c.requireExplicitSave(true))
			.addFilterBefore(new BearerTokenFilter(tokens, organization, transactions), UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests(a -> a
				.requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
				.requestMatchers("/api/v1/public/**").permitAll()
				.anyRequest().authenticated())
			.exceptionHandling(e -> e
				.authenticationEntryPoint((req, res, ex) -> problems.write(req, res, HttpStatus.UNAUTHORIZED, "error.unauthorized", Map.of()))
				.accessDeniedHandler((req, res, ex) -> problems.write(req, res, HttpStatus.FORBIDDEN, "error.forbidden", Map.of())))
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, Credentials credentials) throws Exception {
		http.authorizeHttpRequests(a -> a
				.requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/error",
						"/lang", "/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/v3/api-docs/**",
						"/swagger-ui/**", "/swagger-ui.html", "/public/procedures/**", "/public/reports/**", "/tra-cuu", "/tra-cuu/**",
						"/phan-anh", "/phan-anh/**", "/minh-bach", "/minh-bach/**")
				.permitAll()
				.anyRequest().authenticated())
			.formLogin(f -> f.loginPage("/login")
				.successHandler((req, res, auth) -> afterLogin(req, res, auth, credentials))
				.failureHandler((req, res, ex) -> res.sendRedirect(req.getContextPath()
						+ (ex instanceof LockedException ? "/login?locked" : "/login?error"))))
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.addFilterAfter(new MustChangePasswordFilter(), org.springframework.security.web.access.intercept.AuthorizationFilter.class)
			.headers(h -> h
				.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(f -> f.deny())
				.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.httpStrictTransportSecurity(s -> s.includeSubDomains(true).maxAgeInSeconds(31536000)));
		return http.build();
	}

	private static void afterLogin(HttpServletRequest request, HttpServletResponse response, Authentication auth,
			Credentials credentials) throws IOException {
		boolean mustChange = credentials.state(auth.getName()).map(Credentials.State::mustChange).orElse(false);
		HttpSession session = request.getSession();
		if (mustChange) {
			session.setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
			response.sendRedirect(request.getContextPath() + "/account/password");
		}
		else {
			response.sendRedirect(request.getContextPath() + "/");
		}
	}

	/** Keeps an official who must change their password on the change page until they do. */
	static final class MustChangePasswordFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			HttpSession session = request.getSession(false);
			String path = request.getRequestURI().substring(request.getContextPath().length());
			boolean allowed = path.equals("/account/password") || path.equals("/logout") || path.startsWith("/css/")
					|| path.startsWith("/js/") || path.startsWith("/webjars/") || path.equals("/lang") || path.equals("/error");
			if (session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE_PASSWORD)) && !allowed
					&& SecurityContextHolder.getContext().getAuthentication() != null) {
				response.sendRedirect(request.getContextPath() + "/account/password");
				return;
			}
			chain.doFilter(request, response);
		}
	}
}
