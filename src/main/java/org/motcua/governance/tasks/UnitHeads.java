package org.motcua.governance.tasks;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.motcua.organization.Caller;
import org.motcua.organization.Official;
import org.motcua.organization.Organization;
import org.motcua.organization.Role;
import org.springframework.stereotype.Component;

/**
 * Who heads the unit that owns a task: the head (trưởng phòng) of the owning office when an office owns it, otherwise
 * the chairman (a {@code LEADER}) of the People's Committee. The head answers for the unit's reform work, so an
 * overdue task is escalated to them.
 */
@Component
public class UnitHeads {

	private final Organization organization;

	UnitHeads(Organization organization) {
		this.organization = organization;
	}

	/** The head of the owning office or unit, other than {@code notThis} (a head's own task goes to the chairman). */
	public Optional<Official> headOf(String unitCode, @Nullable String agencyCode, @Nullable String notThis) {
		var officials = organization.officials(Caller.system(), unitCode, null).stream()
			.filter(Official::active).filter(o -> !o.username().equals(notThis)).toList();
		if (agencyCode != null) {
			Optional<Official> head = officials.stream()
				.filter(o -> agencyCode.equals(o.agencyCode()) && o.hasRole(Role.UNIT_HEAD)).findFirst();
			if (head.isPresent()) {
				return head;
			}
		}
		return officials.stream().filter(o -> o.hasRole(Role.LEADER)).findFirst();
	}

	/** Whether the caller heads the task's owning office (a UNIT_HEAD of it) or unit (a LEADER over it). */
	public static boolean heads(Caller caller, String unitCode, @Nullable String agencyCode) {
		if (caller.hasRole(Role.UNIT_HEAD) && agencyCode != null && agencyCode.equals(caller.official().agencyCode())) {
			return true;
		}
		return caller.hasRole(Role.LEADER) && caller.jurisdiction().covers(unitCode);
	}
}
