package org.motcua.calendar;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The cut-off rule of a province (off by default, see {@link CutOffRule}).
 *
 * @param province the province, or {@code null} for the national default (off)
 * @param rule the rule, or {@code null} when it is off
 * @param version the version to send back with a change (0 while never edited)
 */
public record ProvinceCutOff(@Nullable Province province, @Nullable CutOffRule rule, int version) {

	public Optional<CutOffRule> cutOff() {
		return Optional.ofNullable(rule);
	}
}
