package org.motcua.catalog;

import java.util.Set;

import org.motcua.organization.Caller;
import org.motcua.organization.Role;
import org.motcua.shared.ForbiddenException;

/** Who may change what in the catalogue. Reading is open to every official and, for procedures, to the public. */
public final class CatalogRoles {

	/** Edit procedures and internal processes, import workbooks. */
	public static final Set<Role> EDITORS = Set.of(Role.SYSTEM_ADMIN, Role.UNIT_ADMIN, Role.REFORM_OFFICER);

	/** Propose simplifications. */
	public static final Set<Role> PROPOSERS = Set.of(Role.SYSTEM_ADMIN, Role.UNIT_ADMIN, Role.REFORM_OFFICER, Role.UNIT_HEAD,
			Role.LEADER);

	/** Approve, reject and mark proposals implemented. */
	public static final Set<Role> DECIDERS = Set.of(Role.SYSTEM_ADMIN, Role.REFORM_OFFICER, Role.LEADER);

	private CatalogRoles() {
	}

	public static boolean any(Caller caller, Set<Role> roles) {
		return roles.stream().anyMatch(caller::hasRole);
	}

	static void require(Caller caller, Set<Role> roles) {
		if (!any(caller, roles)) {
			throw new ForbiddenException("error.forbidden");
		}
	}
}
