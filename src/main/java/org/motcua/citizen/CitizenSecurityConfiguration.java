package org.motcua.citizen;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The citizens' own filter chain, before the officials' chains: {@code /cong-dan/**} pages and the
 * {@code /api/v1/citizen/**} API, with session sign-in (form login by e-mail and password) and CSRF tokens
 * on every state-changing request. The citizen's security context lives under its own session attribute,
 * so a citizen session is never an official's and an official's session is never a citizen's. When an OpenID
 * Connect provider is configured ({@link CitizenOidcLogin}), its sign-in is added to this same chain, with the
 * same session attribute and role.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CitizenOidcSettings.class)
class CitizenSecurityConfiguration {

	static final String CONTEXT_KEY = "MOTCUA_CITIZEN_SECURITY_CONTEXT";

	static final String LOGIN_PAGE = "/cong-dan/dang-nhap";

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	@Conditional(CitizenOidcLogin.Configured.class)
	CitizenOidcLogin citizenOidcLogin(CitizenOidcSettings settings, OidcCitizenLinks links) {
		return new CitizenOidcLogin(settings, links);
	}

	@Bean
	@Order(0)
	SecurityFilterChain citizenChain(HttpSecurity http, CitizenAccounts accounts, PasswordEncoder encoder,
			ObjectProvider<CitizenOidcLogin> oidcLogin) throws Exception {
		HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
		contexts.setSpringSecurityContextKey(CONTEXT_KEY);
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts::loadForLogin);
		provider.setPasswordEncoder(encoder);
		CitizenOidcLogin oidc = oidcLogin.getIfAvailable();
		// the citizens' own manager: never the officials' provider, so an official's password opens no citizen session
		ProviderManager manager = oidc == null ? new ProviderManager(provider)
				: new ProviderManager(provider, oidc.authenticationProvider());
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		http.securityMatcher("/cong-dan/**", "/api/v1/citizen/**")
			.authenticationManager(manager)
			.securityContext(c -> c.securityContextRepository(contexts))
			.authorizeHttpRequests(a -> a
				.requestMatchers("/cong-dan/dang-ky", LOGIN_PAGE, "/cong-dan/xac-minh")
				.permitAll()
				.anyRequest().hasRole(CitizenAccounts.ROLE))
			.formLogin(f -> f.loginPage(LOGIN_PAGE)
				.usernameParameter("email")
				.defaultSuccessUrl("/cong-dan", true)
				.failureHandler((req, res, ex) -> res.sendRedirect(req.getContextPath() + LOGIN_PAGE
						+ (ex instanceof DisabledException ? "?unverified" : "?error"))))
			.logout(l -> l.logoutUrl("/cong-dan/dang-xuat")
				.logoutSuccessUrl(LOGIN_PAGE + "?logout")
				.invalidateHttpSession(false))
			.exceptionHandling(e -> e
				.defaultAuthenticationEntryPointFor((req, res, ex) -> problem(res, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized"),
						paths.matcher("/api/v1/citizen/**"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), paths.matcher("/cong-dan/**"))
				.defaultAccessDeniedHandlerFor((req, res, ex) -> problem(res, HttpServletResponse.SC_FORBIDDEN, "Forbidden"),
						paths.matcher("/api/v1/citizen/**")))
			.headers(h -> h
				.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(f -> f.deny())
				.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.httpStrictTransportSecurity(s -> s.includeSubDomains(true).maxAgeInSeconds(31536000)));
		if (oidc != null) {
			oidc.configure(http);
		}
		return http.build();
	}

	private static void problem(HttpServletResponse response, int status, String title) throws java.io.IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + "}")
			.getBytes(StandardCharsets.UTF_8));
	}
}
