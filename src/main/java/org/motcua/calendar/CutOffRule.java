package org.motcua.calendar;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A dossier received on a working day strictly after {@code after} counts from the start of the
 * next working day.
 *
 * <p>Decree 61/2018/NĐ-CP Art. 18(2), carried over by Decree 118/2025/NĐ-CP Art. 18, makes the
 * one-stop unit transfer a paper dossier received after 15:00 at the start of the next working
 * day. Whether the processing clock also starts then is not settled nationally, so the rule is
 * off unless a province switches it on.
 */
public record CutOffRule(LocalTime after) {

	/** Received after 15:00 counts from the next working day (Decree 61/2018 Art. 18(2)). */
	public static final CutOffRule AFTER_15_00 = new CutOffRule(LocalTime.of(15, 0));

	public CutOffRule {
		Objects.requireNonNull(after, "after");
	}
}
