package org.motcua.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day that differs from the ordinary Monday–Friday working week.
 *
 * @param date the date
 * @param kind why the day differs
 * @param name the Vietnamese name shown to users, e.g. {@code "Giỗ Tổ Hùng Vương"}
 * @param provisional {@code true} when the day is not yet confirmed by an official notice
 */
public record SpecialDay(LocalDate date, DayKind kind, String name, boolean provisional) {

	public SpecialDay {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(name, "name");
		if (name.isBlank()) {
			throw new IllegalArgumentException("Special day " + date + " needs a name");
		}
	}

	/** A confirmed special day. */
	public SpecialDay(LocalDate date, DayKind kind, String name) {
		this(date, kind, name, false);
	}
}
