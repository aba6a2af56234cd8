package org.motcua.governance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.motcua.governance.inspections.Inspection;
import org.motcua.governance.inspections.InspectionCommands;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The plan of an inspection: title, decision, period, the team (a row per member with a role), the inspected units
 * (codes separated by commas or spaces) and the checklist (one criterion per line). Empty team rows are dropped before
 * the command is made, so the problems reported for {@code members[i]} point at the row the user filled.
 */
public class InspectionForm {

	static final int ROWS = 6;

	private @Nullable String title;
	private @Nullable String decisionRef;
	private @Nullable Integer year;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate startsOn;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate endsOn;
	private List<Member> members = new ArrayList<>();
	private @Nullable String unitCodes;
	private @Nullable String checklist;
	private int version;

	InspectionForm() {
		pad();
	}

	static InspectionForm of(Inspection i) {
		InspectionForm form = new InspectionForm();
		form.title = i.title();
		form.decisionRef = i.decisionRef();
		form.year = i.year();
		form.startsOn = i.startsOn();
		form.endsOn = i.endsOn();
		form.members = new ArrayList<>();
		for (Inspection.Member m : i.members()) {
			Member row = new Member();
			row.username = m.username();
			row.role = m.role();
			form.members.add(row);
		}
		form.pad();
		form.unitCodes = String.join(", ", i.units().stream().map(Inspection.InspectedUnit::unitCode).toList());
		form.checklist = String.join("\n", i.checklist().stream().map(Inspection.Criterion::text).toList());
		form.version = i.version();
		return form;
	}

	public static class Member {

		private @Nullable String username;
		private Inspection.@Nullable MemberRole role;

		boolean blank() {
			return (username == null || username.isBlank()) && role == null;
		}

		public @Nullable String getUsername() {
			return username;
		}

		public void setUsername(@Nullable String username) {
			this.username = username;
		}

		public Inspection.@Nullable MemberRole getRole() {
			return role;
		}

		public void setRole(Inspection.@Nullable MemberRole role) {
			this.role = role;
		}
	}

	InspectionCommands.NewInspection toCommand() {
		members = new ArrayList<>(members.stream().filter(m -> !m.blank()).toList());
		List<String> units = unitCodes == null ? List.of() : Arrays.stream(unitCodes.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
		List<String> criteria = checklist == null ? List.of() : checklist.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
		return new InspectionCommands.NewInspection(title, decisionRef, year, startsOn, endsOn,
				members.stream().map(m -> new InspectionCommands.NewMember(m.username, m.role)).toList(), units, criteria);
	}

	/** Fills the team up with empty rows for the page. */
	void pad() {
		while (members.size() < ROWS) {
			members.add(new Member());
		}
	}

	public @Nullable String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public @Nullable String getDecisionRef() {
		return decisionRef;
	}

	public void setDecisionRef(@Nullable String decisionRef) {
		this.decisionRef = decisionRef;
	}

	public @Nullable Integer getYear() {
		return year;
	}

	public void setYear(@Nullable Integer year) {
		this.year = year;
	}

	public @Nullable LocalDate getStartsOn() {
		return startsOn;
	}

	public void setStartsOn(@Nullable LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public @Nullable LocalDate getEndsOn() {
		return endsOn;
	}

	public void setEndsOn(@Nullable LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public List<Member> getMembers() {
		return members;
	}

	public void setMembers(List<Member> members) {
		this.members = members;
	}

	public @Nullable String getUnitCodes() {
		return unitCodes;
	}

	public void setUnitCodes(@Nullable String unitCodes) {
		this.unitCodes = unitCodes;
	}

	public @Nullable String getChecklist() {
		return checklist;
	}

	public void setChecklist(@Nullable String checklist) {
		this.checklist = checklist;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}
}
