package org.motcua.governance.inspections;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What callers send to plan inspections and record their results. */
public final class InspectionCommands {

	private InspectionCommands() {
	}

	public record NewInspection(@Nullable String title, @Nullable String decisionRef, @Nullable Integer year, @Nullable LocalDate startsOn,
			@Nullable LocalDate endsOn, @Nullable List<NewMember> members, @Nullable List<String> unitCodes, @Nullable List<String> checklist) {
	}

	public record NewMember(@Nullable String username, Inspection.@Nullable MemberRole role) {
	}

	/**
	 * A finding, optionally with a recommendation that becomes a task of the inspected unit: its responsible official
	 * ({@code assignee}, the head of the unit when absent), the owning office, and a deadline or working days.
	 */
	public record NewFinding(@Nullable String unitCode, @Nullable FindingKind kind, @Nullable FindingCategory category, @Nullable String text,
			@Nullable NewRecommendation recommendation) {
	}

	public record NewRecommendation(@Nullable String text, @Nullable String assignee, @Nullable String agencyCode, @Nullable LocalDate deadline,
			@Nullable Integer workingDays) {
	}

	public record ChecklistResult(@Nullable String unitCode, @Nullable Boolean met, @Nullable String note) {
	}

	public record Closure(@Nullable String note, int version) {
	}
}
