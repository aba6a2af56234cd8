package org.motcua.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A short account of what changed between two versions, for the audit trail. */
final class ContentDiff {

	private ContentDiff() {
	}

	static String of(ProcedureContent a, ProcedureContent b) {
		List<String> changed = new ArrayList<>();
		scalar(changed, "name", a.name(), b.name());
		scalar(changed, "status", a.status(), b.status());
		scalar(changed, "processingTime", time(a.processingTime()), time(b.processingTime()));
		scalar(changed, "field", a.field(), b.field());
		scalar(changed, "nationalCode", a.nationalCode(), b.nationalCode());
		scalar(changed, "units", a.unitCodes(), b.unitCodes());
		mark(changed, "levels", a.levels(), b.levels());
		mark(changed, "channels", a.channels(), b.channels());
		mark(changed, "subjects", a.subjects(), b.subjects());
		mark(changed, "fees", a.fees(), b.fees());
		mark(changed, "components", a.components(), b.components());
		mark(changed, "legalBasis", a.legalBasis(), b.legalBasis());
		mark(changed, "announcement", a.announcement(), b.announcement());
		mark(changed, "publishedOn", a.publishedOn(), b.publishedOn());
		mark(changed, "result", a.result(), b.result());
		mark(changed, "conditions", a.conditions(), b.conditions());
		mark(changed, "implementationSteps", a.implementationSteps(), b.implementationSteps());
		mark(changed, "agencies", List.of(Objects.toString(a.implementingAgency()), Objects.toString(a.decidingAgency())),
				List.of(Objects.toString(b.implementingAgency()), Objects.toString(b.decidingAgency())));
		mark(changed, "boundaryFree", a.boundaryFree(), b.boundaryFree());
		mark(changed, "interAgencyGroup", a.interAgencyGroup(), b.interAgencyGroup());
		mark(changed, "note", a.note(), b.note());
		return changed.isEmpty() ? "no change" : String.join("; ", changed);
	}

	private static String time(ProcessingTime t) {
		return t == null ? "-" : t.amount().toPlainString() + " " + t.unit();
	}

	private static void scalar(List<String> changed, String field, Object a, Object b) {
		if (!Objects.equals(a, b)) {
			changed.add("%s: %s → %s".formatted(field, Objects.toString(a, "-"), Objects.toString(b, "-")));
		}
	}

	private static void mark(List<String> changed, String field, Object a, Object b) {
		if (!Objects.equals(a, b)) {
			changed.add(field + " changed");
		}
	}
}
