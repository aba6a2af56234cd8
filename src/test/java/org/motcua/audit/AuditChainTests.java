package org.motcua.audit;

import java.util.Map;

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
		return tx.execute(s -> audit.record("PROBE", "Test", "probe", summary)).seq();
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

	private void withGuardDisabled(Runnable tampering) {
		tx.executeWithoutResult(s -> {
			jdbc.sql("ALTER TABLE audit.entry DISABLE TRIGGER entry_append_only").update();
			tampering.run();
			jdbc.sql("ALTER TABLE audit.entry ENABLE TRIGGER entry_append_only").update();
		});
	}
}
