package org.motcua.reporting;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reporting configuration. {@code weights} overrides the maximum points of Decision 766 indicators by code, as
 * {@code code=points} pairs separated by commas, e.g. {@code MOTCUA_REPORTING_WEIGHTS=3.3=10,5.4=8}: the brief
 * has sourced points only for 1.2, 2.1 (whole group), 5.4 and the sub-totals of group 3.
 * {@code catalogueFiguresReuse}: see {@link #catalogueFiguresReuseOrDefault()}.
 */
@ConfigurationProperties("motcua.reporting")
record ReportingSettings(@Nullable String weights, java.time.@Nullable Duration catalogueFiguresReuse) {

	/**
	 * How long the Decision 766 scorecard reuses the catalogue's figures of a unit and period
	 * ({@code MOTCUA_REPORTING_CATALOGUE_FIGURES_REUSE}, default one minute; zero reads them every time).
	 */
	java.time.Duration catalogueFiguresReuseOrDefault() {
		return catalogueFiguresReuse != null ? catalogueFiguresReuse : java.time.Duration.ofSeconds(60);
	}

	/** The overrides by indicator code; a malformed pair stops the start with a message naming it. */
	Map<String, BigDecimal> weightsByCode() {
		Map<String, BigDecimal> map = new LinkedHashMap<>();
		if (weights == null || weights.isBlank()) {
			return map;
		}
		for (String pair : weights.split(",")) {
			String[] kv = pair.trim().split("=");
			try {
				map.put(kv[0].trim(), new BigDecimal(kv[1].trim()));
			}
			catch (RuntimeException ex) {
				throw new IllegalArgumentException("motcua.reporting.weights: not code=points: " + pair, ex);
			}
		}
		return Map.copyOf(map);
	}
}
