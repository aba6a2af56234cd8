package org.motcua.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.dossier.Channel;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierEvents;
import org.motcua.dossier.DossierStatus;
import org.motcua.platform.RegistryProbe.Outcome;
import org.motcua.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class ListenerTransactionPublicationRegistryTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	RegistryProbeListener listener;

	@Autowired
	EventPublicationRegistry registry;

	@Autowired
	EventSerializer serializer;

	@BeforeEach
	void probeTable() {
		jdbc.sql("CREATE TABLE IF NOT EXISTS public.registry_probe (id text PRIMARY KEY)").update();
	}

	@AfterEach
	void removeProbePublications() {
		jdbc.sql("DELETE FROM event_publication WHERE serialized_event LIKE '%registry-probe-%'").update();
	}

	@Test
	void theRegistryInUseIsTheOneThatCompletesInTheListenersTransaction() {
		assertThat(registry).isInstanceOf(ListenerTransactionPublicationRegistry.class);
	}

	@Test
	void aHandledPublicationIsGoneOnceTheListenersWorkIsCommitted() {
		String id = publish(Outcome.SUCCEED);
		await().atMost(Duration.ofSeconds(20)).until(() -> listener.ended(id));
		assertThat(probeRows(id)).isEqualTo(1);
		assertThat(statuses(id)).isEmpty();
	}

	@Test
	void theSameEventDeliveredSeveralTimesAtOnceLeavesNoPublicationOutstanding() {
		RegistryProbe probe = new RegistryProbe("registry-probe-" + UUID.randomUUID(), Outcome.SUCCEED);
		TransactionTemplate tx = new TransactionTemplate(transactions);
		for (int i = 0; i < 12; i++) {
			tx.executeWithoutResult(s -> events.publishEvent(probe));
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> statuses(probe.id()).isEmpty());
		assertThat(probeRows(probe.id())).isEqualTo(1);
	}

	@Test
	void aListenerThatThrowsHasItsWorkRolledBackAndItsPublicationMarkedFailed() {
		String id = publish(Outcome.FAIL);
		// the failure is recorded in a transaction of its own while the listener's is being rolled back: no wait on a lock
		await().atMost(Duration.ofSeconds(20)).until(() -> statuses(id).equals(List.of("FAILED")));
		await().atMost(Duration.ofSeconds(20)).until(() -> listener.ended(id));
		assertThat(probeRows(id)).isZero();
	}

	@Test
	void aListenerWhoseTransactionFailsAtCommitLeavesItsPublicationOutstandingForRepublication() {
		String id = publish(Outcome.FAIL_AT_COMMIT);
		await().atMost(Duration.ofSeconds(20)).until(() -> listener.ended(id));
		assertThat(probeRows(id)).isZero();
		// the completion was part of the rolled-back transaction
		assertThat(statuses(id)).containsExactly("PUBLISHED");
		assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ? AND completion_date IS NULL")
			.param("%" + id + "%").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void eventsAreStoredAsJsonAndReadBackEqual() {
		DossierEvents.DossierActionTaken event = new DossierEvents.DossierActionTaken("H41.50.01-261129-0001",
				DossierAction.FORWARD, DossierStatus.IN_PROGRESS, DossierStatus.IN_PROGRESS, "H41.50", "H41-X-HKD-031",
				Channel.COUNTER, Instant.parse("2026-11-29T08:00:00Z"), "congchuc.xadoluong",
				Instant.parse("2026-12-02T10:00:00Z"), null, null);
		Object stored = serializer.serialize(event);
		assertThat(stored).isInstanceOf(String.class).asString().startsWith("{").contains("\"code\":\"H41.50.01-261129-0001\"");
		assertThat(serializer.deserialize(stored, DossierEvents.DossierActionTaken.class)).isEqualTo(event);
	}

	private String publish(Outcome outcome) {
		String id = "registry-probe-" + UUID.randomUUID();
		new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(new RegistryProbe(id, outcome)));
		return id;
	}

	private long probeRows(String id) {
		return jdbc.sql("SELECT count(*) FROM public.registry_probe WHERE id = ?").param(id).query(Long.class).single();
	}

	private List<String> statuses(String id) {
		return jdbc.sql("SELECT status FROM event_publication WHERE serialized_event LIKE ?").param("%" + id + "%")
			.query(String.class).list();
	}
}
