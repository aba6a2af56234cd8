package org.motcua.governance.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.motcua.governance.inspections.FindingCategory;
import org.motcua.governance.inspections.FindingKind;
import org.motcua.governance.inspections.InspectionCommands;
import org.springframework.format.annotation.DateTimeFormat;

/** The form to record a finding with an optional recommendation. */
public class FindingForm {

	private @Nullable String unitCode;
	private @Nullable FindingKind kind = FindingKind.SHORTCOMING;
	private @Nullable FindingCategory category;
	private @Nullable String text;
	private @Nullable String recommendation;
	private @Nullable String assignee;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate deadline;
	private @Nullable Integer workingDays;

	InspectionCommands.NewFinding toCommand() {
		boolean any = recommendation != null && !recommendation.isBlank();
		return new InspectionCommands.NewFinding(unitCode, kind, category, text,
				any ? new InspectionCommands.NewRecommendation(recommendation, assignee, null, deadline, workingDays) : null);
	}

	/** Problems of the recommendation's task carry the prefix "recommendation."; the form names its fields flat. */
	static String field(String field) {
		return switch (field) {
			case "recommendation.text", "recommendation.title" -> "recommendation";
			case "recommendation.assignee" -> "assignee";
			case "recommendation.deadline" -> "deadline";
			case "recommendation.workingDays" -> "workingDays";
			default -> field.startsWith("recommendation.") ? "recommendation" : field;
		};
	}

	public @Nullable String getUnitCode() { return unitCode; }
	public void setUnitCode(@Nullable String unitCode) { this.unitCode = unitCode; }
	public @Nullable FindingKind getKind() { return kind; }
	public void setKind(@Nullable FindingKind kind) { this.kind = kind; }
	public @Nullable FindingCategory getCategory() { return category; }
	public void setCategory(@Nullable FindingCategory category) { this.category = category; }
	public @Nullable String getText() { return text; }
	public void setText(@Nullable String text) { this.text = text; }
	public @Nullable String getRecommendation() { return recommendation; }
	public void setRecommendation(@Nullable String recommendation) { this.recommendation = recommendation; }
	public @Nullable String getAssignee() { return assignee; }
	public void setAssignee(@Nullable String assignee) { this.assignee = assignee; }
	public @Nullable LocalDate getDeadline() { return deadline; }
	public void setDeadline(@Nullable LocalDate deadline) { this.deadline = deadline; }
	public @Nullable Integer getWorkingDays() { return workingDays; }
	public void setWorkingDays(@Nullable Integer workingDays) { this.workingDays = workingDays; }
}
