package org.motcua.calendar;

import java.util.Objects;

/**
 * A province (đơn vị hành chính cấp tỉnh) whose People's Committee may set its own working sessions and
 * cut-off rule: an administrative unit of level {@code PROVINCE} in the organisation module.
 *
 * @param code the unit code, e.g. {@code H41}
 * @param name the unit name, e.g. {@code Tỉnh Nghệ An}
 */
public record Province(String code, String name) {

	public Province {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
	}
}
