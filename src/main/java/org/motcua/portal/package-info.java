/**
 * The public side of the one-stop shop, without sign-in: an applicant follows their dossier by its code and a
 * second factor (the receipt's PIN or the last digits of their ID or phone), rate-limited with uniform answers,
 * and rates the service once the result is returned (Circular 01/2018/TT-VPCP, citizen evaluation criteria); the
 * public sends feedback that officials handle on working-day deadlines and publish (Decree 20/2008/NĐ-CP); and each
 * unit has a transparency page of its procedures and service figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal", allowedDependencies = { "shared", "dossier", "audit", "calendar", "organization", "catalog", "reporting", "documents" })
@org.jspecify.annotations.NullMarked
package org.motcua.portal;
