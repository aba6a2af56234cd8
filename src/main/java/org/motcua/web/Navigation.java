package org.motcua.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.motcua.organization.Role;

/**
 * The navigation of the UI shell: each entry names the roles that may use it, so an official sees only
 * what their roles allow. The same roles are enforced again on the server for every request.
 */
public final class Navigation {

	private Navigation() {
	}

	/** One navigation entry: a message key for its label, its path, and who sees it (empty: everyone). */
	public record Item(String labelKey, String path, Set<Role> roles) {

		boolean visibleTo(Set<Role> held) {
			return roles.isEmpty() || roles.stream().anyMatch(held::contains);
		}
	}

	static final List<Item> ITEMS = List.of(
			new Item("nav.home", "/", Set.of()),
			new Item("nav.desk", "/desk", Set.of(Role.ONE_STOP_CLERK)),
			new Item("nav.inbox", "/inbox", Set.of(Role.ONE_STOP_CLERK, Role.SPECIALIST, Role.UNIT_HEAD, Role.LEADER)),
			new Item("nav.dossiers", "/dossiers", Set.of()),
			new Item("nav.feedback", "/feedback", Set.of(Role.ONE_STOP_CLERK, Role.SPECIALIST, Role.UNIT_HEAD, Role.LEADER, Role.INSPECTOR, Role.REFORM_OFFICER)),
			new Item("nav.units", "/organization/units", Set.of()),
			new Item("nav.catalog", "/catalog", Set.of()),
			new Item("nav.officials", "/organization/officials", Set.of(Role.SYSTEM_ADMIN, Role.UNIT_ADMIN, Role.UNIT_HEAD, Role.LEADER, Role.INSPECTOR)),
			new Item("nav.governance", "/governance", Set.of()),
			new Item("nav.reports", "/reports", Set.of()),
			new Item("nav.calendar", "/calendar", Set.of()),
			new Item("nav.audit", "/audit", Set.of(Role.SYSTEM_ADMIN)));

	public static List<Item> visibleTo(Set<Role> roles) {
		List<Item> visible = new ArrayList<>();
		for (Item item : ITEMS) {
			if (item.visibleTo(roles)) {
				visible.add(item);
			}
		}
		return visible;
	}
}
