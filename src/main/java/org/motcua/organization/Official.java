package org.motcua.organization;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An official (cán bộ, công chức) who works in MotCua: their unit, agency, position and roles.
 */
public record Official(long id, String username, String fullName, @Nullable String position, String unitCode,
		String unitName, @Nullable String agencyCode, @Nullable String email, @Nullable String phone, Set<Role> roles,
		boolean active, int version) {

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}
}
