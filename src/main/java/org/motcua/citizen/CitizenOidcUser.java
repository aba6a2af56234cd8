package org.motcua.citizen;

import java.io.Serial;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A citizen signed in through the OpenID Connect provider. Its name is the account's principal name
 * ({@link CitizenAccounts#principalName}), so every citizen page and API finds the account exactly as after a
 * password sign-in.
 */
final class CitizenOidcUser extends DefaultOidcUser {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String principalName;

	CitizenOidcUser(String principalName, OidcIdToken idToken, @Nullable OidcUserInfo userInfo) {
		super(List.of(new SimpleGrantedAuthority("ROLE_" + CitizenAccounts.ROLE)), idToken, userInfo, "sub");
		this.principalName = principalName;
	}

	@Override
	public String getName() {
		return principalName;
	}
}
