package org.motcua.audit;

import org.jspecify.annotations.Nullable;

/**
 * Tells the audit trail who is acting, from where. Implemented by the security module; the audit module
 * stays free of any dependency on it.
 */
public interface AuditActorProvider {

	Actor current();

	record Actor(String username, @Nullable String unitCode, @Nullable String clientAddress) {

		public static Actor system() {
			return new Actor("system", null, null);
		}
	}
}
