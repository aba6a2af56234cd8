package org.motcua.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.motcua.audit.AuditActorProvider;
import org.motcua.organization.Official;
import org.motcua.organization.Organization;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tells the audit trail who acts: the authenticated official (or {@code system} for background work),
 * their unit, and the client address (behind a proxy, the forwarded address, as resolved by the server's
 * forwarded-header handling).
 */
@Component
class SecurityAuditActor implements AuditActorProvider {

	private final Organization organization;

	SecurityAuditActor(Organization organization) {
		this.organization = organization;
	}

	@Override
	public Actor current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		String ip = null;
		Object official = null;
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
			HttpServletRequest request = attrs.getRequest();
			ip = request.getRemoteAddr();
			// the bearer-token filter has just read the official for this request: no need to read it again
			official = request.getAttribute(BearerTokenFilter.OFFICIAL_ATTRIBUTE);
		}
		if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
			return new Actor(ip == null ? "system" : "anonymous", null, ip);
		}
		String unit = (official instanceof Official o && o.username().equals(auth.getName()) ? Optional.of(o)
				: organization.officialByUsername(auth.getName())).map(Official::unitCode).orElse(null);
		return new Actor(auth.getName(), unit, ip);
	}
}
