/**
 * Governance of administrative reform (công tác cải cách hành chính): who is responsible for what, and whether it
 * gets done. Sub-areas are sub-packages, each a named interface of this module: {@code tasks} (reform and
 * remediation plans, tasks with one responsible official, progress, reminders and escalation), {@code legal}
 * (the registry of local legal documents and their reviews under Decree 79/2025/NĐ-CP), {@code inspections}
 * (inspection plans, findings and recommendations followed up as tasks) and {@code commitments} (yearly
 * commitments of heads with targets measured from system data). The web layer is internal ({@code web}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Governance",
		allowedDependencies = { "shared", "organization", "audit", "calendar", "dossier", "documents", "catalog" })
@org.jspecify.annotations.NullMarked
package org.motcua.governance;
