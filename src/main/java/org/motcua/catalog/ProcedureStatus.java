package org.motcua.catalog;

/** Whether a procedure is applied: in force, temporarily suspended, or abolished (bãi bỏ). */
public enum ProcedureStatus {
	ACTIVE, SUSPENDED, ABOLISHED
}
