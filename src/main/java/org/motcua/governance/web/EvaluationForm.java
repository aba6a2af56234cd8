package org.motcua.governance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.motcua.governance.commitments.Commitment;
import org.motcua.governance.commitments.CommitmentCommands;
import org.motcua.governance.commitments.Consequence;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The year-end evaluation of a commitment: one row per target in the commitment's order (so {@code targets[i]}
 * problems land on the row of target {@code i + 1}), the consequence and its decision, based on the version read.
 */
public class EvaluationForm {

	private int version;
	private @Nullable Consequence consequence;
	private @Nullable String decisionRef;
	private @Nullable String note;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate evaluatedOn;
	private List<Row> targets = new ArrayList<>();

	static EvaluationForm of(Commitment c) {
		EvaluationForm form = new EvaluationForm();
		form.version = c.version();
		for (Commitment.Target t : c.targets()) {
			Row row = new Row();
			row.targetId = t.id();
			form.targets.add(row);
		}
		return form;
	}

	public static class Row {

		private @Nullable Long targetId;
		private @Nullable Boolean achieved;
		private @Nullable String assessment;

		public @Nullable Long getTargetId() {
			return targetId;
		}

		public void setTargetId(@Nullable Long targetId) {
			this.targetId = targetId;
		}

		public @Nullable Boolean getAchieved() {
			return achieved;
		}

		public void setAchieved(@Nullable Boolean achieved) {
			this.achieved = achieved;
		}

		public @Nullable String getAssessment() {
			return assessment;
		}

		public void setAssessment(@Nullable String assessment) {
			this.assessment = assessment;
		}
	}

	CommitmentCommands.Evaluation toCommand() {
		return new CommitmentCommands.Evaluation(targets.stream()
			.map(r -> new CommitmentCommands.TargetAssessment(r.targetId, r.achieved, r.assessment)).toList(),
				consequence, decisionRef, note, evaluatedOn, version);
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public @Nullable Consequence getConsequence() {
		return consequence;
	}

	public void setConsequence(@Nullable Consequence consequence) {
		this.consequence = consequence;
	}

	public @Nullable String getDecisionRef() {
		return decisionRef;
	}

	public void setDecisionRef(@Nullable String decisionRef) {
		this.decisionRef = decisionRef;
	}

	public @Nullable String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}

	public @Nullable LocalDate getEvaluatedOn() {
		return evaluatedOn;
	}

	public void setEvaluatedOn(@Nullable LocalDate evaluatedOn) {
		this.evaluatedOn = evaluatedOn;
	}

	public List<Row> getTargets() {
		return targets;
	}

	public void setTargets(List<Row> targets) {
		this.targets = targets;
	}
}
