package org.motcua.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.motcua.calendar.Timeliness;
import org.motcua.catalog.Catalog;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierEvents;
import org.motcua.dossier.DossierStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read model's writes: merges an event into the dossier's fact under a row lock, and moves the daily
 * counters by the difference between what the fact contributed before and after. Replayed events change nothing.
 */
@Repository
class ReadModel {

	private final JdbcClient jdbc;
	private final Catalog catalog;
	private final Map<String, String> fields = new ConcurrentHashMap<>();

	ReadModel(JdbcClient jdbc, Catalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	void apply(DossierEvents.DossierRegistered e) {
		DossierFact before = lock(e.code());
		DossierFact after = before.with(e, fieldOf(e.procedureCode()));
		if (e.status() == DossierStatus.COMPLETION_REQUESTED) {
			action(e.code(), DossierAction.REQUEST_COMPLETION, e.at(), "", e.receivingUnitCode(), e.procedureCode());
		}
		save(before, after);
	}

	void apply(DossierEvents.DossierActionTaken e) {
		DossierFact before = lock(e.code());
		DossierFact after = before.with(e, fieldOf(e.procedureCode()));
		action(e.code(), e.action(), e.at(), e.actor(), e.receivingUnitCode(), e.procedureCode());
		save(before, after);
		steps(e.code(), e.steps());
	}

	/**
	 * Records how the dossier's finished steps were graded. A step once finished keeps its grade and steps are only
	 * ever added, so each count only grows: keeping the larger of the stored and the reported count of each grade
	 * gives the latest report whatever order events arrive in, and a redelivered event changes nothing.
	 */
	void steps(String code, DossierEvents.@Nullable StepGrades grades) {
		if (grades == null || grades.total() == 0) {
			return;
		}
		jdbc.sql("""
				INSERT INTO reporting.dossier_steps AS t (code, early, on_time, late) VALUES (:c, :e, :o, :l)
				ON CONFLICT (code) DO UPDATE SET early = greatest(t.early, EXCLUDED.early),
				  on_time = greatest(t.on_time, EXCLUDED.on_time), late = greatest(t.late, EXCLUDED.late)""")
			.param("c", code).param("e", grades.early()).param("o", grades.onTime()).param("l", grades.late()).update();
	}

	/**
	 * Writes one dossier's fact as rebuilt from the dossier itself, with its actions, adding its counters (after
	 * {@link #clear()}, inside the recount's transaction).
	 */
	void rebuild(DossierFact fact, List<Action> actions) {
		DossierFact before = lock(fact.code());
		for (Action a : actions) {
			action(fact.code(), a.action(), a.at(), a.actor(), a.unitCode(), a.procedureCode());
		}
		save(before, fact);
	}

	/** An action on a dossier, as the history tells it. */
	record Action(DossierAction action, Instant at, String actor, String unitCode, String procedureCode) {
	}

	/**
	 * Records a dossier's digitization facts, keeping the latest report, and moves the Decision 766 group 4
	 * counters of its day of receipt.
	 */
	void apply(org.motcua.documents.DocumentsEvents.DossierFilesChanged e) {
		files(e.dossierCode(), e.componentsDigitized(), e.electronicResult(), e.reused(), e.at());
	}

	void files(String code, boolean componentsDigitized, boolean electronicResult, boolean reused, Instant at) {
		DossierFact before = lock(code);
		save(before, before.with(new DossierFact.Files(componentsDigitized, electronicResult, reused, at)));
	}

	/**
	 * The applicant rated the dossier not satisfied, or answered feedback named it: once a dossier finished in time is
	 * so, it counts in {@link Counter#FINISHED_DISSATISFIED} on the day it finished (Decision 766 indicator 5.4), whether
	 * the rating or the answer came in that period or later. Marking it again changes nothing.
	 */
	void dissatisfied(String code) {
		DossierFact before = lock(code);
		save(before, before.disliked());
	}

	/** Whether the portal reported a rating not satisfied or answered feedback naming the dossier (for a recount). */
	boolean reportedDissatisfied(String code) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM reporting.rating_fact WHERE dossier_code = :c AND NOT satisfied)
				    OR EXISTS (SELECT 1 FROM reporting.feedback_fact WHERE dossier_code = :c AND answered_at IS NOT NULL)""")
			.param("c", code).query(Boolean.class).single();
	}

	/** Empties the read model (before a recount). */
	void clear() {
		jdbc.sql("TRUNCATE reporting.daily_counter, reporting.unit_daily_counter, reporting.dossier_fact, reporting.dossier_event,"
				+ " reporting.dossier_steps").update();
	}

	/** The field (lĩnh vực) of a procedure from the catalogue's public API, or empty when unknown. */
	String fieldOf(String procedureCode) {
		return fields.computeIfAbsent(procedureCode, code -> {
			try {
				return catalog.procedure(code, null).current().content().field();
			}
			catch (RuntimeException ex) {
				return "";
			}
		});
	}

	private void action(String code, DossierAction action, Instant at, String actor, String unit, String procedure) {
		int inserted = jdbc.sql("""
				INSERT INTO reporting.dossier_event (code, action, at, actor, unit_code, procedure_code)
				VALUES (:c, :a, :at, :actor, :u, :p) ON CONFLICT DO NOTHING""")
			.param("c", code).param("a", action.name()).param("at", Timestamp.from(at)).param("actor", actor)
			.param("u", unit).param("p", procedure).update();
		Counter counter = action == DossierAction.REQUEST_COMPLETION ? Counter.COMPLETION_REQUESTS
				: action == DossierAction.APOLOGISE ? Counter.APOLOGIES : null;
		// a dossier has one completion request and one apology at most (Decree 61/2018 Art. 15(3), 19(9)):
		// counted once, whichever of the event or a recount recorded it first
		boolean first = counter != null && jdbc.sql("SELECT count(*) FROM reporting.dossier_event WHERE code = :c AND action = :a")
			.param("c", code).param("a", action.name()).query(Long.class).single() == 1;
		if (inserted == 1 && first) {
			DossierFact.Contribution c = new DossierFact.Contribution(unit, procedure, fieldOf(procedure), DossierFact.day(at), counter);
			add(c, 1);
			addToUnit(c, 1);
		}
	}

	/**
	 * The dossier's fact, locked until the transaction ends; created empty first when this is the first event of the
	 * dossier. Every event after the first finds the row, so it is locked by one statement; two first events at once
	 * both insert, one of them waits for the other and inserts nothing, then both lock the same row.
	 */
	private DossierFact lock(String code) {
		Optional<DossierFact> fact = lockExisting(code);
		if (fact.isPresent()) {
			return fact.get();
		}
		jdbc.sql("INSERT INTO reporting.dossier_fact (code) VALUES (:c) ON CONFLICT DO NOTHING").param("c", code).update();
		return lockExisting(code).orElseThrow();
	}

	private Optional<DossierFact> lockExisting(String code) {
		return jdbc.sql("SELECT * FROM reporting.dossier_fact WHERE code = :c FOR UPDATE").param("c", code)
			.query((rs, n) -> new DossierFact(rs.getString("code"), rs.getString("parent_code"), rs.getBoolean("registered"),
					rs.getString("unit_code"), rs.getString("procedure_code"), rs.getString("field"), rs.getString("channel"),
					instant(rs.getTimestamp("received_at")), instant(rs.getTimestamp("due_at")), instant(rs.getTimestamp("due_as_of")),
					instant(rs.getTimestamp("finished_at")),
					rs.getString("timeliness") == null ? null : Timeliness.valueOf(rs.getString("timeliness")),
					instant(rs.getTimestamp("refused_at")), instant(rs.getTimestamp("stopped_at")),
					instant(rs.getTimestamp("cancelled_at")),
					new DossierFact.Files(rs.getBoolean("components_digitized"), rs.getBoolean("electronic_result"),
							rs.getBoolean("reused"), instant(rs.getTimestamp("files_as_of"))), rs.getBoolean("dissatisfied")))
			.optional();
	}

	private void save(DossierFact before, DossierFact after) {
		jdbc.sql("""
				UPDATE reporting.dossier_fact SET parent_code = :parent, registered = :registered, unit_code = :unit,
				  procedure_code = :proc, field = :field, channel = :channel, received_at = :received, due_at = :due,
				  due_as_of = :dueAsOf, finished_at = :finished, timeliness = :timeliness, refused_at = :refused,
				  stopped_at = :stopped, cancelled_at = :cancelled, closed_at = :closed, components_digitized = :digitized,
				  electronic_result = :electronic, reused = :reused, files_as_of = :filesAsOf, dissatisfied = :dissatisfied
				WHERE code = :code""")
			.param("code", after.code()).param("parent", after.parentCode()).param("registered", after.registered())
			.param("unit", after.unitCode()).param("proc", after.procedureCode()).param("field", after.field())
			.param("channel", after.channel()).param("received", ts(after.receivedAt())).param("due", ts(after.dueAt()))
			.param("dueAsOf", ts(after.dueAsOf())).param("finished", ts(after.finishedAt()))
			.param("timeliness", after.timeliness() == null ? null : after.timeliness().name())
			.param("refused", ts(after.refusedAt())).param("stopped", ts(after.stoppedAt()))
			.param("cancelled", ts(after.cancelledAt())).param("closed", ts(after.closedAt()))
			.param("digitized", after.files().componentsDigitized()).param("electronic", after.files().electronicResult())
			.param("reused", after.files().reused()).param("filesAsOf", ts(after.files().asOf()))
			.param("dissatisfied", after.dissatisfied())
			.update();
		List<DossierFact.Contribution> removed = new ArrayList<>(before.contributions());
		List<DossierFact.Contribution> added = new ArrayList<>(after.contributions());
		List<DossierFact.Contribution> common = new ArrayList<>(removed);
		common.retainAll(added);
		for (DossierFact.Contribution c : common) {
			removed.remove(c);
			added.remove(c);
		}
		List<Map.Entry<DossierFact.Contribution, Integer>> deltas = new ArrayList<>();
		removed.forEach(c -> deltas.add(Map.entry(c, -1)));
		added.forEach(c -> deltas.add(Map.entry(c, 1)));
		// always the same order of rows, so concurrent listeners cannot deadlock on the counters
		deltas.sort(Comparator.comparing((Map.Entry<DossierFact.Contribution, Integer> d) -> d.getKey().unitCode())
			.thenComparing(d -> d.getKey().day()).thenComparing(d -> d.getKey().procedureCode())
			.thenComparing(d -> d.getKey().field()));
		// every procedure row first, then every unit row, each in that order: no two listeners wait on each other
		deltas.forEach(d -> add(d.getKey(), d.getValue()));
		deltas.forEach(d -> addToUnit(d.getKey(), d.getValue()));
	}

	/** Moves the same counter in the unit's total of the day over all procedures and fields. */
	private void addToUnit(DossierFact.Contribution c, int delta) {
		String col = c.counter().column();
		jdbc.sql("INSERT INTO reporting.unit_daily_counter (unit_code, day, " + col + ") VALUES (:u, :d, :n)"
				+ " ON CONFLICT (unit_code, day) DO UPDATE SET " + col + " = reporting.unit_daily_counter." + col + " + EXCLUDED." + col)
			.param("u", c.unitCode()).param("d", java.sql.Date.valueOf(c.day())).param("n", delta * c.amount()).update();
	}

	private void add(DossierFact.Contribution c, int delta) {
		String col = c.counter().column();
		jdbc.sql("INSERT INTO reporting.daily_counter (unit_code, procedure_code, field, day, " + col
				+ ") VALUES (:u, :p, :f, :d, :n) ON CONFLICT (unit_code, day, procedure_code, field) DO UPDATE SET " + col
				+ " = reporting.daily_counter." + col + " + EXCLUDED." + col)
			.param("u", c.unitCode()).param("p", c.procedureCode()).param("f", c.field())
			.param("d", java.sql.Date.valueOf(c.day())).param("n", delta * c.amount()).update();
	}

	private static @Nullable Instant instant(@Nullable Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	private static @Nullable Timestamp ts(@Nullable Instant i) {
		return i == null ? null : Timestamp.from(i);
	}
}
