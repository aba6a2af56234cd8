package org.motcua.governance.legal;

/** Whether a document is in force, as the registry knows it (updated by review conclusions about validity). */
public enum DocumentStatus {
	IN_FORCE, EXPIRED_WHOLLY, EXPIRED_PARTLY, SUSPENDED
}
