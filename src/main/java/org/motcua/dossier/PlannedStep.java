package org.motcua.dossier;

import org.jspecify.annotations.Nullable;

/**
 * One step of the internal process (quy trình nội bộ) as the dossier received it from the catalogue:
 * its name, the responsible agency (null: the competent agency of the dossier) and its time allotment.
 */
public record PlannedStep(String name, @Nullable String agencyCode, ProcessingTime allotment) {
}
