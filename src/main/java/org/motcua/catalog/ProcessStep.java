package org.motcua.catalog;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.motcua.organization.Role;

/**
 * One step of an internal process: its name, the agency responsible (by electronic ID; absent means "the
 * competent agency of the dossier"), the role that performs it, and its time allotment in the unit of the
 * procedure's processing time. Consecutive steps with the same {@code parallelGroup} run in parallel (inter-agency
 * handling); exactly one of them is the {@code lead} agency, which assembles the result.
 */
public record ProcessStep(String name, @Nullable String agencyCode, Role role, BigDecimal allotment,
		@Nullable Integer parallelGroup, boolean lead) {

	public ProcessStep {
		name = Texts.trim(name);
		agencyCode = Texts.blank(agencyCode) ? null : Texts.upper(agencyCode);
		allotment = Decimals.orZero(allotment);
	}

	/** Handled by whichever agency is competent for the dossier. */
	public boolean competentAgency() {
		return agencyCode == null;
	}

	public boolean parallel() {
		return parallelGroup != null;
	}
}
