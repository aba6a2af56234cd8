package org.motcua.governance.assessment;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A unit's assessment against a framework: the criteria tree with maxima, self and appraisal scores, and totals. */
public record Assessment(long id, long frameworkId, String frameworkName, int year, String unitCode, Status status, List<Row> rows,
		BigDecimal maxTotal, BigDecimal selfTotal, @Nullable BigDecimal appraisalTotal, int version) {

	public enum Status {
		DRAFT, SUBMITTED, APPRAISED
	}

	/** A criterion in tree order; a parent's points are the sums of its children's. */
	public record Row(long criterionId, String code, String title, int depth, boolean leaf, BigDecimal maxPoints, @Nullable String measure,
			@Nullable BigDecimal selfScore, @Nullable String evidence, boolean prefilled, @Nullable BigDecimal appraisalScore,
			@Nullable String appraisalNote) {
	}
}
