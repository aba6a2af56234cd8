package org.motcua.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.motcua.audit.AuditTrail;
import org.motcua.organization.Caller;
import org.motcua.shared.ConflictException;
import org.motcua.shared.InvalidInputException;
import org.motcua.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Procedures flagged for catalogue review because a legal document they cite expired. When the registry of legal
 * documents reports an expiry ({@link LegalBasisExpired}), every procedure whose version in force, or a later
 * version, lists that document's number in its legal basis (căn cứ pháp lý) is flagged; a catalogue editor reviews
 * the procedure (amend it, or record that the expiry does not touch it) and clears the flag with a note. Procedures
 * must follow the documents that regulate them (Decree 63/2010/NĐ-CP Art. 8 and 15).
 *
 * <p>Matching is by number: the catalogue's text, after folding case and spacing, contains the number as a whole word
 * ("Quyết định số 12/2019/QĐ-UBND ngày …" cites 12/2019/QĐ-UBND; "112/2019/QĐ-UBND" does not). Numbers of local
 * documents repeat across issuing units, so a flag may be a false alarm; the reviewer clears it saying so.
 */
@Service
public class ReviewFlags {

	private static final Logger LOG = LoggerFactory.getLogger(ReviewFlags.class);
	private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final JdbcClient jdbc;
	private final ProcedureStore store;
	private final AuditTrail audit;
	private final Clock clock;

	ReviewFlags(JdbcClient jdbc, ProcedureStore store, AuditTrail audit, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.audit = audit;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** A procedure flagged for review, and, once cleared ({@code open} false), by whom, when and why. */
	public record Flag(long id, String procedureCode, String procedureName, long documentId, String documentNumber,
			String documentTitle, String documentUnit, boolean partly, @Nullable LocalDate expiredOn, String source,
			Instant flaggedAt, @Nullable String clearedBy, @Nullable Instant clearedAt, @Nullable String clearNote, boolean open,
			int version) {
	}

	/** Which flags to list. */
	public enum Filter {
		OPEN, CLEARED, ALL
	}

	/** Handles the registry's report of an expired document, after the registry's transaction committed. */
	@ApplicationModuleListener
	void on(LegalBasisExpired event) {
		int flagged = flag(event);
		LOG.info("Legal document {} expired ({}): {} procedure(s) flagged for review", event.number(), event.source(), flagged);
	}

	/** Flags the procedures citing the expired document; returns how many new flags were raised. */
	@Transactional
	int flag(LegalBasisExpired event) {
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		Map<String, ProcedureVersion> citing = new LinkedHashMap<>();
		List<ProcedureVersion> candidates = new ArrayList<>(store.current(null, today));
		jdbc.sql("SELECT id FROM catalog.procedure_version WHERE effective_from > :t").param("t", today).query(Long.class).list()
			.forEach(id -> store.versionById(id).ifPresent(candidates::add));
		for (ProcedureVersion v : candidates) {
			if (v.content().legalBasis().stream().anyMatch(ref -> cites(ref.number(), event.number()))) {
				citing.putIfAbsent(v.code(), v);
			}
		}
		int raised = 0;
		for (String code : citing.keySet()) {
			int rows = jdbc.sql("""
					INSERT INTO catalog.review_flag (procedure_code, document_id, document_number, document_title, document_unit, partly,
					    expired_on, source, flagged_at)
					VALUES (:p, :d, :n, :t, :u, :partly, :x, :s, :at)
					ON CONFLICT (procedure_code, document_id) WHERE cleared_at IS NULL DO NOTHING""")
				.param("p", code).param("d", event.documentId()).param("n", event.number()).param("t", cut(event.title(), 1000))
				.param("u", event.unitCode()).param("partly", event.partly()).param("x", event.expiredOn()).param("s", cut(event.source(), 500))
				.param("at", Timestamp.from(clock.instant())).update();
			if (rows == 1) {
				raised++;
				audit.record("PROCEDURE_FLAGGED_FOR_REVIEW", "Procedure", code, "Legal basis %s expired%s (%s, by %s)".formatted(event.number(),
						event.partly() ? " in part" : "", event.source(), event.by()));
			}
		}
		return raised;
	}

	/** Whether a legal basis as the catalogue stores it names the document {@code number}. */
	static boolean cites(@Nullable String stored, String number) {
		if (stored == null) {
			return false;
		}
		String s = normal(stored);
		String n = normal(number);
		return !n.isEmpty() && java.util.regex.Pattern.compile("(^|[\\s(])" + java.util.regex.Pattern.quote(n) + "($|[\\s,;.)])")
			.matcher(s).find();
	}

	private static String normal(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip().toUpperCase(Locale.ROOT)
			.replaceAll(" ?/ ?", "/").replaceAll(" ?- ?", "-");
	}

	@Transactional(readOnly = true)
	public List<Flag> list(Caller caller, Filter filter) {
		String where = switch (filter) {
			case OPEN -> " WHERE f.cleared_at IS NULL";
			case CLEARED -> " WHERE f.cleared_at IS NOT NULL";
			case ALL -> "";
		};
		return jdbc.sql(SELECT + where + " ORDER BY f.cleared_at IS NOT NULL, f.flagged_at DESC, f.id DESC LIMIT 1000")
			.param("t", LocalDate.now(clock.withZone(ZONE))).query(ReviewFlags::map).list();
	}

	@Transactional(readOnly = true)
	public Flag get(long id) {
		return jdbc.sql(SELECT + " WHERE f.id = :id").param("id", id).param("t", LocalDate.now(clock.withZone(ZONE)))
			.query(ReviewFlags::map).optional().orElseThrow(() -> new NotFoundException("error.catalog.flag-not-found", id));
	}

	/** Clears an open flag after the review (catalogue editors), with a note saying what was done. */
	@Transactional
	public Flag clear(Caller caller, long id, @Nullable String note, @Nullable Integer version) {
		CatalogRoles.require(caller, CatalogRoles.EDITORS);
		Flag flag = get(id);
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		problems.check(note != null && !note.isBlank(), "note", "error.required");
		problems.check(note == null || note.strip().length() <= 2000, "note", "error.catalog.flag-note-too-long", 2000);
		problems.check(version != null, "version", "error.required");
		problems.throwIfAny();
		if (!flag.open()) {
			throw new ConflictException(flag, "error.catalog.flag-cleared");
		}
		int rows = jdbc.sql("""
				UPDATE catalog.review_flag SET cleared_by = :by, cleared_at = :at, clear_note = :n, version = version + 1
				WHERE id = :id AND version = :v AND cleared_at IS NULL""")
			.param("by", caller.username()).param("at", Timestamp.from(clock.instant())).param("n", note.strip()).param("id", id)
			.param("v", version).update();
		if (rows == 0) {
			throw new ConflictException(flag, "error.stale", flag.version());
		}
		audit.record("PROCEDURE_REVIEW_FLAG_CLEARED", "Procedure", flag.procedureCode(), "%s: %s".formatted(flag.documentNumber(), note.strip()));
		return get(id);
	}

	private static final String SELECT = """
			SELECT f.*, coalesce((SELECT v.name FROM catalog.procedure_version v JOIN catalog.procedure p ON p.id = v.procedure_id
			    WHERE p.code = f.procedure_code AND v.effective_from <= :t ORDER BY v.effective_from DESC, v.number DESC LIMIT 1), f.procedure_code) AS procedure_name
			FROM catalog.review_flag f""";

	private static Flag map(ResultSet rs, int n) throws SQLException {
		Timestamp cleared = rs.getTimestamp("cleared_at");
		return new Flag(rs.getLong("id"), rs.getString("procedure_code"), rs.getString("procedure_name"), rs.getLong("document_id"),
				rs.getString("document_number"), rs.getString("document_title"), rs.getString("document_unit"), rs.getBoolean("partly"),
				rs.getObject("expired_on", LocalDate.class), rs.getString("source"), rs.getTimestamp("flagged_at").toInstant(),
				rs.getString("cleared_by"), cleared == null ? null : cleared.toInstant(), rs.getString("clear_note"), cleared == null, rs.getInt("version"));
	}

	private static String cut(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}
}
