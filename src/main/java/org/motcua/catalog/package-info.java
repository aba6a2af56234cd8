/**
 * The catalogue of administrative procedures (thủ tục hành chính): every procedure with its fields as
 * published under Decree 63/2010/NĐ-CP Art. 8(2), versioned with effective dates so that a dossier keeps the
 * version it started with; the internal process (quy trình nội bộ) of each receiving unit; diacritic-insensitive
 * search; Excel exchange; simplification proposals with their cost of compliance (Circular 02/2017/TT-VPCP);
 * and publication tracking against the deadlines of Decree 63/2010 Art. 15 and 24.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog", allowedDependencies = { "shared", "organization", "audit", "calendar" })
@org.jspecify.annotations.NullMarked
package org.motcua.catalog;
