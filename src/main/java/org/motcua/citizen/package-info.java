/**
 * Citizen accounts (tài khoản công dân): registration with e-mail and password, e-mail verification by a
 * single-use expiring token, and sign-in for the citizen pages ({@code /cong-dan/**}) and the citizen API
 * ({@code /api/v1/citizen/**}). Citizens are a different kind of principal from officials: they have their own
 * security filter chain and their own session attribute, so a citizen session never opens the officials' pages.
 * Legal basis: Decree 45/2020/NĐ-CP on administrative procedures by electronic means (accounts on the
 * one-stop-shop information system, Art. 10) and Decree 61/2018/NĐ-CP (online submission channel).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Citizen", allowedDependencies = { "shared", "audit", "security", "organization", "dossier", "catalog", "documents", "calendar" })
@org.jspecify.annotations.NullMarked
package org.motcua.citizen;
