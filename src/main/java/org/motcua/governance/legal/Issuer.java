package org.motcua.governance.legal;

/** The body that issued a local legal document. */
public enum Issuer {
	PEOPLES_COUNCIL, PEOPLES_COMMITTEE
}
