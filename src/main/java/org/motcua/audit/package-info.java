/**
 * The tamper-evident audit trail: every state-changing action of every module is appended here, in the
 * same transaction, with a hash chained to the previous entry.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
@org.jspecify.annotations.NullMarked
package org.motcua.audit;
