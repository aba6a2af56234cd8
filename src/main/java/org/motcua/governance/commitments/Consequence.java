package org.motcua.governance.commitments;

/** What follows the year-end evaluation: the head continues, resigns voluntarily, or is transferred to other work. */
public enum Consequence {
	CONTINUES, VOLUNTARY_RESIGNATION, TRANSFER
}
