package org.motcua.citizen;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in of citizens through an OpenID Connect provider (in production the national electronic identity, VNeID,
 * Decree 69/2024/NĐ-CP on electronic identification and authentication). Off unless {@code issuerUri} is set.
 *
 * The person is always identified by the ID token's {@code iss} and {@code sub} claims.
 *
 * @param issuerUri the provider's issuer; its {@code /.well-known/openid-configuration} is read on the first sign-in
 * @param registrationId the name in the sign-in and callback paths ({@code /cong-dan/oidc/dang-nhap/<id>})
 * @param clientId the client id the provider issued to MotCua
 * @param clientSecret its secret (from the environment, never in a file)
 * @param displayName the provider's name on the button "Đăng nhập bằng &lt;name&gt;"
 * @param scopes scopes requested; {@code openid} is always added
 * @param idNumberClaim the claim carrying the 12-digit personal ID number, unset when the provider has none (then the
 * profile has no ID number, which online submission needs)
 * @param nameClaim the claim carrying the full name
 * @param emailClaim the claim carrying the e-mail address
 * @param emailVerifiedClaim the claim stating that the provider verified that address
 */
@ConfigurationProperties("motcua.citizen.oidc")
record CitizenOidcSettings(@Nullable String issuerUri, @Nullable String registrationId, @Nullable String clientId,
		@Nullable String clientSecret, @Nullable String displayName, @Nullable List<String> scopes,
		@Nullable String idNumberClaim, @Nullable String nameClaim,
		@Nullable String emailClaim, @Nullable String emailVerifiedClaim) {

	boolean enabled() {
		return issuerUri != null && !issuerUri.isBlank();
	}

	String registration() {
		return orDefault(registrationId, "vneid");
	}

	String display() {
		return orDefault(displayName, "VNeID");
	}

	List<String> requestedScopes() {
		Set<String> all = new LinkedHashSet<>();
		all.add("openid");
		if (scopes == null || scopes.isEmpty()) {
			all.addAll(List.of("profile", "email"));
		}
		else {
			scopes.stream().map(String::trim).filter(s -> !s.isEmpty()).forEach(all::add);
		}
		return List.copyOf(all);
	}

	String nameClaimOrDefault() {
		return orDefault(nameClaim, "name");
	}

	String emailClaimOrDefault() {
		return orDefault(emailClaim, "email");
	}

	String emailVerifiedClaimOrDefault() {
		return orDefault(emailVerifiedClaim, "email_verified");
	}

	private static String orDefault(@Nullable String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value.trim();
	}
}
