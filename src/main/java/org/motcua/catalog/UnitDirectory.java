package org.motcua.catalog;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.motcua.organization.AdministrativeUnit;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.springframework.stereotype.Component;

/**
 * The administrative units as the catalogue needs them. Which units apply a procedure is public information,
 * so the whole tree is read regardless of who asks; writes are checked against the caller's jurisdiction.
 */
@Component
class UnitDirectory {

	private final Organization organization;

	UnitDirectory(Organization organization) {
		this.organization = organization;
	}

	Map<String, AdministrativeUnit> all() {
		Map<String, AdministrativeUnit> units = new LinkedHashMap<>();
		for (AdministrativeUnit u : organization.allUnits(Caller.system())) {
			units.put(u.code(), u);
		}
		return units;
	}

	Optional<AdministrativeUnit> find(String code) {
		return organization.findUnit(Texts.upper(code));
	}

	/** The unit and every unit below it. Empty when the unit does not exist. */
	Set<String> subtree(String code) {
		Map<String, AdministrativeUnit> units = all();
		String root = Texts.upper(code);
		if (!units.containsKey(root)) {
			return Set.of();
		}
		Set<String> result = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>(List.of(root));
		while (!queue.isEmpty()) {
			String current = queue.pop();
			if (result.add(current)) {
				units.values().stream().filter(u -> current.equals(u.parentCode())).forEach(u -> queue.add(u.code()));
			}
		}
		return result;
	}

	List<String> levels() {
		return organization.levels();
	}

	boolean agencyExists(String code) {
		return organization.findAgency(code).isPresent();
	}
}
