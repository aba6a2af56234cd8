package org.motcua.catalog;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** One canonical form for amounts, so that equal amounts compare equal whatever their scale. */
final class Decimals {

	private Decimals() {
	}

	static @Nullable BigDecimal canonical(@Nullable BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	static BigDecimal orZero(@Nullable BigDecimal value) {
		BigDecimal c = canonical(value);
		return c == null ? BigDecimal.ZERO : c;
	}
}
