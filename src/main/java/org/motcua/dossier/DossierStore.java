package org.motcua.dossier;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.motcua.calendar.DurationUnit;
import org.motcua.calendar.Pause;
import org.motcua.calendar.Timeliness;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores dossiers in the {@code dossier} schema: the aggregate's state on one row (lists as JSON), its history
 * appended to {@code dossier.history}, with an optimistic version check on every update.
 */
@Repository
class DossierStore {

	private final JdbcClient jdbc;
	private final JsonMapper json;
	// readers built once: each resolves its type and finds its deserializer on construction, not on every row
	private final ObjectReader steps;
	private final ObjectReader pauses;
	private final ObjectReader progress;
	private final ObjectReader consultations;
	private final ObjectReader applicant;
	private final ObjectReader components;

	DossierStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
		this.steps = json.readerFor(new TypeReference<List<PlannedStep>>() { });
		this.pauses = json.readerFor(new TypeReference<List<Pause>>() { });
		this.progress = json.readerFor(new TypeReference<List<Dossier.StepProgress>>() { });
		this.consultations = json.readerFor(new TypeReference<List<Dossier.Consultation>>() { });
		this.applicant = json.readerFor(Applicant.class);
		this.components = json.readerFor(new TypeReference<List<ComponentCheck>>() { });
	}

	/** The particulars fixed at intake, stored beside the aggregate's state. */
	record Particulars(@Nullable String parentCode, int procedureVersion, String procedureName, String receivingAgencyCode,
			List<String> processingUnitCodes, Applicant applicant, @Nullable Applicant representative,
			List<ComponentCheck> components, String publicPin, String createdBy) {
	}

	/** A stored dossier: the aggregate, its particulars and its database id. */
	record Stored(long id, Dossier dossier, Particulars particulars, @Nullable String childCode) {
	}

	/** Next number of the receiving agency's day; an upsert, so safe with several application instances. */
	long nextSequence(String agencyCode, LocalDate day) {
		return jdbc.sql("""
				INSERT INTO dossier.daily_sequence (agency_code, day, last_value) VALUES (:a, :d, 1)
				ON CONFLICT (agency_code, day) DO UPDATE SET last_value = dossier.daily_sequence.last_value + 1
				RETURNING last_value""")
			.param("a", agencyCode).param("d", java.sql.Date.valueOf(day)).query(Long.class).single();
	}

	long insert(Dossier d, Particulars p) {
		Dossier.Snapshot s = d.snapshot();
		long id = jdbc.sql("""
				INSERT INTO dossier.dossier (code, parent_code, procedure_code, procedure_version, procedure_name,
				    receiving_unit_code, receiving_agency_code, processing_unit_codes, channel, status, applicant,
				    representative, components, applicant_name_folded, applicant_citizen_id, applicant_phone, public_pin,
				    processing_amount, processing_unit, steps, created_by, submitted_at, version)
				VALUES (:code, :parent, :proc, :pver, :pname, :unit, :agency, :units, :channel, :status, :applicant::jsonb,
				    :rep::jsonb, :components::jsonb, public.motcua_fold(:name), :cid, :phone, :pin, :amount, :punit,
				    :steps::jsonb, :by, :submitted, 0)
				RETURNING id""")
			.param("code", s.code().value()).param("parent", p.parentCode()).param("proc", s.procedureCode())
			.param("pver", p.procedureVersion()).param("pname", p.procedureName()).param("unit", s.receivingUnitCode())
			.param("agency", p.receivingAgencyCode()).param("units", p.processingUnitCodes().toArray(String[]::new))
			.param("channel", s.channel().name()).param("status", s.status().name())
			.param("applicant", write(p.applicant())).param("rep", p.representative() == null ? null : write(p.representative()))
			.param("components", write(p.components())).param("name", p.applicant().fullName())
			.param("cid", p.applicant().citizenId()).param("phone", p.applicant().phone()).param("pin", p.publicPin())
			.param("amount", s.processingTime().amount()).param("punit", s.processingTime().unit().name())
			.param("steps", write(s.steps())).param("by", p.createdBy()).param("submitted", ts(s.submittedAt()))
			.query(Long.class).single();
		writeState(id, d, null);
		return id;
	}

	/** Writes the aggregate's state if nobody changed it since it was read; false when the version is stale. */
	boolean update(long id, Dossier d) {
		return writeState(id, d, d.version());
	}

	private boolean writeState(long id, Dossier d, @Nullable Integer expectedVersion) {
		Dossier.Snapshot s = d.snapshot();
		int newVersion = expectedVersion == null ? 0 : expectedVersion + 1;
		int rows = jdbc.sql("""
				UPDATE dossier.dossier SET status = :status, progress = :progress::jsonb, consultations = :consultations::jsonb,
				    pauses = :pauses::jsonb, current_step = :step, received_at = :received, backdated = :backdated,
				    clock_start = :clock, base_due_at = :base, due_at = :due, original_due_at = :original,
				    apologised_at = :apologised, result_issued_at = :issued, returned_at = :returned, stopped_at = :stopped,
				    completion_requested_at = :completion, completion_in_processing = :inproc, paused_at = :paused,
				    timeliness = :timeliness, transferred_to = :transferred, version = :newVersion, updated_at = now()
				WHERE id = :id AND (CAST(:expected AS int) IS NULL OR version = CAST(:expected AS int))""")
			.param("status", s.status().name()).param("progress", write(s.progress()))
			.param("consultations", write(s.consultations())).param("pauses", write(s.pauses()))
			.param("step", s.currentStep()).param("received", ts(s.receivedAt())).param("backdated", s.backdated())
			.param("clock", ts(s.clockStart())).param("base", ts(s.baseDueAt())).param("due", ts(s.dueAt()))
			.param("original", ts(s.originalDueAt())).param("apologised", ts(s.apologisedAt()))
			.param("issued", ts(s.resultIssuedAt())).param("returned", ts(s.returnedAt())).param("stopped", ts(s.stoppedAt()))
			.param("completion", ts(s.completionRequestedAt())).param("inproc", s.completionRequestedDuringProcessing())
			.param("paused", ts(s.pausedAt())).param("timeliness", s.timeliness() == null ? null : s.timeliness().name())
			.param("transferred", s.transferredTo()).param("newVersion", newVersion).param("id", id)
			.param("expected", expectedVersion)
			.update();
		if (rows == 0) {
			return false;
		}
		for (Dossier.HistoryEntry h : d.pendingHistory()) {
			jdbc.sql("""
					INSERT INTO dossier.history (dossier_id, at, action, actor, from_status, to_status, note)
					VALUES (:id, :at, :action, :actor, :from, :to, :note)""")
				.param("id", id).param("at", ts(h.at())).param("action", h.action().name()).param("actor", h.actor())
				.param("from", h.from().name()).param("to", h.to().name()).param("note", h.note()).update();
		}
		d.markStored(newVersion);
		return true;
	}

	void addProcessingUnit(long id, String unitCode) {
		jdbc.sql("""
				UPDATE dossier.dossier SET processing_unit_codes = array_append(processing_unit_codes, :u)
				WHERE id = :id AND NOT (:u = ANY(processing_unit_codes))""")
			.param("u", unitCode).param("id", id).update();
	}

	Optional<Stored> findByCode(String code) {
		return jdbc.sql(SELECT + " WHERE d.code = :code").param("code", code).query(this::map).optional();
	}

	List<Stored> search(String where, Map<String, ?> params, String orderBy, int limit, long offset) {
		return jdbc.sql(SELECT + " WHERE " + where + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset")
			.params(params).param("limit", limit).param("offset", offset).query(this::map).list();
	}

	long count(String where, Map<String, ?> params) {
		return jdbc.sql("SELECT count(*) FROM dossier.dossier d WHERE " + where).params(params).query(Long.class).single();
	}

	List<Dossier.HistoryEntry> history(long id) {
		return jdbc.sql("SELECT at, action, actor, from_status, to_status, note FROM dossier.history WHERE dossier_id = :id ORDER BY id")
			.param("id", id)
			.query((rs, n) -> new Dossier.HistoryEntry(rs.getTimestamp(1).toInstant(), DossierAction.valueOf(rs.getString(2)),
					rs.getString(3), DossierStatus.valueOf(rs.getString(4)), DossierStatus.valueOf(rs.getString(5)), rs.getString(6)))
			.list();
	}

	/** The idempotency record of a user's key: the request hash and the dossier it created. */
	Optional<String[]> idempotency(String username, String key) {
		return jdbc.sql("SELECT request_hash, dossier_code FROM dossier.idempotency_key WHERE username = :u AND key = :k")
			.param("u", username).param("k", key).query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).optional();
	}

	/** Claims a key; false when another request holds it already (waits for that request's transaction). */
	boolean claimIdempotency(String username, String key, String hash, String dossierCode) {
		return jdbc.sql("""
				INSERT INTO dossier.idempotency_key (username, key, request_hash, dossier_code) VALUES (:u, :k, :h, :c)
				ON CONFLICT (username, key) DO NOTHING""")
			.param("u", username).param("k", key).param("h", hash).param("c", dossierCode).update() == 1;
	}

	private static final String SELECT = """
			SELECT d.*, (SELECT c.code FROM dossier.dossier c WHERE c.parent_code = d.code ORDER BY c.id DESC LIMIT 1) AS child_code
			FROM dossier.dossier d""";

	private Stored map(ResultSet rs, int row) throws SQLException {
		DossierCode code = new DossierCode(rs.getString("code"));
		ProcessingTime time = new ProcessingTime(rs.getBigDecimal("processing_amount"), DurationUnit.valueOf(rs.getString("processing_unit")));
		String timeliness = rs.getString("timeliness");
		Dossier.Snapshot s = new Dossier.Snapshot(code, rs.getString("procedure_code"), rs.getString("receiving_unit_code"),
				Channel.valueOf(rs.getString("channel")), time, read(rs.getString("steps"), steps),
				DossierStatus.valueOf(rs.getString("status")), instant(rs, "submitted_at"), instant(rs, "received_at"),
				rs.getBoolean("backdated"), instant(rs, "clock_start"), instant(rs, "base_due_at"), instant(rs, "due_at"),
				instant(rs, "original_due_at"), instant(rs, "apologised_at"), instant(rs, "result_issued_at"),
				instant(rs, "returned_at"), instant(rs, "stopped_at"), instant(rs, "completion_requested_at"),
				rs.getBoolean("completion_in_processing"), instant(rs, "paused_at"),
				read(rs.getString("pauses"), pauses), rs.getInt("current_step"),
				read(rs.getString("progress"), progress),
				read(rs.getString("consultations"), consultations),
				timeliness == null ? null : Timeliness.valueOf(timeliness), rs.getString("transferred_to"), rs.getInt("version"));
		Array units = rs.getArray("processing_unit_codes");
		List<String> unitCodes = new ArrayList<>(List.of((String[]) units.getArray()));
		String rep = rs.getString("representative");
		Particulars p = new Particulars(rs.getString("parent_code"), rs.getInt("procedure_version"), rs.getString("procedure_name"),
				rs.getString("receiving_agency_code"), unitCodes, read(rs.getString("applicant"), applicant),
				rep == null ? null : read(rep, applicant),
				read(rs.getString("components"), components), rs.getString("public_pin"),
				rs.getString("created_by"));
		return new Stored(rs.getLong("id"), Dossier.restore(s), p, rs.getString("child_code"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static @Nullable Timestamp ts(@Nullable Instant i) {
		return i == null ? null : Timestamp.from(i);
	}

	private String write(Object value) {
		return json.writeValueAsString(value);
	}

	private static <T> T read(String text, ObjectReader reader) {
		return reader.readValue(text);
	}

}
