package org.motcua.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * Allocation-free conversion between instants and local time in Asia/Ho_Chi_Minh, expressed as
 * "local nanos": nanoseconds since 1970-01-01T00:00 local time. A long holds every local time of
 * the supported years 1900–2199.
 *
 * <p>The zone has kept one offset (UTC+7) since its last transition in 1975; local times after the
 * last transition are converted with plain arithmetic, earlier ones through the zone rules. The
 * last transition is read from the time-zone database, so a future change of zone still converts
 * correctly.
 */
final class VietnamClock {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	static final long NANOS_PER_SECOND = 1_000_000_000L;

	static final long NANOS_PER_DAY = 86_400L * NANOS_PER_SECOND;

	private static final ZoneRules RULES = ZONE.getRules();

	/** Epoch second from which the offset never changes; {@code Long.MAX_VALUE} if it keeps changing. */
	private static final long FIXED_FROM;

	private static final int FIXED_OFFSET_SECONDS;

	static {
		List<ZoneOffsetTransition> transitions = RULES.getTransitions();
		if (!RULES.getTransitionRules().isEmpty()) {
			FIXED_FROM = Long.MAX_VALUE;
			FIXED_OFFSET_SECONDS = 0;
		}
		else if (transitions.isEmpty()) {
			FIXED_FROM = Long.MIN_VALUE;
			FIXED_OFFSET_SECONDS = RULES.getOffset(Instant.EPOCH).getTotalSeconds();
		}
		else {
			ZoneOffsetTransition last = transitions.get(transitions.size() - 1);
			FIXED_FROM = last.toEpochSecond();
			FIXED_OFFSET_SECONDS = last.getOffsetAfter().getTotalSeconds();
		}
	}

	private VietnamClock() {
	}

	static long localNanos(Instant instant) {
		long second = instant.getEpochSecond();
		int offset = second >= FIXED_FROM ? FIXED_OFFSET_SECONDS : RULES.getOffset(instant).getTotalSeconds();
		return (second + offset) * NANOS_PER_SECOND + instant.getNano();
	}

	static Instant toInstant(long localNanos) {
		long localSecond = Math.floorDiv(localNanos, NANOS_PER_SECOND);
		int nano = (int) Math.floorMod(localNanos, NANOS_PER_SECOND);
		long utcSecond = localSecond - FIXED_OFFSET_SECONDS;
		if (FIXED_FROM != Long.MAX_VALUE && utcSecond >= FIXED_FROM) {
			return Instant.ofEpochSecond(utcSecond, nano);
		}
		return LocalDateTime.ofEpochSecond(localSecond, nano, ZoneOffset.UTC).atZone(ZONE).toInstant();
	}

	static long epochDay(long localNanos) {
		return Math.floorDiv(localNanos, NANOS_PER_DAY);
	}

	static long nanoOfDay(long localNanos) {
		return Math.floorMod(localNanos, NANOS_PER_DAY);
	}

	static long localNanos(long epochDay, long nanoOfDay) {
		return epochDay * NANOS_PER_DAY + nanoOfDay;
	}
}
