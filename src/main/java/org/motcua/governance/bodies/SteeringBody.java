package org.motcua.governance.bodies;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A steering committee or working group with every membership it has had; {@code current} ones have no end date. */
public record SteeringBody(long id, String unitCode, Kind kind, String name, String foundingDecision, LocalDate foundedOn,
		@Nullable LocalDate dissolvedOn, List<Membership> current, List<Membership> history, int version) {

	public enum Kind {
		STEERING_COMMITTEE, WORKING_GROUP
	}

	public enum Role {
		HEAD, DEPUTY, MEMBER, SECRETARY
	}

	/** A person's place in the body for a period; {@code username} is null for someone outside the system. */
	public record Membership(long id, @Nullable String username, String fullName, String title, Role role, LocalDate fromOn,
			@Nullable LocalDate toOn, @Nullable String decisionRef) {
	}

	/** A reform officer or adviser assigned to a unit for a period. */
	public record Adviser(long id, String unitCode, String username, String fullName, AdviserKind kind, LocalDate fromOn, @Nullable LocalDate toOn) {
	}

	public enum AdviserKind {
		REFORM_OFFICER, ADVISER
	}
}
