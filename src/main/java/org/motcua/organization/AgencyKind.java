package org.motcua.organization;

/** Kinds of agency inside a People's Committee. */
public enum AgencyKind {
	PEOPLES_COMMITTEE, OFFICE, DEPARTMENT, PUBLIC_SERVICE_CENTER, OTHER
}
