package org.motcua.catalog;

/** Who may use a procedure (đối tượng thực hiện). */
public enum Subject {
	/** Individuals (cá nhân, công dân). */
	CITIZEN,
	/** Organisations and enterprises (tổ chức, doanh nghiệp). */
	ORGANIZATION
}
