package org.motcua.catalog;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** One fee or charge item, in Vietnamese đồng; an amount of zero states that the item is free. */
public record Fee(FeeKind kind, String name, BigDecimal amount, @Nullable String note) {

	public Fee {
		kind = kind == null ? FeeKind.CHARGE : kind;
		name = Texts.trim(name);
		amount = Decimals.orZero(amount);
		note = Texts.trimToNull(note);
	}
}
