package org.motcua.governance.inspections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.motcua.governance.tasks.TaskStatus;

/** An inspection with its team, inspected units, checklist, findings and the follow-up of its recommendations. */
public record Inspection(long id, String title, @Nullable String decisionRef, int year, LocalDate startsOn, LocalDate endsOn,
		Status status, @Nullable String conclusion, String createdBy, List<Member> members, List<InspectedUnit> units,
		List<Criterion> checklist, List<Finding> findings, FollowUp followUp, boolean mayRecord, int version) {

	public enum Status {
		PLANNED, IN_PROGRESS, CONCLUDED
	}

	public enum MemberRole {
		LEAD, DEPUTY, MEMBER, SECRETARY
	}

	public record Member(String username, String fullName, MemberRole role) {
	}

	/** An inspected unit and its remediation plan, once a recommendation created one. */
	public record InspectedUnit(String unitCode, String unitName, @Nullable Long remediationPlanId) {
	}

	public record Criterion(long id, int position, String text, List<Result> results) {
	}

	public record Result(String unitCode, boolean met, @Nullable String note) {
	}

	public record Finding(long id, String unitCode, FindingKind kind, FindingCategory category, String text, String recordedBy,
			Instant recordedAt, List<Recommendation> recommendations) {
	}

	/** A recommendation, its task (assignee, deadline, status, progress) and whether the team closed it. */
	public record Recommendation(long id, String text, long taskId, String assignee, LocalDate deadline, TaskStatus taskStatus,
			boolean taskOverdue, int taskPercent, RecommendationStatus status, @Nullable String closedBy, @Nullable Instant closedAt,
			@Nullable String closingNote, int version) {
	}

	public enum RecommendationStatus {
		OPEN, CLOSED
	}

	/** How far the follow-up has got: recommendations open, closed, and open ones whose task is overdue. */
	public record FollowUp(int recommendations, int closed, int open, int overdue) {
	}
}
