package org.motcua.governance.legal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.motcua.audit.AuditTrail;
import org.motcua.governance.legal.LegalCommands.ConclusionData;
import org.motcua.governance.legal.LegalCommands.DocumentData;
import org.motcua.governance.legal.LegalCommands.NewReview;
import org.motcua.governance.legal.LegalCommands.ReviewChange;
import org.motcua.governance.legal.LegalReview.ReviewStatus;
import org.motcua.organization.AdministrativeUnit;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.organization.Role;
import org.motcua.shared.ConflictException;
import org.motcua.shared.ForbiddenException;
import org.motcua.shared.InvalidInputException;
import org.motcua.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of local legal documents and their review campaigns (Decree 79/2025/NĐ-CP Art. 33–35). Documents are
 * public law, so every official reads them; changes need a role that does the review work (legal staff, heads, leaders,
 * reform officers, administrators) and a jurisdiction over the issuing unit. A conclusion about validity also updates
 * the document's status, in the same transaction and audited.
 */
@Service
public class LegalDocuments {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
	public static final Set<Role> EDITORS = EnumSet.of(Role.SYSTEM_ADMIN, Role.UNIT_ADMIN, Role.REFORM_OFFICER, Role.LEADER, Role.UNIT_HEAD,
			Role.SPECIALIST);

	private final JdbcClient jdbc;
	private final Organization organization;
	private final AuditTrail audit;
	private final Clock clock;
	private final org.springframework.context.ApplicationEventPublisher events;

	LegalDocuments(JdbcClient jdbc, Organization organization, AuditTrail audit, ObjectProvider<Clock> clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.organization = organization;
		this.audit = audit;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	public static boolean mayEdit(Caller caller) {
		return EDITORS.stream().anyMatch(caller::hasRole);
	}

	// ------------------------------------------------------------------ documents

	/** Documents of a unit (all when absent), optionally of one status, newest first. */
	@Transactional(readOnly = true)
	public List<LegalDocument> documents(@Nullable String unitCode, @Nullable DocumentStatus status) {
		return jdbc.sql("""
				SELECT * FROM governance.legal_document WHERE (CAST(:u AS text) IS NULL OR unit_code = :u)
				  AND (CAST(:s AS text) IS NULL OR status = :s) ORDER BY signed_on DESC, id DESC""")
			.param("u", upper(unitCode)).param("s", status == null ? null : status.name()).query(this::map).list();
	}

	@Transactional(readOnly = true)
	public LegalDocument document(long id) {
		return jdbc.sql("SELECT * FROM governance.legal_document WHERE id = :id").param("id", id).query(this::map).optional()
			.orElseThrow(() -> new NotFoundException("error.governance.legal.not-found", id));
	}

	/** The yearly list of documents that expired (wholly or partly) in {@code year}. */
	@Transactional(readOnly = true)
	public List<LegalDocument> expiredIn(@Nullable String unitCode, int year) {
		return jdbc.sql("""
				SELECT * FROM governance.legal_document WHERE (CAST(:u AS text) IS NULL OR unit_code = :u)
				  AND status IN ('EXPIRED_WHOLLY','EXPIRED_PARTLY') AND expired_on BETWEEN :from AND :to ORDER BY expired_on, id""")
			.param("u", upper(unitCode)).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31)).query(this::map).list();
	}

	@Transactional
	public LegalDocument create(Caller caller, DocumentData cmd) {
		requireEditor(caller);
		String unit = checkDocument(caller, cmd, null);
		long id = jdbc.sql("""
				INSERT INTO governance.legal_document (unit_code, issuer, number, kind, title, field, signed_on, effective_on, status, expired_on,
				    note, created_by)
				VALUES (:u, :i, :n, :k, :t, :f, :s, :e, :st, :x, :note, :by) RETURNING id""")
			.param("u", unit).param("i", cmd.issuer().name()).param("n", cmd.number().strip()).param("k", cmd.kind().name())
			.param("t", cmd.title().strip()).param("f", trim(cmd.field())).param("s", cmd.signedOn()).param("e", cmd.effectiveOn())
			.param("st", statusOf(cmd).name()).param("x", cmd.expiredOn()).param("note", trim(cmd.note())).param("by", caller.username())
			.query(Long.class).single();
		audit.record("LEGAL_DOCUMENT_CREATED", "LegalDocument", String.valueOf(id), "%s %s of %s: %s".formatted(cmd.kind(), cmd.number().strip(),
				unit, statusOf(cmd)));
		LegalDocument created = document(id);
		if (expired(created.status())) {
			expired(created, "Sổ theo dõi văn bản: nhập văn bản đã hết hiệu lực", caller);
		}
		return created;
	}

	@Transactional
	public LegalDocument update(Caller caller, long id, DocumentData cmd, int version) {
		requireEditor(caller);
		LegalDocument current = document(id);
		if (!caller.jurisdiction().covers(current.unitCode())) {
			throw new ForbiddenException("error.governance.outside-jurisdiction", current.unitCode());
		}
		String unit = checkDocument(caller, cmd, id);
		int updated = jdbc.sql("""
				UPDATE governance.legal_document SET unit_code = :u, issuer = :i, number = :n, kind = :k, title = :t, field = :f, signed_on = :s,
				    effective_on = :e, status = :st, expired_on = :x, note = :note, version = version + 1
				WHERE id = :id AND version = :v""")
			.param("u", unit).param("i", cmd.issuer().name()).param("n", cmd.number().strip()).param("k", cmd.kind().name())
			.param("t", cmd.title().strip()).param("f", trim(cmd.field())).param("s", cmd.signedOn()).param("e", cmd.effectiveOn())
			.param("st", statusOf(cmd).name()).param("x", cmd.expiredOn()).param("note", trim(cmd.note())).param("id", id).param("v", version)
			.update();
		if (updated == 0) {
			throw new ConflictException(current, "error.stale", current.version());
		}
		audit.record("LEGAL_DOCUMENT_CHANGED", "LegalDocument", String.valueOf(id), "%s: %s → %s".formatted(cmd.number().strip(), current.status(),
				statusOf(cmd)));
		LegalDocument changed = document(id);
		if (expired(changed.status()) && changed.status() != current.status()) {
			expired(changed, "Sổ theo dõi văn bản: cập nhật hiệu lực", caller);
		}
		return changed;
	}

	/** Removes a document entered by mistake; a document some review has concluded on stays (409). */
	@Transactional
	public void delete(Caller caller, long id, int version) {
		requireEditor(caller);
		LegalDocument current = document(id);
		if (!caller.jurisdiction().covers(current.unitCode())) {
			throw new ForbiddenException("error.governance.outside-jurisdiction", current.unitCode());
		}
		if (jdbc.sql("SELECT count(*) FROM governance.review_conclusion WHERE document_id = :id").param("id", id).query(Long.class).single() > 0) {
			throw new ConflictException(current, "error.governance.legal.reviewed");
		}
		if (jdbc.sql("DELETE FROM governance.legal_document WHERE id = :id AND version = :v").param("id", id).param("v", version).update() == 0) {
			throw new ConflictException(current, "error.stale", current.version());
		}
		audit.record("LEGAL_DOCUMENT_DELETED", "LegalDocument", String.valueOf(id), "Deleted %s of %s".formatted(current.number(), current.unitCode()));
	}

	private String checkDocument(Caller caller, DocumentData cmd, @Nullable Long id) {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		String unit = upper(cmd.unitCode());
		if (unit == null || organization.findUnit(unit).isEmpty()) {
			problems.add("unitCode", "error.unit.not-found", String.valueOf(unit));
		}
		else if (!caller.jurisdiction().covers(unit)) {
			throw new ForbiddenException("error.governance.outside-jurisdiction", unit);
		}
		problems.check(cmd.issuer() != null, "issuer", "error.required");
		problems.check(cmd.kind() != null, "kind", "error.required");
		problems.check(trim(cmd.number()) != null, "number", "error.required");
		problems.check(cmd.number() == null || cmd.number().strip().length() <= 60, "number", "error.governance.too-long", 60);
		problems.check(trim(cmd.title()) != null, "title", "error.required");
		problems.check(cmd.title() == null || cmd.title().strip().length() <= 1000, "title", "error.governance.too-long", 1000);
		problems.check(cmd.signedOn() != null, "signedOn", "error.required");
		problems.check(cmd.effectiveOn() != null, "effectiveOn", "error.required");
		if (cmd.signedOn() != null && cmd.effectiveOn() != null) {
			problems.check(!cmd.effectiveOn().isBefore(cmd.signedOn()), "effectiveOn", "error.governance.legal.effective-before-signed");
		}
		DocumentStatus status = statusOf(cmd);
		if (status == DocumentStatus.EXPIRED_WHOLLY || status == DocumentStatus.EXPIRED_PARTLY) {
			problems.check(cmd.expiredOn() != null, "expiredOn", "error.governance.legal.expired-on-required");
		}
		else {
			problems.check(cmd.expiredOn() == null, "expiredOn", "error.governance.legal.expired-on-not-expired");
		}
		if (!problems.hasProblems() && jdbc.sql("SELECT count(*) FROM governance.legal_document WHERE unit_code = :u AND number = :n AND id <> :id")
			.param("u", unit).param("n", cmd.number().strip()).param("id", id == null ? -1 : id).query(Long.class).single() > 0) {
			problems.add("number", "error.governance.legal.number-taken", cmd.number().strip());
		}
		problems.throwIfAny();
		return unit;
	}

	private static DocumentStatus statusOf(DocumentData cmd) {
		return cmd.status() == null ? DocumentStatus.IN_FORCE : cmd.status();
	}

	// ------------------------------------------------------------------ reviews

	@Transactional(readOnly = true)
	public List<LegalReview> reviews(@Nullable String unitCode) {
		List<Long> ids = jdbc.sql("SELECT id FROM governance.legal_review WHERE (CAST(:u AS text) IS NULL OR unit_code = :u) ORDER BY started_on DESC, id DESC")
			.param("u", upper(unitCode)).query(Long.class).list();
		return ids.stream().map(id -> review(id, false)).toList();
	}

	@Transactional(readOnly = true)
	public LegalReview review(long id) {
		return review(id, true);
	}

	@Transactional
	public LegalReview startReview(Caller caller, NewReview cmd) {
		requireEditor(caller);
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		String unit = upper(cmd.unitCode());
		if (unit == null || organization.findUnit(unit).isEmpty()) {
			problems.add("unitCode", "error.unit.not-found", String.valueOf(unit));
		}
		else if (!caller.jurisdiction().covers(unit)) {
			throw new ForbiddenException("error.governance.outside-jurisdiction", unit);
		}
		problems.check(trim(cmd.title()) != null, "title", "error.required");
		problems.check(cmd.cutOff() != null, "cutOff", "error.required");
		problems.throwIfAny();
		LocalDate started = cmd.startedOn() == null ? today() : cmd.startedOn();
		long id = jdbc.sql("""
				INSERT INTO governance.legal_review (unit_code, title, decision_ref, cut_off, started_on, status, created_by)
				VALUES (:u, :t, :ref, :c, :s, 'OPEN', :by) RETURNING id""")
			.param("u", unit).param("t", cmd.title().strip()).param("ref", trim(cmd.decisionRef())).param("c", cmd.cutOff()).param("s", started)
			.param("by", caller.username()).query(Long.class).single();
		audit.record("LEGAL_REVIEW_STARTED", "LegalReview", String.valueOf(id), "Review of %s documents signed up to %s".formatted(unit, cmd.cutOff()));
		return review(id, true);
	}

	/** Renames a review, or concludes it (then its conclusions no longer change). */
	@Transactional
	public LegalReview changeReview(Caller caller, long id, ReviewChange cmd) {
		requireEditor(caller);
		LegalReview current = review(id, false);
		requireCovers(caller, current.unitCode());
		if (current.status() == ReviewStatus.CONCLUDED) {
			throw new ConflictException(current, "error.governance.legal.review-concluded");
		}
		String title = trim(cmd.title()) == null ? current.title() : cmd.title().strip();
		LocalDate concludedOn = cmd.concludedOn() == null ? today() : cmd.concludedOn();
		if (cmd.conclude() && (concludedOn.isAfter(today()) || concludedOn.isBefore(current.startedOn()))) {
			throw InvalidInputException.of("concludedOn", "error.governance.legal.concluded-on");
		}
		int updated = jdbc.sql("""
				UPDATE governance.legal_review SET title = :t, decision_ref = :ref, status = :s, concluded_on = :c, version = version + 1
				WHERE id = :id AND version = :v""")
			.param("t", title).param("ref", cmd.decisionRef() == null ? current.decisionRef() : trim(cmd.decisionRef()))
			.param("s", cmd.conclude() ? "CONCLUDED" : "OPEN").param("c", cmd.conclude() ? concludedOn : null).param("id", id).param("v", cmd.version())
			.update();
		if (updated == 0) {
			throw new ConflictException(current, "error.stale", current.version());
		}
		audit.record(cmd.conclude() ? "LEGAL_REVIEW_CONCLUDED" : "LEGAL_REVIEW_CHANGED", "LegalReview", String.valueOf(id), title);
		return review(id, true);
	}

	private static boolean expired(DocumentStatus status) {
		return status == DocumentStatus.EXPIRED_WHOLLY || status == DocumentStatus.EXPIRED_PARTLY;
	}

	/**
	 * Tells the catalogue that a document expired, in the changing transaction (the event publication registry delivers
	 * it after commit): procedures citing it are flagged for review (domain brief §7; Decree 63/2010/NĐ-CP Art. 8).
	 */
	private void expired(LegalDocument doc, String source, Caller caller) {
		events.publishEvent(new org.motcua.catalog.LegalBasisExpired(doc.id(), doc.unitCode(), doc.number(), doc.title(),
				doc.status() == DocumentStatus.EXPIRED_PARTLY, doc.expiredOn(), source, caller.username(), clock.instant()));
	}

	/** Records (or changes) the review's conclusion about one document in its scope. */
	@Transactional
	public LegalReview conclude(Caller caller, long reviewId, long documentId, ConclusionData cmd) {
		requireEditor(caller);
		LegalReview review = review(reviewId, false);
		requireCovers(caller, review.unitCode());
		if (review.status() == ReviewStatus.CONCLUDED) {
			throw new ConflictException(review, "error.governance.legal.review-concluded");
		}
		LegalDocument doc = document(documentId);
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		problems.check(doc.unitCode().equals(review.unitCode()) && !doc.signedOn().isAfter(review.cutOff()), "documentId",
				"error.governance.legal.out-of-scope", doc.number());
		problems.check(cmd.conclusion() != null, "conclusion", "error.required");
		problems.check(cmd.note() == null || cmd.note().length() <= 2000, "note", "error.governance.too-long", 2000);
		if (cmd.conclusion() != null && cmd.conclusion().expired()) {
			problems.check(cmd.expiredOn() != null || doc.expiredOn() != null, "expiredOn", "error.governance.legal.expired-on-required");
		}
		problems.throwIfAny();
		jdbc.sql("""
				INSERT INTO governance.review_conclusion (review_id, document_id, conclusion, note, concluded_by)
				VALUES (:r, :d, :c, :n, :by)
				ON CONFLICT (review_id, document_id) DO UPDATE SET conclusion = :c, note = :n, concluded_by = :by, concluded_at = now()""")
			.param("r", reviewId).param("d", documentId).param("c", cmd.conclusion().name()).param("n", trim(cmd.note()))
			.param("by", caller.username()).update();
		DocumentStatus status = cmd.conclusion().documentStatus();
		if (status != null) {
			LocalDate expiredOn = cmd.conclusion().expired() ? (cmd.expiredOn() != null ? cmd.expiredOn() : doc.expiredOn()) : null;
			jdbc.sql("UPDATE governance.legal_document SET status = :s, expired_on = :x, version = version + 1 WHERE id = :id")
				.param("s", status.name()).param("x", expiredOn).param("id", documentId).update();
		}
		audit.record("LEGAL_REVIEW_CONCLUSION", "LegalReview", String.valueOf(reviewId), "%s: %s%s".formatted(doc.number(), cmd.conclusion(),
				trim(cmd.note()) == null ? "" : " (" + cmd.note().strip() + ")"));
		if (cmd.conclusion().expired()) {
			expired(document(documentId), "Rà soát văn bản: " + review.title() + " (#" + reviewId + ")", caller);
		}
		return review(reviewId, true);
	}

	/**
	 * Counts for a unit: those of {@code reviewId}, or of the unit's latest review when absent; a unit never reviewed
	 * gets the counts of its registry (statuses, no proposals).
	 */
	@Transactional(readOnly = true)
	public ReviewSummary summary(@Nullable String unitCode, @Nullable Long reviewId) {
		if (reviewId != null) {
			LegalReview r = review(reviewId, true);
			if (unitCode != null && !unitCode.isBlank() && !r.unitCode().equals(upper(unitCode))) {
				throw InvalidInputException.of("reviewId", "error.governance.legal.review-other-unit", reviewId, unitCode);
			}
			return r.summary();
		}
		String unit = upper(unitCode);
		if (unit == null) {
			// no unit and no review: the whole registry by each document's current status
			return byStatus(null, documents(null, null));
		}
		Optional<Long> latest = jdbc.sql("SELECT id FROM governance.legal_review WHERE unit_code = :u ORDER BY started_on DESC, id DESC LIMIT 1")
			.param("u", unit).query(Long.class).optional();
		if (latest.isPresent()) {
			return review(latest.get(), true).summary();
		}
		return byStatus(unit, documents(unit, null));
	}

	private static ReviewSummary byStatus(@Nullable String unit, List<LegalDocument> documents) {
		Map<Conclusion, Long> by = new EnumMap<>(Conclusion.class);
		for (LegalDocument d : documents) {
			by.merge(Conclusion.valueOf(d.status().name()), 1L, Long::sum);
		}
		long total = by.values().stream().mapToLong(Long::longValue).sum();
		return summarise(null, unit, total, by);
	}

	static ReviewSummary summarise(@Nullable Long reviewId, @Nullable String unit, long documents, Map<Conclusion, Long> counts) {
		Map<Conclusion, Long> by = new EnumMap<>(Conclusion.class);
		for (Conclusion c : Conclusion.values()) {
			by.put(c, counts.getOrDefault(c, 0L));
		}
		long reviewed = by.values().stream().mapToLong(Long::longValue).sum();
		long inForce = by.entrySet().stream().filter(e -> e.getKey().inForce()).mapToLong(Map.Entry::getValue).sum();
		return new ReviewSummary(reviewId, unit, documents, reviewed, documents - reviewed, inForce,
				by.get(Conclusion.EXPIRED_WHOLLY) + by.get(Conclusion.EXPIRED_PARTLY), by.get(Conclusion.EXPIRED_WHOLLY),
				by.get(Conclusion.EXPIRED_PARTLY), by.get(Conclusion.SUSPENDED), by.get(Conclusion.PROPOSE_AMENDMENT),
				by.get(Conclusion.PROPOSE_ABOLITION), by.get(Conclusion.NEW_DOCUMENT_NEEDED), by);
	}

	private LegalReview review(long id, boolean items) {
		Map<String, Object> row = jdbc.sql("SELECT * FROM governance.legal_review WHERE id = :id").param("id", id).query().listOfRows().stream()
			.findFirst().orElseThrow(() -> new NotFoundException("error.governance.legal.review-not-found", id));
		String unit = (String) row.get("unit_code");
		LocalDate cutOff = ((java.sql.Date) row.get("cut_off")).toLocalDate();
		List<LegalReview.Item> list = new ArrayList<>();
		Map<Conclusion, Long> counts = new HashMap<>();
		long[] documents = { 0 };
		jdbc.sql("""
				SELECT d.*, c.conclusion, c.note AS c_note, c.concluded_by, c.concluded_at FROM governance.legal_document d
				LEFT JOIN governance.review_conclusion c ON c.document_id = d.id AND c.review_id = :r
				WHERE d.unit_code = :u AND d.signed_on <= :cut ORDER BY d.signed_on, d.id""")
			.param("r", id).param("u", unit).param("cut", cutOff)
			.query(rs -> {
				documents[0]++;
				String c = rs.getString("conclusion");
				Conclusion conclusion = c == null ? null : Conclusion.valueOf(c);
				if (conclusion != null) {
					counts.merge(conclusion, 1L, Long::sum);
				}
				if (items) {
					java.sql.Timestamp at = rs.getTimestamp("concluded_at");
					list.add(new LegalReview.Item(map(rs, 0), conclusion, rs.getString("c_note"), rs.getString("concluded_by"),
							at == null ? null : at.toInstant()));
				}
			});
		java.sql.Date concluded = (java.sql.Date) row.get("concluded_on");
		return new LegalReview(id, unit, (String) row.get("title"), (String) row.get("decision_ref"), cutOff,
				((java.sql.Date) row.get("started_on")).toLocalDate(), ReviewStatus.valueOf((String) row.get("status")),
				concluded == null ? null : concluded.toLocalDate(), (String) row.get("created_by"), summarise(id, unit, documents[0], counts), list,
				(Integer) row.get("version"));
	}

	// ------------------------------------------------------------------ internals

	private void requireEditor(Caller caller) {
		if (!mayEdit(caller)) {
			throw new ForbiddenException("error.governance.legal.forbidden");
		}
	}

	private static void requireCovers(Caller caller, String unit) {
		if (!caller.jurisdiction().covers(unit)) {
			throw new ForbiddenException("error.governance.outside-jurisdiction", unit);
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	private LegalDocument map(ResultSet rs, int n) throws SQLException {
		String unitCode = rs.getString("unit_code");
		Optional<AdministrativeUnit> unit = organization.findUnit(unitCode);
		java.sql.Date expired = rs.getDate("expired_on");
		return new LegalDocument(rs.getLong("id"), unitCode, unit.map(AdministrativeUnit::name).orElse(unitCode),
				unit.map(u -> !u.isValidOn(today())).orElse(false), unit.map(AdministrativeUnit::successorCode).orElse(null),
				Issuer.valueOf(rs.getString("issuer")), rs.getString("number"), DocumentKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getString("field"), rs.getDate("signed_on").toLocalDate(), rs.getDate("effective_on").toLocalDate(),
				DocumentStatus.valueOf(rs.getString("status")), expired == null ? null : expired.toLocalDate(), rs.getString("note"),
				rs.getInt("version"));
	}

	private static @Nullable String trim(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static @Nullable String upper(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
	}
}
