package org.motcua.catalog;

/**
 * How a dossier may be submitted (cách thức thực hiện). Online levels follow Decree 42/2022/NĐ-CP Art. 11:
 * full-process (toàn trình) or partial (một phần).
 */
public enum Channel {
	IN_PERSON, POST, ONLINE_FULL, ONLINE_PARTIAL;

	public boolean online() {
		return this == ONLINE_FULL || this == ONLINE_PARTIAL;
	}
}
