package org.motcua.catalog;

/** What the procedure delivers (kết quả thực hiện), on paper, electronically, or both. */
public record ProcedureResult(String name, boolean paper, boolean electronic) {

	public ProcedureResult {
		name = Texts.trim(name);
	}
}
