package org.motcua.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts lookups per client address in fixed windows so dossier codes cannot be enumerated: at most
 * {@code motcua.portal.lookup.max-attempts} per {@code motcua.portal.lookup.window}. Kept in memory: with
 * several instances each counts on its own, which still bounds the rate.
 */
@Component
public class LookupRateLimiter {

	private final int maxAttempts;
	private final Duration window;
	private final Clock clock;
	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private record Window(Instant start, int count) {
	}

	LookupRateLimiter(@Value("${motcua.portal.lookup.max-attempts:10}") int maxAttempts,
			@Value("${motcua.portal.lookup.window:PT1M}") Duration window, ObjectProvider<Clock> clock) {
		this.maxAttempts = maxAttempts;
		this.window = window;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** Counts one attempt from this client; throws when it exceeds the limit of the current window. */
	public void acquire(String client) {
		Instant now = clock.instant();
		if (windows.size() > 100_000) {
			windows.entrySet().removeIf(e -> !e.getValue().start().plus(window).isAfter(now));
		}
		Window w = windows.compute(client, (k, old) -> old == null || !old.start().plus(window).isAfter(now)
				? new Window(now, 1) : new Window(old.start(), old.count() + 1));
		if (w.count() > maxAttempts) {
			long seconds = Math.max(1, Duration.between(now, w.start().plus(window)).toSeconds());
			throw new TooManyLookupsException(seconds);
		}
	}

	/** Forgets every client's count (an operator's reset, and between tests). */
	public void reset() {
		windows.clear();
	}

	public int maxAttempts() {
		return maxAttempts;
	}
}
