package org.motcua.governance.legal;

/** The form of a local legal document: a People's Council resolution, a People's Committee decision (or, before 2016, directive). */
public enum DocumentKind {
	RESOLUTION, DECISION, DIRECTIVE
}
