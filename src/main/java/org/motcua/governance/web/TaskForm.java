package org.motcua.governance.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.motcua.governance.tasks.TaskCommands;
import org.motcua.governance.tasks.TaskPriority;
import org.springframework.format.annotation.DateTimeFormat;

/** The form to assign a task. */
public class TaskForm {

	private @Nullable String title;
	private @Nullable String description;
	private @Nullable String unitCode;
	private @Nullable String agencyCode;
	private @Nullable String assignee;
	private @Nullable String coUnits;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate deadline;
	private @Nullable Integer workingDays;
	private @Nullable TaskPriority priority = TaskPriority.NORMAL;
	private @Nullable Long planId;

	TaskCommands.NewTask toCommand() {
		List<String> co = coUnits == null ? List.of() : Arrays.stream(coUnits.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
		return new TaskCommands.NewTask(planId, null, title, description, unitCode, agencyCode, assignee, co, deadline, workingDays, priority, null);
	}

	public @Nullable String getTitle() { return title; }
	public void setTitle(@Nullable String title) { this.title = title; }
	public @Nullable String getDescription() { return description; }
	public void setDescription(@Nullable String description) { this.description = description; }
	public @Nullable String getUnitCode() { return unitCode; }
	public void setUnitCode(@Nullable String unitCode) { this.unitCode = unitCode; }
	public @Nullable String getAgencyCode() { return agencyCode; }
	public void setAgencyCode(@Nullable String agencyCode) { this.agencyCode = agencyCode; }
	public @Nullable String getAssignee() { return assignee; }
	public void setAssignee(@Nullable String assignee) { this.assignee = assignee; }
	public @Nullable String getCoUnits() { return coUnits; }
	public void setCoUnits(@Nullable String coUnits) { this.coUnits = coUnits; }
	public @Nullable LocalDate getDeadline() { return deadline; }
	public void setDeadline(@Nullable LocalDate deadline) { this.deadline = deadline; }
	public @Nullable Integer getWorkingDays() { return workingDays; }
	public void setWorkingDays(@Nullable Integer workingDays) { this.workingDays = workingDays; }
	public @Nullable TaskPriority getPriority() { return priority; }
	public void setPriority(@Nullable TaskPriority priority) { this.priority = priority; }
	public @Nullable Long getPlanId() { return planId; }
	public void setPlanId(@Nullable Long planId) { this.planId = planId; }
}
