/**
 * The organisation: administrative units as an effective-dated tree (province, district until 2025,
 * commune), the agencies of each People's Committee with their electronic IDs (Decision 20/2020/QĐ-TTg),
 * one-stop desks and counters, officials with their roles and assignment history, and each official's
 * jurisdiction (their unit's subtree plus explicit grants).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization", allowedDependencies = { "shared", "audit" })
@org.jspecify.annotations.NullMarked
package org.motcua.organization;
