package org.motcua.platform;

/** A test-only event for {@link ListenerTransactionPublicationRegistryTests}: what its listener does when it gets it. */
record RegistryProbe(String id, Outcome outcome) {

	enum Outcome {
		SUCCEED, FAIL, FAIL_AT_COMMIT
	}
}
