package org.motcua.calendar;

import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.jspecify.annotations.Nullable;
import org.motcua.organization.AdministrativeUnit;
import org.motcua.organization.Organization;
import org.motcua.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Finds the province of an administrative unit by walking up its parents in the organisation module, and
 * remembers the answer for a short while ({@code motcua.calendar.unit-cache-ttl}, one minute by default)
 * so that computing a deadline does not query the database each time. A unit moved to another province is
 * therefore seen within that time.
 */
@Component
class ProvinceResolver {

	static final String PROVINCE_LEVEL = "PROVINCE";

	private final Organization organization;

	private final long ttlNanos;

	private final ConcurrentMap<String, Entry> cache = new ConcurrentHashMap<>();

	private record Entry(@Nullable Province province, long expiresAt) {
	}

	ProvinceResolver(Organization organization, @Value("${motcua.calendar.unit-cache-ttl:PT1M}") Duration ttl) {
		this.organization = organization;
		this.ttlNanos = ttl.toNanos();
	}

	/**
	 * The province {@code unitCode} belongs to (the unit itself when it is a province); empty when no unit
	 * above it is a province.
	 *
	 * @throws InvalidInputException on the field {@code unitCode} when there is no such unit
	 */
	Optional<Province> provinceOf(String unitCode) {
		String code = unitCode.trim().toUpperCase(Locale.ROOT);
		long now = System.nanoTime();
		Entry entry = cache.get(code);
		if (entry != null && entry.expiresAt - now > 0) {
			return Optional.ofNullable(entry.province);
		}
		Optional<Province> province = resolve(code);
		cache.put(code, new Entry(province.orElse(null), now + ttlNanos));
		return province;
	}

	private Optional<Province> resolve(String code) {
		AdministrativeUnit unit = organization.findUnit(code)
			.orElseThrow(() -> InvalidInputException.of("unitCode", "calendar.error.unit-not-found", code));
		Set<String> seen = new HashSet<>();
		while (seen.add(unit.code())) {
			if (PROVINCE_LEVEL.equals(unit.level())) {
				return Optional.of(new Province(unit.code(), unit.name()));
			}
			String parent = unit.parentCode();
			if (parent == null) {
				return Optional.empty();
			}
			Optional<AdministrativeUnit> next = organization.findUnit(parent);
			if (next.isEmpty()) {
				return Optional.empty();
			}
			unit = next.get();
		}
		return Optional.empty();
	}
}
