package org.motcua.citizen;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.util.StringUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sign-in of citizens through the configured OpenID Connect provider (VNeID-style national identity), on the
 * citizens' own filter chain: the authorization-code flow with PKCE, {@code state} and {@code nonce}; the ID
 * token's signature (the provider's JWKS), issuer, audience, expiry and nonce are checked before any account is
 * looked up. The signed-in citizen gets the same session and role as after a password sign-in. Exists only when
 * {@code motcua.citizen.oidc.issuer-uri} is set ({@link Configured}); the provider's endpoints are read from its
 * discovery document on the first sign-in (not at start-up, so an unreachable provider never stops MotCua).
 * Tokens are not kept after the sign-in: MotCua does not call the provider on the citizen's behalf.
 */
final class CitizenOidcLogin {

	/** Start of the flow: {@code GET /cong-dan/oidc/dang-nhap/<registration id>} redirects to the provider. */
	static final String AUTHORIZATION_BASE = "/cong-dan/oidc/dang-nhap";

	/** Where the provider sends the citizen back ({@code <base>/<registration id>}). */
	static final String CALLBACK_BASE = "/cong-dan/oidc/callback";

	private static final Logger log = LoggerFactory.getLogger(CitizenOidcLogin.class);

	private final CitizenOidcSettings settings;

	private final OidcCitizenLinks links;

	private final OidcUserService userInfo = new OidcUserService();

	private volatile @Nullable ClientRegistration registration;

	CitizenOidcLogin(CitizenOidcSettings settings, OidcCitizenLinks links) {
		this.settings = settings;
		this.links = links;
	}

	String displayName() {
		return settings.display();
	}

	String authorizationPath() {
		return AUTHORIZATION_BASE + "/" + settings.registration();
	}

	/** The client registration, built from the provider's discovery document the first time it is needed. */
	@Nullable ClientRegistration registration(String registrationId) {
		if (!settings.registration().equals(registrationId)) {
			return null;
		}
		ClientRegistration known = registration;
		if (known != null) {
			return known;
		}
		synchronized (this) {
			if (registration == null) {
				try {
					registration = discover();
				}
				catch (RuntimeException ex) {
					log.warn("OpenID Connect provider {} could not be read: {}", settings.issuerUri(), ex.toString());
					return null;
				}
			}
			return registration;
		}
	}

	private ClientRegistration discover() {
		String secret = settings.clientSecret();
		boolean confidential = StringUtils.hasText(secret);
		return ClientRegistrations.fromIssuerLocation(settings.issuerUri())
			.registrationId(settings.registration())
			.clientName(settings.display())
			.clientId(settings.clientId() == null ? "" : settings.clientId())
			.clientSecret(confidential ? secret : null)
			.clientAuthenticationMethod(confidential ? ClientAuthenticationMethod.CLIENT_SECRET_BASIC : ClientAuthenticationMethod.NONE)
			.scope(settings.requestedScopes())
			.redirectUri("{baseUrl}" + CALLBACK_BASE + "/{registrationId}")
			.userNameAttributeName("sub")
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
			.build();
	}

	/** Exchanges the code and validates the ID token; added to the citizens' own authentication manager. */
	AuthenticationProvider authenticationProvider() {
		return new OidcAuthorizationCodeAuthenticationProvider(new RestClientAuthorizationCodeTokenResponseClient(), this::loadUser);
	}

	/** Called with a validated ID token: links the identity to its account (see {@link OidcCitizenLinks}). */
	OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = userInfo.loadUser(request);
		Map<String, Object> claims = user.getClaims();
		OidcCitizenLinks.Identity identity = new OidcCitizenLinks.Identity(String.valueOf(user.getIdToken().getIssuer()),
				user.getSubject(), text(claims, settings.emailClaimOrDefault()),
				isTrue(claims.get(settings.emailVerifiedClaimOrDefault())), text(claims, settings.nameClaimOrDefault()),
				settings.idNumberClaim() == null ? null : text(claims, settings.idNumberClaim()));
		OidcCitizenLinks.SignedIn signedIn;
		try {
			signedIn = links.signIn(identity);
		}
		catch (DataIntegrityViolationException ex) {
			// two first sign-ins of the same person at once (or an address registered meanwhile): the transaction rolled
			// back, the citizen sees the sign-in error and the next attempt finds the link
			throw new OAuth2AuthenticationException(new OAuth2Error("account_link_conflict"), ex);
		}
		return new CitizenOidcUser(CitizenAccounts.principalName(signedIn.account()), user.getIdToken(), user.getUserInfo());
	}

	/** Adds the OpenID Connect sign-in to the citizens' chain, next to the e-mail and password form. */
	void configure(HttpSecurity http) throws Exception {
		AuthenticationFailureHandler failure = this::failed;
		http.oauth2Login(o -> o.loginPage(CitizenSecurityConfiguration.LOGIN_PAGE)
			.clientRegistrationRepository(this::registration)
			.authorizedClientRepository(NOT_KEPT)
			.authorizationEndpoint(a -> a.baseUri(AUTHORIZATION_BASE))
			.redirectionEndpoint(r -> r.baseUri(CALLBACK_BASE + "/*"))
			.defaultSuccessUrl("/cong-dan", true)
			.failureHandler(failure)
			.withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
				@Override
				public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
					filter.setAuthenticationFailureHandler(failure);
					return filter;
				}
			}));
	}

	private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws java.io.IOException {
		String code = ex instanceof OAuth2AuthenticationException o ? o.getError().getErrorCode() : ex.getClass().getSimpleName();
		log.warn("Citizen sign-in through {} failed: {}", settings.display(), code);
		response.sendRedirect(request.getContextPath() + CitizenSecurityConfiguration.LOGIN_PAGE
				+ ("access_denied".equals(code) ? "?oidcCancelled" : "?oidcError"));
	}

	private static @Nullable String text(Map<String, Object> claims, String name) {
		Object value = claims.get(name);
		return value == null || value.toString().isBlank() ? null : value.toString();
	}

	private static boolean isTrue(@Nullable Object value) {
		return value instanceof Boolean b ? b : value != null && "true".equalsIgnoreCase(value.toString());
	}

	/** The access and refresh tokens are not needed after the sign-in, so they are not stored anywhere. */
	private static final OAuth2AuthorizedClientRepository NOT_KEPT = new OAuth2AuthorizedClientRepository() {

		@Override
		public <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(String clientRegistrationId,
				Authentication principal, HttpServletRequest request) {
			return null;
		}

		@Override
		public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
		}

		@Override
		public void removeAuthorizedClient(String clientRegistrationId, Authentication principal, HttpServletRequest request,
				HttpServletResponse response) {
		}
	};

	/** True when an issuer is configured: without it there is no OpenID Connect sign-in and no bean for it. */
	static final class Configured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return StringUtils.hasText(context.getEnvironment().getProperty("motcua.citizen.oidc.issuer-uri"));
		}
	}
}
