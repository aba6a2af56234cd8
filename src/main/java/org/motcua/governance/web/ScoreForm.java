package org.motcua.governance.web;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** A score for one leaf criterion: the unit's self-score with its evidence, or the appraiser's score with a note. */
public class ScoreForm {

	private long criterionId;
	private @Nullable BigDecimal score;
	private @Nullable String evidence;
	private @Nullable String note;
	/** The assessment's version the page showed. */
	private @Nullable Integer version;

	public @Nullable Integer getVersion() {
		return version;
	}

	public void setVersion(@Nullable Integer version) {
		this.version = version;
	}

	public long getCriterionId() {
		return criterionId;
	}

	public void setCriterionId(long criterionId) {
		this.criterionId = criterionId;
	}

	public @Nullable BigDecimal getScore() {
		return score;
	}

	public void setScore(@Nullable BigDecimal score) {
		this.score = score;
	}

	public @Nullable String getEvidence() {
		return evidence;
	}

	public void setEvidence(@Nullable String evidence) {
		this.evidence = evidence;
	}

	public @Nullable String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}
}
