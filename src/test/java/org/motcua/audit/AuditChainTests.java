package org.motcua.audit;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

@IntegrationTest
class AuditChainTests {

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	MockMvc mvc;

	private long appendProbe(String summary) {
		tx.executeWithoutResult(s -> audit.record("PROBE", "Test", "probe", summary));
		return jdbc.sql("SELECT max(seq) FROM audit.entry WHERE action = 'PROBE' AND summary = :s").param("s", summary)
			.query(Long.class).single();
	}

	@Test
	void theChainOfAnUntouchedTrailVerifies() throws Exception {
		appendProbe("first");
		appendProbe("second");
		ChainVerification v = audit.verify();
		assertThat(v.intact()).as(String.valueOf(v)).isTrue();
		assertThat(v.entriesChecked()).isGreaterThan(2);
		mvc.perform(get("/api/v1/audit/verify").header("Authorization", Tokens.bearer(mvc, "admin")))
			.andExpect(jsonPath("$.intact").value(true));
	}

	@Test
	void eachEntryLinksToThePreviousOne() {
		long a = appendProbe("link a");
		long b = appendProbe("link b");
		assertThat(b).isEqualTo(a + 1);
		String hashA = jdbc.sql("SELECT hash FROM audit.entry WHERE seq = :s").param("s", a).query(String.class).single();
		String prevB = jdbc.sql("SELECT prev_hash FROM audit.entry WHERE seq = :s").param("s", b).query(String.class).single();
		assertThat(prevB).isEqualTo(hashA);
	}

	@Test
	void theDatabaseRefusesToUpdateOrDeleteEntries() {
		long seq = appendProbe("protected");
		assertThatThrownBy(() -> jdbc.sql("UPDATE audit.entry SET summary = 'x' WHERE seq = :s").param("s", seq).update())
			.isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit.entry WHERE seq = :s").param("s", seq).update())
			.isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
	}

	@Test
	void anAlteredEntryIsDetectedEvenWhenSomeoneBypassesTheDatabaseGuard() {
		long seq = appendProbe("original summary");
		appendProbe("after");
		try {
			withGuardDisabled(() -> jdbc.sql("UPDATE audit.entry SET summary = 'forged summary' WHERE seq = :s").param("s", seq).update());
			ChainVerification v = audit.verify();
			assertThat(v.intact()).isFalse();
			assertThat(v.firstBrokenSeq()).isEqualTo(seq);
			assertThat(v.problem()).contains("altered");
		}
		finally {
			withGuardDisabled(() -> jdbc.sql("UPDATE audit.entry SET summary = 'original summary' WHERE seq = :s").param("s", seq).update());
		}
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void aDeletedEntryIsDetected() {
		long seq = appendProbe("to be deleted");
		appendProbe("after deleted");
		Map<String, Object> row = jdbc.sql("SELECT * FROM audit.entry WHERE seq = :s").param("s", seq).query().singleRow();
		try {
			withGuardDisabled(() -> jdbc.sql("DELETE FROM audit.entry WHERE seq = :s").param("s", seq).update());
			ChainVerification v = audit.verify();
			assertThat(v.intact()).isFalse();
			assertThat(v.firstBrokenSeq()).isEqualTo(seq);
		}
		finally {
			withGuardDisabled(() -> jdbc.sql("""
					INSERT INTO audit.entry (seq, occurred_at, actor, unit_code, action, target_type, target_id, summary,
					    client_address, correlation_id, prev_hash, hash)
					VALUES (:seq, :occurred_at, :actor, :unit_code, :action, :target_type, :target_id, :summary,
					    :client_address, :correlation_id, :prev_hash, :hash)""").params(row).update());
		}
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void aDeletedLatestEntryIsDetectedThroughTheChainHead() {
		long seq = appendProbe("latest");
		Map<String, Object> row = jdbc.sql("SELECT * FROM audit.entry WHERE seq = :s").param("s", seq).query().singleRow();
		try {
			withGuardDisabled(() -> jdbc.sql("DELETE FROM audit.entry WHERE seq = :s").param("s", seq).update());
			assertThat(audit.verify().intact()).isFalse();
		}
		finally {
			withGuardDisabled(() -> jdbc.sql("""
					INSERT INTO audit.entry (seq, occurred_at, actor, unit_code, action, target_type, target_id, summary,
					    client_address, correlation_id, prev_hash, hash)
					VALUES (:seq, :occurred_at, :actor, :unit_code, :action, :target_type, :target_id, :summary,
					    :client_address, :correlation_id, :prev_hash, :hash)""").params(row).update());
		}
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void theEntriesOfARolledBackTransactionAreNeverAppended() {
		String summary = "rolled back " + System.nanoTime();
		tx.executeWithoutResult(s -> {
			audit.record("PROBE", "Test", "probe", summary);
			s.setRollbackOnly();
		});
		assertThat(jdbc.sql("SELECT count(*) FROM audit.entry WHERE summary = :s").param("s", summary).query(Long.class).single())
			.isZero();
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void theEntriesOfOneTransactionTakeConsecutivePlacesInTheOrderTheyWereRecorded() {
		String tag = "batch " + System.nanoTime();
		tx.executeWithoutResult(s -> {
			audit.record("PROBE", "Test", "probe", tag + " 1");
			audit.record("PROBE", "Test", "probe", tag + " 2");
			audit.record("PROBE", "Test", "probe", tag + " 3");
		});
		var rows = jdbc.sql("SELECT seq, summary FROM audit.entry WHERE summary LIKE :t ORDER BY seq").param("t", tag + "%")
			.query((rs, n) -> rs.getLong(1) + " " + rs.getString(2)).list();
		assertThat(rows).hasSize(3);
		long first = Long.parseLong(rows.get(0).split(" ")[0]);
		assertThat(rows).containsExactly(first + " " + tag + " 1", (first + 1) + " " + tag + " 2", (first + 2) + " " + tag + " 3");
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void aTransactionThatRecordedAnEntryDoesNotHoldUpOtherWritersUntilItCommits() throws Exception {
		String tag = "open " + System.nanoTime();
		ExecutorService other = Executors.newSingleThreadExecutor();
		try {
			tx.executeWithoutResult(s -> {
				audit.record("PROBE", "Test", "probe", tag + " first recorded");
				// another writer records and commits while this transaction is still open
				Future<?> meanwhile = other.submit(() -> tx.executeWithoutResult(t -> audit.record("PROBE", "Test", "probe",
						tag + " committed meanwhile")));
				try {
					meanwhile.get(60, TimeUnit.SECONDS);
				}
				catch (Exception e) {
					throw new AssertionError("the other writer waited for this transaction", e);
				}
			});
		}
		finally {
			other.shutdownNow();
		}
		var order = jdbc.sql("SELECT summary FROM audit.entry WHERE summary LIKE :t ORDER BY seq").param("t", tag + "%")
			.query(String.class).list();
		assertThat(order).containsExactly(tag + " committed meanwhile", tag + " first recorded");
		assertThat(audit.verify().intact()).isTrue();
	}

	private void withGuardDisabled(Runnable tampering) {
		tx.executeWithoutResult(s -> {
			jdbc.sql("ALTER TABLE audit.entry DISABLE TRIGGER entry_append_only").update();
			tampering.run();
			jdbc.sql("ALTER TABLE audit.entry ENABLE TRIGGER entry_append_only").update();
		});
	}
}
