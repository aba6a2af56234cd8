package org.motcua.reporting;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reporting configuration. {@code weights} overrides the maximum points of a Decision 766 indicator by its code,
 * e.g. {@code motcua.reporting.weights[3.3]=12} or environment {@code MOTCUA_REPORTING_WEIGHTS_3_3}: the brief has
 * sourced points only for 1.2, 2.1 (whole group) and 5.4 and for the sub-totals of group 3.
 */
@ConfigurationProperties("motcua.reporting")
record ReportingSettings(Map<String, BigDecimal> weights) {

	ReportingSettings {
		weights = weights == null ? Map.of() : Map.copyOf(weights);
	}
}
