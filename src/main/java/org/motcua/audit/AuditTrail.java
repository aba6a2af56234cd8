package org.motcua.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Append-only audit trail. Callers record inside their own transaction, so an action and its audit entry
 * commit or roll back together.
 */
public interface AuditTrail {

	/**
	 * Records an entry for the current actor (taken from the {@link AuditActorProvider}), at the current time. It is
	 * appended to the chain, and so given its sequence number and hash, when the caller's transaction commits.
	 * @param action what happened, e.g. {@code UNIT_CREATED}
	 * @param targetType the kind of object, e.g. {@code AdministrativeUnit}
	 * @param targetId its identifier
	 * @param summary a human-readable summary of the change
	 */
	void record(String action, String targetType, String targetId, String summary);

	/** Entries matching the query, newest first. */
	List<AuditEntry> search(AuditQuery query);

	long count(AuditQuery query);

	/** Recomputes the whole chain and reports the first broken link, if any. */
	ChainVerification verify();

	record AuditQuery(Optional<String> actor, Optional<String> action, Optional<String> target,
			Optional<String> unitCode, Optional<Instant> from, Optional<Instant> to, int page, int size) {

		public static AuditQuery all(int page, int size) {
			return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
					Optional.empty(), Optional.empty(), page, size);
		}
	}
}
