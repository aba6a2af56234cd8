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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * PostgreSQL implementation of the audit trail. Appends are serialised on the single chain-head row
 * ({@code SELECT ... FOR UPDATE}), which gives a gap-free sequence and a strictly linear chain even with
 * several application instances.
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

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public AuditEntry record(String action, String targetType, String targetId, String summary) {
		AuditActorProvider provider = actors.getIfAvailable();
		AuditActorProvider.Actor actor = provider != null ? provider.current() : AuditActorProvider.Actor.system();
		Map<String, Object> head = jdbc.sql("SELECT last_seq, last_hash FROM audit.chain_head WHERE id = 1 FOR UPDATE")
			.query()
			.singleRow();
		long seq = ((Number) head.get("last_seq")).longValue() + 1;
		String prevHash = (String) head.get("last_hash");
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		String cid = MDC.get("cid");
		AuditEntry unsigned = new AuditEntry(seq, now, actor.username(), actor.unitCode(), action, targetType, targetId,
				summary, actor.clientAddress(), cid, prevHash, "");
		String hash = hashOf(unsigned);
		jdbc.sql("""
				INSERT INTO audit.entry (seq, occurred_at, actor, unit_code, action, target_type, target_id, summary,
				                         client_address, correlation_id, prev_hash, hash)
				VALUES (:seq, :at, :actor, :unit, :action, :type, :target, :summary, :ip, :cid, :prev, :hash)""")
			.param("seq", seq)
			.param("at", Timestamp.from(now))
			.param("actor", actor.username())
			.param("unit", actor.unitCode())
			.param("action", action)
			.param("type", targetType)
			.param("target", targetId)
			.param("summary", summary)
			.param("ip", actor.clientAddress())
			.param("cid", cid)
			.param("prev", prevHash)
			.param("hash", hash)
			.update();
		jdbc.sql("UPDATE audit.chain_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
			.param("seq", seq)
			.param("hash", hash)
			.update();
		return new AuditEntry(seq, now, actor.username(), actor.unitCode(), action, targetType, targetId, summary,
				actor.clientAddress(), cid, prevHash, hash);
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
