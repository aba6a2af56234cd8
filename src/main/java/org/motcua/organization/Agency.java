package org.motcua.organization;

import org.jspecify.annotations.Nullable;

/**
 * An agency inside a People's Committee (văn phòng, phòng, ban), identified by its electronic ID.
 */
public record Agency(long id, String unitCode, String code, @Nullable String legacyCode, String name, AgencyKind kind,
		boolean active, int version) {
}
