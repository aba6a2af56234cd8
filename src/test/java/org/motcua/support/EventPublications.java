package org.motcua.support;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/** Waits for the Modulith event publication registry: listeners run after their transaction commits. */
public final class EventPublications {

	private EventPublications() {
	}

	/** Returns once no event publication is outstanding; fails after 20 seconds. */
	public static void awaitCompleted(JdbcClient jdbc) {
		try {
			await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
				.until(() -> jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class).single() == 0);
		}
		catch (org.awaitility.core.ConditionTimeoutException e) {
			throw new AssertionError("event publications still outstanding: " + jdbc.sql("""
					SELECT listener_id || ' ' || status || ' ' || left(serialized_event, 200) FROM event_publication
					WHERE completion_date IS NULL LIMIT 5""").query(String.class).list(), e);
		}
	}
}
