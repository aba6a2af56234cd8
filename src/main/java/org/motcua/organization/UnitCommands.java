package org.motcua.organization;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Inputs of the organisation's use cases. Plain data; the service validates them and reports every
 * problem with the field it concerns.
 */
public final class UnitCommands {

	private UnitCommands() {
	}

	public record NewUnit(String code, String name, String level, @Nullable String parentCode,
			@Nullable LocalDate validFrom, @Nullable String note) {
	}

	public record UnitChange(String name, @Nullable String parentCode, LocalDate validFrom, @Nullable LocalDate validTo,
			@Nullable String successorCode, @Nullable String note, int version) {
	}

	public record NewAgency(String unitCode, String code, @Nullable String legacyCode, String name, AgencyKind kind) {
	}

	public record AgencyChange(String name, @Nullable String legacyCode, AgencyKind kind, boolean active, int version) {
	}

	public record NewDesk(String unitCode, String code, String name, @Nullable String address) {
	}

	public record DeskChange(String name, @Nullable String address, boolean active, int version) {
	}

	public record NewCounter(int number, String label) {
	}

	public record NewOfficial(String username, String fullName, @Nullable String position, String unitCode,
			@Nullable String agencyCode, @Nullable String email, @Nullable String phone, Set<Role> roles) {
	}

	public record OfficialChange(String fullName, @Nullable String position, String unitCode,
			@Nullable String agencyCode, @Nullable String email, @Nullable String phone, Set<Role> roles,
			boolean active, @Nullable LocalDate effectiveFrom, int version) {
	}

	public record NewGrant(String username, String unitCode, String reason, LocalDate validFrom,
			@Nullable LocalDate validTo) {
	}
}
