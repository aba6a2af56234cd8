package org.motcua.governance.legal;

import org.jspecify.annotations.Nullable;

/**
 * The conclusion of a review about one document (domain brief §7; categories of Decree 34/2016/NĐ-CP practice, whose
 * wording in Decree 79/2025/NĐ-CP is not yet confirmed). A proposal to amend or abolish concerns a document still in
 * force, so it counts as in force too; the validity conclusions also update the document's status in the registry.
 */
public enum Conclusion {
	/** còn hiệu lực */
	IN_FORCE(DocumentStatus.IN_FORCE),
	/** hết hiệu lực toàn bộ */
	EXPIRED_WHOLLY(DocumentStatus.EXPIRED_WHOLLY),
	/** hết hiệu lực một phần */
	EXPIRED_PARTLY(DocumentStatus.EXPIRED_PARTLY),
	/** ngưng hiệu lực */
	SUSPENDED(DocumentStatus.SUSPENDED),
	/** cần sửa đổi, bổ sung, thay thế */
	PROPOSE_AMENDMENT(DocumentStatus.IN_FORCE),
	/** cần bãi bỏ */
	PROPOSE_ABOLITION(DocumentStatus.IN_FORCE),
	/** cần ban hành văn bản mới (về nội dung của văn bản này) */
	NEW_DOCUMENT_NEEDED(null);

	private final @Nullable DocumentStatus status;

	Conclusion(@Nullable DocumentStatus status) {
		this.status = status;
	}

	/** The status the document has after this conclusion, or none when the conclusion says nothing about validity. */
	public @Nullable DocumentStatus documentStatus() {
		return status;
	}

	public boolean inForce() {
		return status == DocumentStatus.IN_FORCE;
	}

	public boolean expired() {
		return this == EXPIRED_WHOLLY || this == EXPIRED_PARTLY;
	}
}
