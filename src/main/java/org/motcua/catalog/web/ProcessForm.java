package org.motcua.catalog.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.motcua.catalog.ProcessStep;
import org.motcua.organization.Role;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The process designer's form: ordered steps that the editor adds, removes and moves up or down, each with its
 * agency (empty: the competent agency of the dossier), role, allotment, parallel group and lead flag.
 */
public class ProcessForm {

	private String unitCode = "";
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate effectiveFrom;
	private int version;
	private List<StepRow> steps = new ArrayList<>();

	static ProcessForm of(String unitCode, List<ProcessStep> steps, int version) {
		ProcessForm f = new ProcessForm();
		f.unitCode = unitCode;
		f.version = version;
		for (ProcessStep s : steps) {
			StepRow r = new StepRow();
			r.name = s.name();
			r.agencyCode = s.agencyCode();
			r.role = s.role();
			r.allotment = s.allotment();
			r.parallelGroup = s.parallelGroup();
			r.lead = s.lead();
			f.steps.add(r);
		}
		return f;
	}

	List<ProcessStep> toSteps() {
		return steps.stream()
			.map(r -> new ProcessStep(r.name == null ? "" : r.name, r.agencyCode, r.role,
					r.allotment == null ? BigDecimal.ZERO : r.allotment, r.parallelGroup, r.lead))
			.toList();
	}

	/** {@code add}, {@code remove-2}, {@code up-2}, {@code down-2}; anything else changes nothing. */
	void apply(String action) {
		String[] parts = action.split("-");
		if (parts[0].equals("add")) {
			steps.add(new StepRow());
			return;
		}
		if (parts.length != 2) {
			return;
		}
		int i;
		try {
			i = Integer.parseInt(parts[1]);
		}
		catch (NumberFormatException ex) {
			return;
		}
		if (i < 0 || i >= steps.size()) {
			return;
		}
		switch (parts[0]) {
			case "remove" -> steps.remove(i);
			case "up" -> {
				if (i > 0) {
					Collections.swap(steps, i, i - 1);
				}
			}
			case "down" -> {
				if (i < steps.size() - 1) {
					Collections.swap(steps, i, i + 1);
				}
			}
			default -> {
			}
		}
	}

	public static class StepRow {
		private @Nullable String name;
		private @Nullable String agencyCode;
		private @Nullable Role role = Role.SPECIALIST;
		private @Nullable BigDecimal allotment;
		private @Nullable Integer parallelGroup;
		private boolean lead;

		public @Nullable String getName() { return name; }
		public void setName(@Nullable String name) { this.name = name; }
		public @Nullable String getAgencyCode() { return agencyCode; }
		public void setAgencyCode(@Nullable String agencyCode) { this.agencyCode = agencyCode; }
		public @Nullable Role getRole() { return role; }
		public void setRole(@Nullable Role role) { this.role = role; }
		public @Nullable BigDecimal getAllotment() { return allotment; }
		public void setAllotment(@Nullable BigDecimal allotment) { this.allotment = allotment; }
		public @Nullable Integer getParallelGroup() { return parallelGroup; }
		public void setParallelGroup(@Nullable Integer parallelGroup) { this.parallelGroup = parallelGroup; }
		public boolean isLead() { return lead; }
		public void setLead(boolean lead) { this.lead = lead; }
	}

	public String getUnitCode() { return unitCode; }
	public void setUnitCode(@Nullable String unitCode) { this.unitCode = unitCode == null ? "" : unitCode; }
	public @Nullable LocalDate getEffectiveFrom() { return effectiveFrom; }
	public void setEffectiveFrom(@Nullable LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }
	public List<StepRow> getSteps() { return steps; }
	public void setSteps(@Nullable List<StepRow> steps) { this.steps = steps == null ? new ArrayList<>() : steps; }
}
