/**
 * Reporting owns the read model of service indicators, fed only by other modules' events: the periodic report
 * of receiving and handling (Circular 01/2018/TT-VPCP Art. 11, now Circular 03/2025/TT-VPCP) and the Decision
 * 766/QĐ-TTg scorecard, for any unit subtree and period, with the dossiers behind every number.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
		allowedDependencies = { "shared", "organization", "audit", "calendar", "catalog", "dossier", "documents" })
@org.jspecify.annotations.NullMarked
package org.motcua.reporting;
