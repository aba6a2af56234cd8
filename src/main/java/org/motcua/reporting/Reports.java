package org.motcua.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.organization.AdministrativeUnit;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.shared.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports for a unit and its subtree, answered from the read model's daily counters (flows) and open-dossier
 * facts (the overdue split), never from other modules' tables. The unit must lie in the caller's jurisdiction.
 */
@Service
public class Reports {

	/** Longest period of one report. */
	static final int MAX_DAYS = 3700;

	private final JdbcClient jdbc;
	private final Organization organization;
	private final Clock clock;

	Reports(JdbcClient jdbc, Organization organization, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** The standard table for the query's unit subtree and period. */
	@Transactional(readOnly = true)
	public Summary summary(Caller caller, ReportQuery query) {
		return scorecardInputs(caller, query).summary();
	}

	/**
	 * What the Decision 766 scorecard reads from the counters: the standard table, the hours from receipt to
	 * result of the dossiers finished in the period and their number (indicator 2.2), and the group 4 counts over
	 * the dossiers received in the period (domain brief §4.2: received, those with a result issued, those with an
	 * electronic result, digitized ones — every provided component filed and, once a result was issued, an
	 * electronic one — and those reusing earlier files); and the dossiers finished early or on time in the period that
	 * their applicant rated not satisfied or that answered feedback names (what indicator 5.4 subtracts besides the
	 * late ones); all from the counters, in two scans: the days before the period (the stock carried over) and its days.
	 */
	public record ScorecardInputs(Summary summary, double processingHours, long finishedWithHours, long[] digitization,
			long dissatisfiedInTime) {
	}

	@Transactional(readOnly = true)
	public ScorecardInputs scorecardInputs(Caller caller, ReportQuery query) {
		return scorecardInputs(scope(caller, query));
	}

	/** {@link #scorecardInputs(Caller, ReportQuery)} for a scope already resolved. */
	ScorecardInputs scorecardInputs(Scope scope) {
		Map<String, Object> p = scope.params();
		// the stock carried over reads every day before the period, the rest only the period's days: two plain scans
		// cost about half of one scan that sorts each row into both with FILTER (at 10 million dossiers)
		StringBuilder carriedSql = new StringBuilder("""
				SELECT coalesce(sum(received_online + received_counter + received_post - finished_early - finished_on_time
				    - finished_late - refused - stopped - cancelled), 0)
				FROM""" + " " + counters(scope.query()) + " WHERE unit_code = ANY(:units) AND day < :from");
		filters(carriedSql, scope.query(), "");
		long carried = jdbc.sql(carriedSql.toString()).params(p).query(Long.class).single();
		StringBuilder sql = new StringBuilder("""
				SELECT
				  coalesce(sum(received_online), 0) AS online,
				  coalesce(sum(received_counter), 0) AS counter,
				  coalesce(sum(received_post), 0) AS post,
				  coalesce(sum(finished_early), 0) AS early,
				  coalesce(sum(finished_on_time), 0) AS on_time,
				  coalesce(sum(finished_late), 0) AS late,
				  coalesce(sum(refused), 0) AS refused,
				  coalesce(sum(stopped), 0) AS stopped,
				  coalesce(sum(cancelled), 0) AS cancelled,
				  coalesce(sum(completion_requests), 0) AS completion,
				  coalesce(sum(apologies), 0) AS apologies,
				  coalesce(sum(finished_seconds), 0) AS finished_seconds,
				  coalesce(sum(received_finished), 0) AS received_finished,
				  coalesce(sum(received_electronic_result), 0) AS received_electronic,
				  coalesce(sum(received_digitized), 0) AS received_digitized,
				  coalesce(sum(received_reused), 0) AS received_reused,
				  coalesce(sum(finished_dissatisfied), 0) AS finished_dissatisfied
				FROM""" + " " + counters(scope.query()) + " " + """
				WHERE unit_code = ANY(:units) AND day >= :from AND day <= :to""");
		filters(sql, scope.query(), "");
		long overdue = count(Metric.IN_PROGRESS_OVERDUE, scope);
		return jdbc.sql(sql.toString()).params(p).query((rs, n) -> {
			long online = rs.getLong("online"), counter = rs.getLong("counter"), post = rs.getLong("post");
			long early = rs.getLong("early"), onTime = rs.getLong("on_time"), late = rs.getLong("late");
			long received = online + counter + post, finished = early + onTime + late;
			long open = carried + received - finished - rs.getLong("refused") - rs.getLong("stopped") - rs.getLong("cancelled");
			Summary summary = new Summary(carried, new Summary.Received(received, online, counter, post),
					new Summary.Finished(finished, early, onTime, late), new Summary.InProgress(open, open - overdue, overdue),
					rs.getLong("refused"), rs.getLong("stopped"), rs.getLong("cancelled"), rs.getLong("completion"),
					rs.getLong("apologies"));
			return new ScorecardInputs(summary, rs.getLong("finished_seconds") / 3600.0, finished,
					new long[] { received, rs.getLong("received_finished"), rs.getLong("received_electronic"),
							rs.getLong("received_digitized"), rs.getLong("received_reused") }, rs.getLong("finished_dissatisfied"));
		}).single();
	}

	/** The dossiers received in the subtree during the period, by channel, from the counters. */
	Summary.Received received(Scope scope) {
		StringBuilder sql = new StringBuilder("""
				SELECT coalesce(sum(received_online), 0), coalesce(sum(received_counter), 0), coalesce(sum(received_post), 0)
				FROM""" + " " + counters(scope.query()) + " WHERE unit_code = ANY(:units) AND day >= :from AND day <= :to");
		filters(sql, scope.query(), "");
		return jdbc.sql(sql.toString()).params(scope.params()).query((rs, n) -> {
			long online = rs.getLong(1), counter = rs.getLong(2), post = rs.getLong(3);
			return new Summary.Received(online + counter + post, online, counter, post);
		}).single();
	}

	/** The codes of the dossiers behind one number of the standard table, newest first (at most {@code limit}). */
	@Transactional(readOnly = true)
	public List<String> dossiers(Caller caller, ReportQuery query, Metric metric, int limit) {
		Scope scope = scope(caller, query);
		StringBuilder sql = new StringBuilder(switch (metric) {
			case COMPLETION_REQUESTS, APOLOGIES -> """
					SELECT DISTINCT e.code, e.at FROM reporting.dossier_event e LEFT JOIN reporting.dossier_fact f ON f.code = e.code
					WHERE e.unit_code = ANY(:units) AND e.action = :action AND e.at >= :start AND e.at < :end""";
			default -> "SELECT f.code, f.received_at AS at FROM reporting.dossier_fact f WHERE " + metric.condition;
		});
		filters(sql, query, metric == Metric.COMPLETION_REQUESTS || metric == Metric.APOLOGIES ? "e." : "f.");
		sql.append(" ORDER BY at DESC, code LIMIT ").append(Math.max(1, Math.min(limit, 5000)));
		Map<String, Object> p = new HashMap<>(scope.params());
		p.put("action", metric == Metric.APOLOGIES ? "APOLOGISE" : "REQUEST_COMPLETION");
		return jdbc.sql(sql.toString()).params(p).query((rs, n) -> rs.getString("code")).list();
	}

	/** How many dossiers lie behind a number, counted on the facts (used for the overdue split). */
	long count(Metric metric, Scope scope) {
		if (metric == Metric.IN_PROGRESS_OVERDUE) {
			// the open stock in two index-friendly parts: still open now, and closed only after the period's end
			long total = 0;
			for (String part : new String[] { "f.closed_at IS NULL", "f.closed_at >= :end" }) {
				StringBuilder sql = new StringBuilder("""
						SELECT count(*) FROM reporting.dossier_fact f
						WHERE f.registered AND f.parent_code IS NULL AND f.unit_code = ANY(:units) AND f.received_at < :end
						  AND f.due_at < :asOf AND""" + " " + part);
				filters(sql, scope.query(), "f.");
				total += jdbc.sql(sql.toString()).params(scope.params()).query(Long.class).single();
			}
			return total;
		}
		StringBuilder sql = new StringBuilder("SELECT count(*) FROM reporting.dossier_fact f WHERE " + metric.condition);
		filters(sql, scope.query(), "f.");
		return jdbc.sql(sql.toString()).params(scope.params()).query(Long.class).single();
	}

	/**
	 * Feedback of the subtree: received in the period, answered in the period, of which by the deadline, and of which
	 * satisfactory for Decision 766 indicator 5.3 (by the deadline, and the published answer has no more "not helpful"
	 * than "helpful" marks).
	 */
	public record FeedbackCounts(long received, long answered, long answeredOnTime, long answeredSatisfactorily) {
	}

	/** Feedback counts of the subtree and period, as the portal reported them to {@link FeedbackFigures}. */
	@Transactional(readOnly = true)
	public FeedbackCounts feedback(Caller caller, ReportQuery query) {
		return feedback(scope(caller, query));
	}

	/** {@link #feedback(Caller, ReportQuery)} for a scope already resolved. */
	FeedbackCounts feedback(Scope scope) {
		return jdbc.sql("""
				SELECT count(*) FILTER (WHERE received_at >= :start AND received_at < :end),
				  count(*) FILTER (WHERE answered_at >= :start AND answered_at < :end),
				  count(*) FILTER (WHERE answered_at >= :start AND answered_at < :end AND on_time),
				  count(*) FILTER (WHERE answered_at >= :start AND answered_at < :end AND on_time AND not_helpful <= helpful)
				FROM reporting.feedback_fact WHERE unit_code = ANY(:units)""")
			.params(scope.params())
			.query((rs, n) -> new FeedbackCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
	}

	/**
	 * Citizens' ratings given in the period to dossiers received by the subtree (as the portal reported them to
	 * {@link RatingFigures}): how many, how many satisfied overall, how many reporting charges beyond the law.
	 */
	public record RatingCounts(long rated, long satisfied, long extraCharges) {

		/** Share satisfied, a percentage with 2 decimals; null without ratings. */
		public @Nullable Double satisfiedRate() {
			return rated == 0 ? null : Math.round(10000.0 * satisfied / rated) / 100.0;
		}
	}

	@Transactional(readOnly = true)
	public RatingCounts ratings(Caller caller, ReportQuery query) {
		Scope scope = scope(caller, query);
		return jdbc.sql("""
				SELECT count(*), count(*) FILTER (WHERE satisfied), count(*) FILTER (WHERE extra_charges)
				FROM reporting.rating_fact WHERE unit_code = ANY(:units) AND rated_at >= :start AND rated_at < :end""")
			.params(scope.params())
			.query((rs, n) -> new RatingCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
	}

	/**
	 * Of these online services (procedure codes), how many received at least one dossier online in the period in the
	 * subtree (Decision 766 indicator 3.2). Each is looked up through the per-procedure counters' index by procedure,
	 * unit and day, and the lookup stops at the first day with an online dossier.
	 */
	long onlineServicesUsed(Scope scope, java.util.Collection<String> procedureCodes) {
		return jdbc.sql("""
				SELECT count(*) FROM unnest(CAST(:procs AS varchar[])) AS p(code)
				WHERE EXISTS (SELECT 1 FROM reporting.daily_counter c WHERE c.procedure_code = p.code AND c.unit_code = ANY(:units)
				              AND c.day >= :from AND c.day <= :to AND c.received_online > 0)""")
			.params(scope.params()).param("procs", procedureCodes.toArray(String[]::new)).query(Long.class).single();
	}

	/** Received and finished per day of the period, for the dashboard's chart. */
	public record Day(LocalDate day, long received, long finished) {
	}

	@Transactional(readOnly = true)
	public List<Day> perDay(Caller caller, ReportQuery query) {
		Scope scope = scope(caller, query);
		StringBuilder sql = new StringBuilder("""
				SELECT day, sum(received_online + received_counter + received_post) AS received,
				  sum(finished_early + finished_on_time + finished_late) AS finished
				FROM""" + " " + counters(query) + " WHERE unit_code = ANY(:units) AND day >= :from AND day <= :to");
		filters(sql, query, "");
		sql.append(" GROUP BY day ORDER BY day");
		return jdbc.sql(sql.toString()).params(scope.params())
			.query((rs, n) -> new Day(rs.getDate("day").toLocalDate(), rs.getLong("received"), rs.getLong("finished"))).list();
	}

	/** Dossiers an official acted on in the period and the number of actions, for the dashboard's workload table. */
	public record Workload(String username, long dossiers, long actions) {
	}

	/** Officials by the dossiers of the subtree they acted on in the period, busiest first (at most 20). */
	@Transactional(readOnly = true)
	public List<Workload> workload(Caller caller, ReportQuery query) {
		Scope scope = scope(caller, query);
		StringBuilder sql = new StringBuilder("""
				SELECT e.actor, count(DISTINCT e.code) AS dossiers, count(*) AS actions
				FROM reporting.dossier_event e LEFT JOIN reporting.dossier_fact f ON f.code = e.code
				WHERE e.unit_code = ANY(:units) AND e.at >= :start AND e.at < :end AND e.actor NOT IN ('', 'system')""");
		filters(sql, query, "e.");
		sql.append(" GROUP BY e.actor ORDER BY dossiers DESC, e.actor LIMIT 20");
		return jdbc.sql(sql.toString()).params(scope.params())
			.query((rs, n) -> new Workload(rs.getString("actor"), rs.getLong("dossiers"), rs.getLong("actions"))).list();
	}

	/** A unit directly under the report's unit and its Decision 766 on-time rate (criterion 2.1), for the ranking. */
	public record UnitRate(String unitCode, String unitName, long handled, long inTime, double rate) {
	}

	/** The units directly under the query's unit (or the unit itself when it has none), best on-time rate first. */
	@Transactional(readOnly = true)
	public List<UnitRate> ranking(Caller caller, ReportQuery query) {
		AdministrativeUnit root = organization.unit(caller, query.unitCode());
		LocalDate at = query.to();
		List<AdministrativeUnit> children = organization.allUnits(Caller.system()).stream()
			.filter(u -> root.code().equals(u.parentCode()) && u.isValidOn(at)).toList();
		List<AdministrativeUnit> units = children.isEmpty() ? List.of(root) : children;
		List<UnitRate> rates = new ArrayList<>();
		for (AdministrativeUnit u : units) {
			Summary s = summary(caller, new ReportQuery(u.code(), query.from(), query.to(), query.field(), query.procedureCode()));
			long handled = s.finished().total() + s.inProgress().total();
			long inTime = s.finished().early() + s.finished().onTime() + s.inProgress().onTime();
			rates.add(new UnitRate(u.code(), u.name(), handled, inTime, handled == 0 ? 0 : Math.round(10000.0 * inTime / handled) / 100.0));
		}
		rates.sort(java.util.Comparator.comparingDouble(UnitRate::rate).reversed().thenComparing(UnitRate::unitCode));
		return rates;
	}

	/** The numbers of the standard table that have dossiers behind them, with the condition on the facts. */
	public enum Metric {
		CARRIED_OVER("received_at < :start AND (closed_at IS NULL OR closed_at >= :start)"),
		RECEIVED("received_at >= :start AND received_at < :end"),
		RECEIVED_ONLINE("received_at >= :start AND received_at < :end AND channel = 'ONLINE'"),
		RECEIVED_COUNTER("received_at >= :start AND received_at < :end AND channel = 'COUNTER'"),
		RECEIVED_POST("received_at >= :start AND received_at < :end AND channel = 'POST'"),
		FINISHED(Conditions.FINISHED),
		FINISHED_EARLY(Conditions.FINISHED + " AND timeliness = 'EARLY'"),
		FINISHED_ON_TIME(Conditions.FINISHED + " AND timeliness = 'ON_TIME'"),
		FINISHED_LATE(Conditions.FINISHED + " AND timeliness = 'LATE'"),
		/**
		 * Finished in the period and rated not satisfied by the applicant, or named by answered feedback about its
		 * handling (Decision 766 indicator 5.4: dossiers with feedback or a dislike).
		 */
		FINISHED_DISSATISFIED(Conditions.FINISHED + " AND dissatisfied"),
		IN_PROGRESS(Conditions.OPEN),
		IN_PROGRESS_ON_TIME(Conditions.OPEN + " AND (due_at IS NULL OR due_at >= :asOf)"),
		IN_PROGRESS_OVERDUE(Conditions.OPEN + " AND due_at < :asOf"),
		REFUSED("closed_at >= :start AND closed_at < :end AND closed_at = refused_at"),
		STOPPED("closed_at >= :start AND closed_at < :end AND closed_at = stopped_at AND (refused_at IS NULL OR refused_at > closed_at)"),
		COMPLETION_REQUESTS("true"),
		APOLOGIES("true");

		private final String condition;

		Metric(String condition) {
			this.condition = "f.registered AND f.parent_code IS NULL AND f.unit_code = ANY(:units) AND "
					+ condition.replaceAll("\\b(received_at|closed_at|finished_at|refused_at|stopped_at|cancelled_at|timeliness|channel|due_at|dissatisfied)\\b", "f.$1");
		}

		/** The SQL condition on {@code reporting.dossier_fact f} (parameters of {@link Scope#params()}). */
		String condition() {
			return condition;
		}

		/** The metric of a drill-down parameter such as {@code finished.late} or {@code inProgress.overdue}. */
		public static Metric parse(String name) {
			String n = name.replace(".", "_").replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
			try {
				return valueOf(n);
			}
			catch (IllegalArgumentException ex) {
				throw InvalidInputException.of("metric", "error.report.metric", name);
			}
		}
	}

	private static final class Conditions {
		static final String FINISHED = "closed_at >= :start AND closed_at < :end AND closed_at = finished_at AND timeliness IS NOT NULL"
				+ " AND (refused_at IS NULL OR refused_at > closed_at) AND (stopped_at IS NULL OR stopped_at > closed_at)"
				+ " AND (cancelled_at IS NULL OR cancelled_at > closed_at)";
		static final String OPEN = "received_at < :end AND (closed_at IS NULL OR closed_at >= :end)";
	}

	/** The resolved scope of a query: the unit codes of the subtree and the instants bounding the period. */
	record Scope(ReportQuery query, List<String> units, Instant start, Instant end, Instant asOf) {

		Map<String, Object> params() {
			Map<String, Object> p = new HashMap<>();
			p.put("units", units.toArray(String[]::new));
			p.put("from", java.sql.Date.valueOf(query.from()));
			p.put("to", java.sql.Date.valueOf(query.to()));
			p.put("start", Timestamp.from(start));
			p.put("end", Timestamp.from(end));
			p.put("asOf", Timestamp.from(asOf));
			if (query.field() != null) {
				p.put("field", query.field());
			}
			if (query.procedureCode() != null) {
				p.put("proc", query.procedureCode());
			}
			return p;
		}
	}

	Scope scope(Caller caller, ReportQuery query) {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		problems.check(!query.to().isBefore(query.from()), "to", "error.report.period");
		problems.check(!query.to().isAfter(query.from().plusDays(MAX_DAYS)), "to", "error.report.period-too-long", MAX_DAYS);
		problems.throwIfAny();
		AdministrativeUnit root = organization.unit(caller, query.unitCode().trim().toUpperCase(java.util.Locale.ROOT));
		Instant start = query.from().atStartOfDay(WorkingCalendar.ZONE).toInstant();
		Instant end = query.to().plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant();
		Instant now = clock.instant();
		return new Scope(query, subtree(root), start, end, end.isAfter(now) ? now : end);
	}

	/** The unit, every unit under it, and the units merged into any of them (their history stays with the successor). */
	List<String> subtree(AdministrativeUnit root) {
		List<AdministrativeUnit> all = organization.allUnits(Caller.system());
		Set<String> codes = new HashSet<>(Set.of(root.code()));
		boolean grew = true;
		while (grew) {
			grew = false;
			for (AdministrativeUnit u : all) {
				boolean under = (u.parentCode() != null && codes.contains(u.parentCode()))
						|| (u.successorCode() != null && codes.contains(u.successorCode()));
				if (under && codes.add(u.code())) {
					grew = true;
				}
			}
		}
		return new ArrayList<>(codes);
	}

	/**
	 * The counters to sum: the totals per unit and day when the query filters neither field nor procedure, those
	 * per procedure and field otherwise.
	 */
	private static String counters(ReportQuery query) {
		return query.field() == null && query.procedureCode() == null ? "reporting.unit_daily_counter" : "reporting.daily_counter";
	}

	private static void filters(StringBuilder sql, ReportQuery query, String alias) {
		if (query.field() != null) {
			sql.append(" AND ").append(alias.equals("e.") ? "f." : alias).append("field = :field");
		}
		if (query.procedureCode() != null) {
			sql.append(" AND ").append(alias).append("procedure_code = :proc");
		}
	}

	static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
