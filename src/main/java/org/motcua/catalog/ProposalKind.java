package org.motcua.catalog;

/** What a simplification proposal (phương án đơn giản hóa) changes, Decree 63/2010 Art. 27–31. */
public enum ProposalKind {
	CUT_TIME, CUT_STEPS, CUT_COMPONENTS, ABOLISH, MOVE_ONLINE
}
