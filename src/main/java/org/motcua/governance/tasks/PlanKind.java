package org.motcua.governance.tasks;

/** A yearly administrative-reform plan, or a plan to remedy the shortcomings an inspection found (kế hoạch khắc phục). */
public enum PlanKind {
	YEARLY, REMEDIATION
}
