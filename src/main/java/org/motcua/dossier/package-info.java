/**
 * The one-stop dossier (hồ sơ thủ tục hành chính) and its lifecycle: intake at a desk or online, completion
 * requests, processing through the internal process, consultation, pauses, inter-level transfer, apology and
 * new appointment, result and return, with every key date and a grading of timeliness. Rules follow Decree
 * 61/2018/NĐ-CP as amended (now Decree 118/2025/NĐ-CP) and Circular 01/2018/TT-VPCP (now 03/2025/TT-VPCP).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossier", allowedDependencies = { "shared", "organization", "audit", "calendar", "catalog" })
@org.jspecify.annotations.NullMarked
package org.motcua.dossier;
