/**
 * Who may do what: officials' credentials (adaptive hash, lock-out after repeated failures, password
 * policy), browser sessions stored in PostgreSQL, revocable API bearer tokens, and the HTTP security
 * rules (CSRF, security headers, problem responses for 401 and 403).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security", allowedDependencies = { "shared", "organization", "audit" })
@org.jspecify.annotations.NullMarked
package org.motcua.security;
