package org.motcua.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * PostgreSQL implementation of the audit trail. Appends are serialised on the single chain-head row
 * ({@code SELECT ... FOR UPDATE}), which gives a gap-free sequence and a strictly linear chain even with
 * several application instances.
 * <p>
 * The entries a transaction records are appended just before it commits, all under one lock of the chain head: the
 * head stays locked only for those inserts and the commit, not for the rest of the transaction's work, so writers of
 * the whole installation queue behind it for as short a time as possible. They still commit or roll back with the
 * transaction that recorded them.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

	private static final String GENESIS = "0".repeat(64);

	private final JdbcClient jdbc;
	private final ObjectProvider<AuditActorProvider> actors;
	private final Clock clock;

	JdbcAuditTrail(JdbcClient jdbc, ObjectProvider<AuditActorProvider> actors, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.actors = actors;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** An entry recorded but not yet appended to the chain: everything but its place in it. */
	private record Recorded(Instant at, AuditActorProvider.Actor actor, String action, String targetType, @Nullable String targetId,
			String summary, @Nullable String correlationId) {
	}

	/** The entries one transaction recorded, appended when it is about to commit. */
	private final class Pending implements TransactionSynchronization {

		private final List<Recorded> entries = new ArrayList<>();
		private boolean appended;

		@Override
		public void beforeCommit(boolean readOnly) {
			appended = true;
			append(entries);
		}

		@Override
		public int getOrder() {
			// after every other synchronisation that might still record
			return Ordered.LOWEST_PRECEDENCE;
		}

		private JdbcAuditTrail trail() {
			return JdbcAuditTrail.this;
		}
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String targetType, String targetId, String summary) {
		AuditActorProvider provider = actors.getIfAvailable();
		AuditActorProvider.Actor actor = provider != null ? provider.current() : AuditActorProvider.Actor.system();
		Recorded entry = new Recorded(clock.instant().truncatedTo(ChronoUnit.MICROS), actor, action, targetType, targetId,
				summary, MDC.get("cid"));
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			append(List.of(entry));
			return;
		}
		Pending pending = TransactionSynchronizationManager.getSynchronizations().stream()
			.filter(p -> p instanceof Pending mine && mine.trail() == this).map(Pending.class::cast).findFirst().orElse(null);
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		else if (pending.appended) {
			// recorded while the transaction commits, after its entries were appended: append this one now
			append(List.of(entry));
			return;
		}
		pending.entries.add(entry);
	}

	private void append(List<Recorded> entries) {
		if (entries.isEmpty()) {
			return;
		}
		Map<String, Object> head = jdbc.sql("SELECT last_seq, last_hash FROM audit.chain_head WHERE id = 1 FOR UPDATE")
			.query()
			.singleRow();
		long seq = ((Number) head.get("last_seq")).longValue();
		String hash = (String) head.get("last_hash");
		for (Recorded r : entries) {
			seq++;
			AuditEntry unsigned = new AuditEntry(seq, r.at(), r.actor().username(), r.actor().unitCode(), r.action(),
					r.targetType(), r.targetId(), r.summary(), r.actor().clientAddress(), r.correlationId(), hash, "");
			String prevHash = hash;
			hash = hashOf(unsigned);
			jdbc.sql("""
					INSERT INTO audit.entry (seq, occurred_at, actor, unit_code, action, target_type, target_id, summary,
					                         client_address, correlation_id, prev_hash, hash)
					VALUES (:seq, :at, :actor, :unit, :action, :type, :target, :summary, :ip, :cid, :prev, :hash)""")
				.param("seq", seq)
				.param("at", Timestamp.from(r.at()))
				.param("actor", r.actor().username())
				.param("unit", r.actor().unitCode())
				.param("action", r.action())
				.param("type", r.targetType())
				.param("target", r.targetId())
				.param("summary", r.summary())
				.param("ip", r.actor().clientAddress())
				.param("cid", r.correlationId())
				.param("prev", prevHash)
				.param("hash", hash)
				.update();
		}
		jdbc.sql("UPDATE audit.chain_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
			.param("seq", seq)
			.param("hash", hash)
			.update();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEntry> search(AuditQuery query) {
		Filter f = filter(query);
		return jdbc.sql("SELECT * FROM audit.entry" + f.where + " ORDER BY seq DESC LIMIT :limit OFFSET :offset")
			.params(f.params)
			.param("limit", query.size())
			.param("offset", (long) query.page() * query.size())
			.query(JdbcAuditTrail::map)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public long count(AuditQuery query) {
		Filter f = filter(query);
		return jdbc.sql("SELECT count(*) FROM audit.entry" + f.where).params(f.params).query(Long.class).single();
	}

	@Override
	@Transactional(readOnly = true)
	public ChainVerification verify() {
		Map<String, Object> head = jdbc.sql("SELECT last_seq, last_hash FROM audit.chain_head WHERE id = 1").query().singleRow();
		long headSeq = ((Number) head.get("last_seq")).longValue();
		String headHash = (String) head.get("last_hash");
		long[] expectedSeq = { 1 };
		String[] prev = { GENESIS };
		ChainVerification[] broken = { null };
		long[] checked = { 0 };
		jdbc.sql("SELECT * FROM audit.entry ORDER BY seq").query(rs -> {
			if (broken[0] != null) {
				return;
			}
			AuditEntry e = map(rs, 0);
			checked[0]++;
			if (e.seq() != expectedSeq[0]) {
				broken[0] = new ChainVerification(false, checked[0], expectedSeq[0], "entry missing (deleted)");
			}
			else if (!e.prevHash().equals(prev[0])) {
				broken[0] = new ChainVerification(false, checked[0], e.seq(), "link to the previous entry broken");
			}
			else if (!hashOf(e).equals(e.hash())) {
				broken[0] = new ChainVerification(false, checked[0], e.seq(), "entry altered: hash does not match its content");
			}
			expectedSeq[0] = e.seq() + 1;
			prev[0] = e.hash();
		});
		if (broken[0] != null) {
			return broken[0];
		}
		if (expectedSeq[0] - 1 != headSeq || !prev[0].equals(headHash)) {
			return new ChainVerification(false, checked[0], expectedSeq[0], "latest entries missing (chain head does not match)");
		}
		return new ChainVerification(true, checked[0], null, null);
	}

	static String hashOf(AuditEntry e) {
		String canonical = String.join("\u001f", Long.toString(e.seq()), e.occurredAt().toString(), e.actor(),
				Objects.toString(e.unitCode(), ""), e.action(), e.targetType(), Objects.toString(e.targetId(), ""),
				e.summary(), Objects.toString(e.clientAddress(), ""), Objects.toString(e.correlationId(), ""), e.prevHash());
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static AuditEntry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("unit_code"), rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
				rs.getString("summary"), rs.getString("client_address"), rs.getString("correlation_id"),
				rs.getString("prev_hash"), rs.getString("hash"));
	}

	private record Filter(String where, Map<String, Object> params) {
	}

	private static Filter filter(AuditQuery q) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		q.actor().filter(s -> !s.isBlank()).ifPresent(v -> {
			conditions.add("actor = :actor");
			params.put("actor", v.trim());
		});
		q.action().filter(s -> !s.isBlank()).ifPresent(v -> {
			conditions.add("action = :action");
			params.put("action", v.trim());
		});
		q.unitCode().filter(s -> !s.isBlank()).ifPresent(v -> {
			conditions.add("unit_code = :unit");
			params.put("unit", v.trim());
		});
		q.target().filter(s -> !s.isBlank()).ifPresent(v -> {
			conditions.add("(target_id = :target OR public.motcua_fold(summary) LIKE '%' || public.motcua_fold(:target) || '%')");
			params.put("target", v.trim());
		});
		q.from().ifPresent(v -> {
			conditions.add("occurred_at >= :from");
			params.put("from", Timestamp.from(v));
		});
		q.to().ifPresent(v -> {
			conditions.add("occurred_at < :to");
			params.put("to", Timestamp.from(v));
		});
		return new Filter(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
	}

}
