package org.motcua.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The cost of compliance of a procedure (chi phí tuân thủ TTHC), as Circular 02/2017/TT-VPCP Art. 27 defines it:
 * the cost of one procedure is the work its subject must do (preparing the dossier, travelling, waiting ...),
 * valued at an hourly cost, plus the fees and charges; the yearly cost multiplies it by how often a subject uses the
 * procedure in a year and by the number of subjects. Opportunity cost is left out. Computed before and after a
 * simplification, the saving is the difference. Amounts are Vietnamese đồng, rounded to the đồng; the saving rate
 * is a percentage with two decimals.
 */
public final class ComplianceCost {

	private ComplianceCost() {
	}

	/** What one use of the procedure takes: hours of work, the value of an hour, and the fees and charges paid. */
	public record Inputs(BigDecimal workHours, BigDecimal hourlyCost, BigDecimal feesAndCharges) {

		public Inputs {
			workHours = Decimals.orZero(workHours);
			hourlyCost = Decimals.orZero(hourlyCost);
			feesAndCharges = Decimals.orZero(feesAndCharges);
		}

		public static Inputs zero() {
			return new Inputs(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
		}

		/** Cost of one use: hours × hourly cost + fees and charges. */
		public BigDecimal perUse() {
			return workHours.multiply(hourlyCost).add(feesAndCharges).setScale(0, RoundingMode.HALF_UP);
		}
	}

	/** The cost per use and per year, before and after, and what the change saves a year. */
	public record Result(BigDecimal perUseBefore, BigDecimal perUseAfter, BigDecimal yearlyBefore, BigDecimal yearlyAfter,
			BigDecimal yearlySaving, BigDecimal savingPercent) {
	}

	/**
	 * @param frequencyPerYear how many times a subject uses the procedure in a year
	 * @param subjects how many individuals or organisations use it
	 */
	public static Result of(Inputs before, Inputs after, BigDecimal frequencyPerYear, long subjects) {
		if (frequencyPerYear.signum() < 0 || subjects < 0) {
			throw new IllegalArgumentException("Frequency and subjects cannot be negative");
		}
		BigDecimal uses = frequencyPerYear.multiply(BigDecimal.valueOf(subjects));
		BigDecimal perBefore = before.perUse();
		BigDecimal perAfter = after.perUse();
		BigDecimal yearlyBefore = perBefore.multiply(uses).setScale(0, RoundingMode.HALF_UP);
		BigDecimal yearlyAfter = perAfter.multiply(uses).setScale(0, RoundingMode.HALF_UP);
		BigDecimal saving = yearlyBefore.subtract(yearlyAfter);
		BigDecimal percent = yearlyBefore.signum() == 0 ? BigDecimal.ZERO.setScale(2)
				: saving.multiply(BigDecimal.valueOf(100)).divide(yearlyBefore, 2, RoundingMode.HALF_UP);
		return new Result(perBefore, perAfter, yearlyBefore, yearlyAfter, saving, percent);
	}
}
