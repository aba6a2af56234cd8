package org.motcua.catalog.web;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.motcua.catalog.ComplianceCost;
import org.motcua.catalog.ProposalKind;
import org.motcua.catalog.SimplificationCommands;
import org.motcua.shared.InvalidInputException;

/** The simplification proposal form, with the cost-of-compliance inputs before and after. */
public class ProposalForm {

	private String procedureCode = "";
	private @Nullable String unitCode;
	private @Nullable ProposalKind kind = ProposalKind.CUT_TIME;
	private @Nullable String description;
	private @Nullable String rationale;
	private @Nullable BigDecimal proposedTime;
	private @Nullable BigDecimal beforeHours;
	private @Nullable BigDecimal beforeHourlyCost;
	private @Nullable BigDecimal beforeFees;
	private @Nullable BigDecimal afterHours;
	private @Nullable BigDecimal afterHourlyCost;
	private @Nullable BigDecimal afterFees;
	private @Nullable BigDecimal frequencyPerYear;
	private @Nullable Long subjects;

	ComplianceCost.Inputs before() {
		return new ComplianceCost.Inputs(beforeHours, beforeHourlyCost, beforeFees);
	}

	ComplianceCost.Inputs after() {
		return kind == ProposalKind.ABOLISH ? ComplianceCost.Inputs.zero() : new ComplianceCost.Inputs(afterHours, afterHourlyCost, afterFees);
	}

	SimplificationCommands.NewProposal toCommand() {
		return new SimplificationCommands.NewProposal(procedureCode, unitCode, kind, description, rationale, proposedTime, before(), after(),
				frequencyPerYear, subjects);
	}

	/** The cost the form's inputs give, or none while they cannot be computed. */
	ComplianceCost.@Nullable Result cost() {
		try {
			return ComplianceCost.of(before(), after(), frequencyPerYear == null ? BigDecimal.ZERO : frequencyPerYear,
					subjects == null ? 0 : subjects);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static InvalidInputException formFields(InvalidInputException ex) {
		Map<String, String> renamed = Map.of("before.workHours", "beforeHours", "before.hourlyCost", "beforeHourlyCost",
				"before.feesAndCharges", "beforeFees", "after.workHours", "afterHours", "after.hourlyCost", "afterHourlyCost",
				"after.feesAndCharges", "afterFees");
		return new InvalidInputException(ex.problems().stream()
			.map(p -> new InvalidInputException.FieldProblem(renamed.getOrDefault(p.field(), p.field()), p.messageKey(), p.args()))
			.toList());
	}

	public String getProcedureCode() { return procedureCode; }
	public void setProcedureCode(@Nullable String procedureCode) { this.procedureCode = procedureCode == null ? "" : procedureCode; }
	public @Nullable String getUnitCode() { return unitCode; }
	public void setUnitCode(@Nullable String unitCode) { this.unitCode = unitCode; }
	public @Nullable ProposalKind getKind() { return kind; }
	public void setKind(@Nullable ProposalKind kind) { this.kind = kind; }
	public @Nullable String getDescription() { return description; }
	public void setDescription(@Nullable String description) { this.description = description; }
	public @Nullable String getRationale() { return rationale; }
	public void setRationale(@Nullable String rationale) { this.rationale = rationale; }
	public @Nullable BigDecimal getProposedTime() { return proposedTime; }
	public void setProposedTime(@Nullable BigDecimal proposedTime) { this.proposedTime = proposedTime; }
	public @Nullable BigDecimal getBeforeHours() { return beforeHours; }
	public void setBeforeHours(@Nullable BigDecimal beforeHours) { this.beforeHours = beforeHours; }
	public @Nullable BigDecimal getBeforeHourlyCost() { return beforeHourlyCost; }
	public void setBeforeHourlyCost(@Nullable BigDecimal beforeHourlyCost) { this.beforeHourlyCost = beforeHourlyCost; }
	public @Nullable BigDecimal getBeforeFees() { return beforeFees; }
	public void setBeforeFees(@Nullable BigDecimal beforeFees) { this.beforeFees = beforeFees; }
	public @Nullable BigDecimal getAfterHours() { return afterHours; }
	public void setAfterHours(@Nullable BigDecimal afterHours) { this.afterHours = afterHours; }
	public @Nullable BigDecimal getAfterHourlyCost() { return afterHourlyCost; }
	public void setAfterHourlyCost(@Nullable BigDecimal afterHourlyCost) { this.afterHourlyCost = afterHourlyCost; }
	public @Nullable BigDecimal getAfterFees() { return afterFees; }
	public void setAfterFees(@Nullable BigDecimal afterFees) { this.afterFees = afterFees; }
	public @Nullable BigDecimal getFrequencyPerYear() { return frequencyPerYear; }
	public void setFrequencyPerYear(@Nullable BigDecimal frequencyPerYear) { this.frequencyPerYear = frequencyPerYear; }
	public @Nullable Long getSubjects() { return subjects; }
	public void setSubjects(@Nullable Long subjects) { this.subjects = subjects; }
}
