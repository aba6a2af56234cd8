package org.motcua.governance.inspections;

/** A finding is a strength (ưu điểm) or a shortcoming (tồn tại, hạn chế). */
public enum FindingKind {
	STRENGTH, SHORTCOMING
}
