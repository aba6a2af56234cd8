package org.motcua.governance.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.motcua.governance.bodies.Bodies;
import org.motcua.governance.bodies.SteeringBody;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the steering body pages: founding a body, adding a member, ending a membership, assigning an adviser. */
public final class BodyForms {

	private BodyForms() {
	}

	/** A steering committee or working group of a unit, with its founding decision. */
	public static class NewBody {

		private @Nullable String unitCode;
		private SteeringBody.@Nullable Kind kind;
		private @Nullable String name;
		private @Nullable String foundingDecision;
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate foundedOn;

		Bodies.NewBody toCommand() {
			return new Bodies.NewBody(unitCode, kind, name, foundingDecision, foundedOn);
		}

		public @Nullable String getUnitCode() {
			return unitCode;
		}

		public void setUnitCode(@Nullable String unitCode) {
			this.unitCode = unitCode;
		}

		public SteeringBody.@Nullable Kind getKind() {
			return kind;
		}

		public void setKind(SteeringBody.@Nullable Kind kind) {
			this.kind = kind;
		}

		public @Nullable String getName() {
			return name;
		}

		public void setName(@Nullable String name) {
			this.name = name;
		}

		public @Nullable String getFoundingDecision() {
			return foundingDecision;
		}

		public void setFoundingDecision(@Nullable String foundingDecision) {
			this.foundingDecision = foundingDecision;
		}

		public @Nullable LocalDate getFoundedOn() {
			return foundedOn;
		}

		public void setFoundedOn(@Nullable LocalDate foundedOn) {
			this.foundedOn = foundedOn;
		}
	}

	/** A new place in the body: an official by username, or someone outside the system by name; based on the version read. */
	public static class NewMember {

		private @Nullable String username;
		private @Nullable String fullName;
		private @Nullable String title;
		private SteeringBody.@Nullable Role role;
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate fromOn;
		private @Nullable String decisionRef;
		private int version;

		Bodies.NewMembership toCommand() {
			return new Bodies.NewMembership(blankToNull(username), blankToNull(fullName), title, role, fromOn, decisionRef, version);
		}

		private static @Nullable String blankToNull(@Nullable String s) {
			return s == null || s.isBlank() ? null : s;
		}

		public @Nullable String getUsername() {
			return username;
		}

		public void setUsername(@Nullable String username) {
			this.username = username;
		}

		public @Nullable String getFullName() {
			return fullName;
		}

		public void setFullName(@Nullable String fullName) {
			this.fullName = fullName;
		}

		public @Nullable String getTitle() {
			return title;
		}

		public void setTitle(@Nullable String title) {
			this.title = title;
		}

		public SteeringBody.@Nullable Role getRole() {
			return role;
		}

		public void setRole(SteeringBody.@Nullable Role role) {
			this.role = role;
		}

		public @Nullable LocalDate getFromOn() {
			return fromOn;
		}

		public void setFromOn(@Nullable LocalDate fromOn) {
			this.fromOn = fromOn;
		}

		public @Nullable String getDecisionRef() {
			return decisionRef;
		}

		public void setDecisionRef(@Nullable String decisionRef) {
			this.decisionRef = decisionRef;
		}

		public int getVersion() {
			return version;
		}

		public void setVersion(int version) {
			this.version = version;
		}
	}

	/** Ends one current membership on a date (kept as history). */
	public static class EndMembership {

		private long membershipId;
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate toOn;
		private int version;

		public long getMembershipId() {
			return membershipId;
		}

		public void setMembershipId(long membershipId) {
			this.membershipId = membershipId;
		}

		public @Nullable LocalDate getToOn() {
			return toOn;
		}

		public void setToOn(@Nullable LocalDate toOn) {
			this.toOn = toOn;
		}

		public int getVersion() {
			return version;
		}

		public void setVersion(int version) {
			this.version = version;
		}
	}

	/** A reform officer or adviser assigned to a unit from a date. */
	public static class NewAdviser {

		private @Nullable String unitCode;
		private @Nullable String username;
		private SteeringBody.@Nullable AdviserKind kind;
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate fromOn;

		public @Nullable String getUnitCode() {
			return unitCode;
		}

		public void setUnitCode(@Nullable String unitCode) {
			this.unitCode = unitCode;
		}

		public @Nullable String getUsername() {
			return username;
		}

		public void setUsername(@Nullable String username) {
			this.username = username;
		}

		public SteeringBody.@Nullable AdviserKind getKind() {
			return kind;
		}

		public void setKind(SteeringBody.@Nullable AdviserKind kind) {
			this.kind = kind;
		}

		public @Nullable LocalDate getFromOn() {
			return fromOn;
		}

		public void setFromOn(@Nullable LocalDate fromOn) {
			this.fromOn = fromOn;
		}
	}
}
