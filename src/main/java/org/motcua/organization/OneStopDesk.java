package org.motcua.organization;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A one-stop desk (bộ phận một cửa; since Decree 118/2025 the Public Administration Service Centre,
 * Trung tâm phục vụ hành chính công) of a unit, with its receiving counters.
 */
public record OneStopDesk(long id, String unitCode, String code, String name, @Nullable String address,
		boolean active, int version, List<Counter> counters) {

	public record Counter(int number, String label, boolean active) {
	}
}
