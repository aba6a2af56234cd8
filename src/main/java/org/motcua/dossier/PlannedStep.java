package org.motcua.dossier;

import org.jspecify.annotations.Nullable;
import org.motcua.organization.Role;

/**
 * One step of the internal process (quy trình nội bộ) as the dossier received it from the catalogue:
 * its name, the responsible agency (null: the competent agency of the dossier), the role that carries it
 * out (null: any processing role) and its time allotment.
 */
public record PlannedStep(String name, @Nullable String agencyCode, @Nullable Role role, ProcessingTime allotment) {
}
