package org.motcua.dossier;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a dossier takes from the procedure catalogue at intake, frozen for the dossier's whole life: the
 * procedure version, its legal processing time, the internal process of the receiving unit and the
 * components checklist.
 */
public record ProcedureTerms(String code, int version, String name, ProcessingTime processingTime,
		List<PlannedStep> steps, List<RequiredComponent> components, @Nullable String competentLevel) {

	/** A dossier component the procedure asks for. */
	public record RequiredComponent(String code, String name, boolean required) {
	}
}
