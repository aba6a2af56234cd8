package org.motcua.organization;

import java.util.Set;

/**
 * The units on whose data an official may act: their own unit's subtree, the units that preceded those
 * (merged or abolished units whose successor lies in it, so history stays reachable), and explicit
 * grants. A system administrator's jurisdiction is unrestricted.
 */
public record Jurisdiction(String username, boolean unrestricted, Set<Long> unitIds, Set<String> unitCodes) {

	public boolean covers(String unitCode) {
		return unrestricted || unitCodes.contains(unitCode);
	}

	public boolean coversId(long unitId) {
		return unrestricted || unitIds.contains(unitId);
	}
}
