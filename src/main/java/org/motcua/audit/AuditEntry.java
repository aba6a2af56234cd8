package org.motcua.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit trail (nhật ký hệ thống).
 */
public record AuditEntry(long seq, Instant occurredAt, String actor, @Nullable String unitCode, String action,
		String targetType, @Nullable String targetId, String summary, @Nullable String clientAddress,
		@Nullable String correlationId, String prevHash, String hash) {
}
