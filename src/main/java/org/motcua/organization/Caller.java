package org.motcua.organization;

/**
 * The official on whose behalf a use case runs, with their jurisdiction resolved once per request.
 */
public record Caller(Official official, Jurisdiction jurisdiction) {

	/**
	 * The installation itself, for start-up work (demo data, the initial administrator): unrestricted, audited
	 * as {@code system}.
	 */
	public static Caller system() {
		Official system = new Official(0, "system", "System", null, "", "", null, null, null,
				java.util.Set.of(Role.SYSTEM_ADMIN), true, 0);
		return new Caller(system, new Jurisdiction("system", true, java.util.Set.of(), java.util.Set.of()));
	}

	public String username() {
		return official.username();
	}

	public boolean hasRole(Role role) {
		return official.hasRole(role);
	}

	public boolean isSystemAdmin() {
		return official.hasRole(Role.SYSTEM_ADMIN);
	}
}
