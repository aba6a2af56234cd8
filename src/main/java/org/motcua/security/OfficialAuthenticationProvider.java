package org.motcua.security;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.motcua.organization.Official;
import org.motcua.organization.Organization;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Authenticates an official by username and password against the stored adaptive hash. After the
 * configured number of consecutive failures the account is locked for the lock-out period; a locked
 * account is refused even with the right password, with a message that says so.
 */
@Component
class OfficialAuthenticationProvider implements AuthenticationProvider {

	/** A hash to compare against when the user does not exist, so timing does not reveal usernames. */
	private static final String DUMMY_HASH = "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z2aDmB2Zl3M1o6b4zGGL0VFe";

	private final Organization organization;
	private final Credentials credentials;
	private final Clock clock;

	OfficialAuthenticationProvider(Organization organization, Credentials credentials, ObjectProvider<Clock> clock) {
		this.organization = organization;
		this.credentials = credentials;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = String.valueOf(authentication.getName()).trim().toLowerCase(java.util.Locale.ROOT);
		String password = String.valueOf(authentication.getCredentials());
		Optional<Official> official = organization.officialByUsername(username).filter(Official::active);
		Optional<Credentials.State> state = credentials.state(username);
		if (official.isEmpty() || state.isEmpty() || !state.get().hasPassword()) {
			credentials.matches(password, DUMMY_HASH);
			throw new BadCredentialsException("bad credentials");
		}
		if (state.get().lockedAt(clock.instant())) {
			throw new LockedException("locked");
		}
		if (!credentials.matches(password, state.get().passwordHash())) {
			boolean lockedNow = credentials.recordFailure(username);
			throw lockedNow ? new LockedException("locked") : new BadCredentialsException("bad credentials");
		}
		credentials.recordSuccess(username);
		return authenticated(official.get());
	}

	static UsernamePasswordAuthenticationToken authenticated(Official official) {
		List<GrantedAuthority> authorities = official.roles().stream()
			.map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name()))
			.toList();
		return UsernamePasswordAuthenticationToken.authenticated(official.username(), null, authorities);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
