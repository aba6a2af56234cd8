package org.motcua.governance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.motcua.governance.commitments.CommitmentCommands;
import org.motcua.governance.commitments.TargetKind;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form to record a signed commitment: who signs with whom, and its targets. Empty target rows are dropped before
 * the command is made, so the problems the service reports for {@code targets[i]} point at the row the user filled.
 */
public class CommitmentForm {

	static final int ROWS = 6;

	private @Nullable Integer year;
	private @Nullable String signer;
	private @Nullable String signerTitle;
	private @Nullable String counterpart;
	private @Nullable String counterpartTitle;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate signedOn;
	private List<Row> targets = new ArrayList<>();

	CommitmentForm() {
		pad();
	}

	/** One target: a measurable kind with its threshold, or a qualitative one described in words. */
	public static class Row {

		private @Nullable TargetKind kind;
		private @Nullable BigDecimal threshold;
		private @Nullable String description;

		boolean blank() {
			return kind == null && threshold == null && (description == null || description.isBlank());
		}

		public @Nullable TargetKind getKind() {
			return kind;
		}

		public void setKind(@Nullable TargetKind kind) {
			this.kind = kind;
		}

		public @Nullable BigDecimal getThreshold() {
			return threshold;
		}

		public void setThreshold(@Nullable BigDecimal threshold) {
			this.threshold = threshold;
		}

		public @Nullable String getDescription() {
			return description;
		}

		public void setDescription(@Nullable String description) {
			this.description = description;
		}
	}

	/** Drops the empty rows (keeping the order of the filled ones) and makes the command. */
	CommitmentCommands.NewCommitment toCommand() {
		targets = new ArrayList<>(targets.stream().filter(r -> !r.blank()).toList());
		return new CommitmentCommands.NewCommitment(year, signer, signerTitle, counterpart, counterpartTitle, signedOn,
				targets.stream().map(r -> new CommitmentCommands.NewTarget(r.kind, r.threshold, r.description)).toList());
	}

	/** Fills up with empty rows to {@value #ROWS}, for the page. */
	void pad() {
		while (targets.size() < ROWS) {
			targets.add(new Row());
		}
	}

	public @Nullable Integer getYear() {
		return year;
	}

	public void setYear(@Nullable Integer year) {
		this.year = year;
	}

	public @Nullable String getSigner() {
		return signer;
	}

	public void setSigner(@Nullable String signer) {
		this.signer = signer;
	}

	public @Nullable String getSignerTitle() {
		return signerTitle;
	}

	public void setSignerTitle(@Nullable String signerTitle) {
		this.signerTitle = signerTitle;
	}

	public @Nullable String getCounterpart() {
		return counterpart;
	}

	public void setCounterpart(@Nullable String counterpart) {
		this.counterpart = counterpart;
	}

	public @Nullable String getCounterpartTitle() {
		return counterpartTitle;
	}

	public void setCounterpartTitle(@Nullable String counterpartTitle) {
		this.counterpartTitle = counterpartTitle;
	}

	public @Nullable LocalDate getSignedOn() {
		return signedOn;
	}

	public void setSignedOn(@Nullable LocalDate signedOn) {
		this.signedOn = signedOn;
	}

	public List<Row> getTargets() {
		return targets;
	}

	public void setTargets(List<Row> targets) {
		this.targets = targets;
	}
}
