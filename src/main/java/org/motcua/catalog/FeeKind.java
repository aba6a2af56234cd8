package org.motcua.catalog;

/** A fee (phí) or a charge (lệ phí), as the Law on Fees and Charges 97/2015/QH13 distinguishes them. */
public enum FeeKind {
	FEE, CHARGE
}
