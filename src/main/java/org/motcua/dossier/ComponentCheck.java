package org.motcua.dossier;

import org.jspecify.annotations.Nullable;

/**
 * One line of the dossier components checklist at intake: the component's code and name, whether it was
 * provided, as original or copy, and how many.
 */
public record ComponentCheck(String code, @Nullable String name, boolean provided, @Nullable String form,
		@Nullable Integer quantity) {
}
