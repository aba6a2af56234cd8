package org.motcua.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A component of the dossier (thành phần hồ sơ): its code within the procedure, name, form template, how many
 * originals and copies, whether it is required, whether it must be digitised (Circular 01/2023/TT-VPCP) and
 * whether it can be reused from an earlier result or the citizen's data store (Decree 45/2020/NĐ-CP).
 */
public record DossierComponent(String code, String name, @Nullable String formTemplate, int originals, int copies,
		boolean required, boolean mustDigitize, boolean reusable) {

	public DossierComponent {
		code = Texts.upper(code);
		name = Texts.trim(name);
		formTemplate = Texts.trimToNull(formTemplate);
	}
}
