package org.motcua.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.CatalogStats;
import org.motcua.dossier.DossierEvents;
import org.motcua.organization.Caller;
import org.motcua.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the Circular 01/2018/TT-VPCP Art. 13 scores for a quarter (Art. 15: the one-stop unit compiles them
 * quarterly) over the dossiers whose result was issued in the quarter, with the applicants' ratings where given
 * (Decree 61/2018 Art. 31 citizen criteria, fed by the portal through {@link RatingFigures}). Measured: indicator 1
 * (total time against the legal time, from the graded timeliness), 3 (contacts to complete the dossier: the larger of
 * the completion requests recorded and the contacts the applicant reported), 4 (bodies contacted, as the applicant
 * reported them; rated dossiers only) and 7 (staff attitude: from the timeliness, and 0 when the applicant reported
 * poor attitude or charges beyond the law). Per unit: 8 (feedback handling) and 9 (online services:
 * the catalogue's procedures online, the share of dossiers received online and none of them late). Also per dossier: 2 (each
 * participating unit's time, from the grades of the dossier's finished steps). Not measured, with the reason: 5
 * (which procedures are handled entirely at the desk) and 6 (publicity of procedures).
 */
@Service
public class Scoring {

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
	private static final int MAX_DOSSIERS_LISTED = 2000;

	private final Reports reports;
	private final JdbcClient jdbc;
	private final Catalog catalog;

	Scoring(Reports reports, JdbcClient jdbc, Catalog catalog) {
		this.reports = reports;
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	@Transactional(readOnly = true)
	public Scores compute(Caller caller, String unitCode, String quarter) {
		Matcher m = QUARTER.matcher(quarter == null ? "" : quarter.trim());
		if (!m.matches()) {
			throw InvalidInputException.of("quarter", "error.report.quarter");
		}
		LocalDate from = LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
		ReportQuery query = new ReportQuery(unitCode, from, from.plusMonths(3).minusDays(1), null, null);
		Reports.Scope scope = reports.scope(caller, query);
		List<Row> rows = jdbc.sql("""
				SELECT f.code, f.timeliness, r.satisfied, r.contacts, r.agencies, r.attitude, r.extra_charges,
				  st.early AS steps_early, st.on_time AS steps_on_time, st.late AS steps_late,
				  (SELECT count(*) FROM reporting.dossier_event e WHERE e.code = f.code AND e.action = 'REQUEST_COMPLETION') AS completions,
				  array(SELECT DISTINCT e.actor FROM reporting.dossier_event e WHERE e.code = f.code AND e.actor NOT IN ('', 'system')
				        ORDER BY e.actor) AS actors
				FROM reporting.dossier_fact f LEFT JOIN reporting.rating_fact r ON r.dossier_code = f.code
				  LEFT JOIN reporting.dossier_steps st ON st.code = f.code
				WHERE """ + " " + Reports.Metric.FINISHED.condition() + " ORDER BY f.code")
			.params(scope.params())
			.query((rs, n) -> new Row(rs.getString("code"), rs.getString("timeliness"),
					rs.getObject("steps_early") == null ? null
							: new DossierEvents.StepGrades(rs.getInt("steps_early"), rs.getInt("steps_on_time"), rs.getInt("steps_late")),
					rs.getLong("completions"),
					rs.getString("attitude") == null ? null
							: new Scores.Rating(rs.getBoolean("satisfied"), rs.getInt("contacts"), rs.getInt("agencies"),
									RatingFigures.Attitude.valueOf(rs.getString("attitude")), rs.getBoolean("extra_charges")),
					Arrays.asList((String[]) rs.getArray("actors").getArray())))
			.list();
		List<Scores.DossierScore> scored = rows.stream().map(Row::score).toList();
		BigDecimal i1 = average(scored, 1), i3 = average(scored, 3), i7 = average(scored, 7);
		@Nullable BigDecimal i2 = average(scored, 2), i4 = average(scored, 4);
		long rated = scored.stream().filter(d -> d.rating() != null).count();
		long satisfied = scored.stream().filter(d -> d.rating() != null && d.rating().satisfied()).count();
		long extraCharges = scored.stream().filter(d -> d.rating() != null && d.rating().extraCharges()).count();
		FeedbackHandling feedback = feedbackHandling(scope);
		BigDecimal i8 = BigDecimal.valueOf(feedback.points()).setScale(1);
		Scores.Online online = onlineServices(scope);
		@Nullable BigDecimal i9 = online.measurable() ? BigDecimal.valueOf(online.points()).setScale(1) : null;
		List<Scores.Indicator> indicators = List.of(
				new Scores.Indicator(1, "Total processing time against the legal time", "DOSSIER", true, i1, "report.scores.note.1"),
				new Scores.Indicator(2, "Time of each participating unit against its allotment", "DOSSIER", true, i2, "report.scores.note.2"),
				new Scores.Indicator(3, "Contacts with the receiving place to complete the dossier", "DOSSIER", true, i3, "report.scores.note.3"),
				new Scores.Indicator(4, "Bodies contacted to complete the dossier", "DOSSIER", true, i4, "report.scores.note.4"),
				new Scores.Indicator(5, "Whole process handled at the one-stop unit", "UNIT", false, null, "report.scores.note.5"),
				new Scores.Indicator(6, "Publicity of procedures", "UNIT", false, null, "report.scores.note.6"),
				new Scores.Indicator(7, "Staff attitude", "DOSSIER", true, i7, "report.scores.note.7"),
				new Scores.Indicator(8, "Handling of feedback (PAKN)", "UNIT", true, i8, "report.scores.note.8"),
				new Scores.Indicator(9, "Online services", "UNIT", online.measurable(), i9,
						online.measurable() ? "report.scores.note.9" : "report.scores.note.9.none"));
		BigDecimal perDossier = scored.isEmpty() ? null : sum(i1, i2, i3, i4, i7);
		BigDecimal perUnit = i9 == null ? i8 : i8.add(i9);
		BigDecimal score = perDossier == null ? perUnit : perDossier.add(perUnit);
		int maxMeasurable = (scored.isEmpty() ? 0 : 6 + (i2 == null ? 0 : 2) + (i4 == null ? 0 : 2)) + 2 + (i9 == null ? 0 : 2);
		return new Scores(scope.query().unitCode(), quarter.trim(), rows.size(), rated, satisfied, extraCharges, indicators,
				online, score, maxMeasurable, score == null ? null : grade(score), officials(rows),
				scored.size() > MAX_DOSSIERS_LISTED ? scored.subList(0, MAX_DOSSIERS_LISTED) : scored);
	}

	/**
	 * The quarter's feedback of the subtree for indicator 8 (Circular 01/2018 Art. 13): answered in the quarter, of
	 * which by the deadline, and "prolonged" — due in the quarter and, when the quarter ended (or now), neither
	 * answered nor refused.
	 */
	record FeedbackHandling(long answered, long answeredOnTime, long prolonged) {

		/** 2: none answered or all on time, and none prolonged; 1: at least 90% on time, none prolonged; else 0. */
		int points() {
			if (prolonged > 0) {
				return 0;
			}
			if (answered == 0 || answeredOnTime == answered) {
				return 2;
			}
			return answeredOnTime * 10 >= answered * 9 ? 1 : 0;
		}
	}

	FeedbackHandling feedbackHandling(Reports.Scope scope) {
		return jdbc.sql("""
				SELECT count(*) FILTER (WHERE answered_at >= :start AND answered_at < :end),
				  count(*) FILTER (WHERE answered_at >= :start AND answered_at < :end AND on_time),
				  count(*) FILTER (WHERE answer_by >= :start AND answer_by < :asOf
				                     AND (answered_at IS NULL OR answered_at > :asOf) AND (refused_at IS NULL OR refused_at > :asOf))
				FROM reporting.feedback_fact WHERE unit_code = ANY(:units)""")
			.params(scope.params())
			.query((rs, n) -> new FeedbackHandling(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
	}

	/** What indicator 9 reads for the subtree and quarter ({@link Scores.Online}). */
	Scores.Online onlineServices(Reports.Scope scope) {
		CatalogStats stats = catalog.stats(scope.query().unitCode(), scope.query().to());
		Summary.Received received = reports.received(scope);
		long late = jdbc.sql("SELECT (SELECT count(*) FROM reporting.dossier_fact f WHERE "
				+ Reports.Metric.FINISHED_LATE.condition() + " AND f.channel = 'ONLINE') + (SELECT count(*) FROM reporting.dossier_fact f WHERE "
				+ Reports.Metric.IN_PROGRESS_OVERDUE.condition() + " AND f.channel = 'ONLINE')")
			.params(scope.params()).query(Long.class).single();
		return new Scores.Online(stats.total(), stats.online(), received.total(), received.online(), late);
	}

	/** Agency grade bands (Circular 01/2018 Art. 15). */
	static String grade(BigDecimal score) {
		double s = score.doubleValue();
		return s >= 15 ? "EXCELLENT" : s >= 12 ? "GOOD" : s >= 9 ? "FAIR" : s >= 6 ? "AVERAGE" : "WEAK";
	}

	/** Officials' duty-completion bands (Circular 01/2018 Art. 15). */
	static String dutyBand(BigDecimal score) {
		double s = score.doubleValue();
		return s >= 5 ? "COMPLETED_100" : s >= 3.5 ? "COMPLETED_70_TO_100" : "COMPLETED_UNDER_70";
	}

	private static List<Scores.OfficialScore> officials(List<Row> rows) {
		Map<String, List<Scores.DossierScore>> byOfficial = new LinkedHashMap<>();
		for (Row r : rows) {
			for (String actor : r.actors()) {
				byOfficial.computeIfAbsent(actor, a -> new ArrayList<>()).add(r.score());
			}
		}
		List<Scores.OfficialScore> list = new ArrayList<>();
		byOfficial.forEach((username, ds) -> {
			BigDecimal a = average(ds, 1), b = average(ds, 3), c = average(ds, 7);
			@Nullable BigDecimal steps = average(ds, 2), d = average(ds, 4);
			BigDecimal sum = sum(a, steps, b, d, c);
			list.add(new Scores.OfficialScore(username, ds.size(), a, steps, b, d, c, sum, dutyBand(sum)));
		});
		list.sort(java.util.Comparator.comparing(Scores.OfficialScore::username));
		return list;
	}

	/** The sum of the indicators that have a value. */
	private static BigDecimal sum(@Nullable BigDecimal... indicators) {
		return Arrays.stream(indicators).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add);
	}

	/**
	 * Sum over dossiers ÷ number of dossiers, rounded to one decimal (Art. 14), over the dossiers with data for the
	 * indicator (indicator 2: those with a finished step; indicator 4: the rated ones); null when none has data
	 * (Art. 15: an indicator without data is left out).
	 */
	static @Nullable BigDecimal average(List<Scores.DossierScore> scored, int indicator) {
		List<Integer> points = scored.stream().map(s -> switch (indicator) {
			case 1 -> s.indicator1();
			case 2 -> s.indicator2();
			case 3 -> s.indicator3();
			case 4 -> s.indicator4();
			default -> s.indicator7();
		}).filter(java.util.Objects::nonNull).toList();
		if (points.isEmpty()) {
			return indicator == 2 || indicator == 4 ? null : BigDecimal.ZERO.setScale(1);
		}
		long sum = points.stream().mapToLong(Integer::longValue).sum();
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(points.size()), 1, RoundingMode.HALF_UP);
	}

	/**
	 * The points of one dossier on the per-dossier indicators measured here (Circular 01/2018 Art. 13, 0/1/2 each).
	 * <ul>
	 * <li>1, total time against the legal time: early 2, on time 1, late 0.</li>
	 * <li>2, time of each participating unit against its allotment, from the grades of the dossier's finished steps
	 * (each step of the internal process belongs to one unit and has its own due time): every step early 2, none late
	 * 1, any step late 0; null for a dossier with no finished step.</li>
	 * <li>3, contacts with the receiving place to complete the dossier: none 2, one 1, more 0. The count is the larger
	 * of the completion requests recorded and, when rated, the contacts the applicant reported (a request recorded is
	 * a contact even when the applicant does not report it; the applicant may report contacts no request recorded).</li>
	 * <li>4, bodies contacted: none 2, only the one-stop unit (one) 1, more than one 0; from the rating only, null
	 * without one.</li>
	 * <li>7, staff attitude: early 2, on time 1; 0 when late (the table gives no points for it) and 0 when the applicant
	 * reported poor attitude or charges beyond the law (Decree 61/2018 Art. 31: staff attitude and lawfulness of costs
	 * are citizen criteria). The rating counts as the applicant's complaint: it is not checked, which the Circular's
	 * "false complaints are ignored" would ask for.</li>
	 * </ul>
	 */
	static Scores.DossierScore score(String code, @Nullable String timeliness, DossierEvents.@Nullable StepGrades steps,
			long completions, Scores.@Nullable Rating rating) {
		int time = "EARLY".equals(timeliness) ? 2 : "ON_TIME".equals(timeliness) ? 1 : 0;
		Integer stepTime = steps == null || steps.total() == 0 ? null
				: steps.late() > 0 ? 0 : steps.onTime() > 0 ? 1 : 2;
		long contacts = rating == null ? completions : Math.max(completions, rating.contacts());
		Integer bodies = rating == null ? null : rating.agencies() == 0 ? 2 : rating.agencies() == 1 ? 1 : 0;
		boolean complaint = rating != null && (rating.attitude() == RatingFigures.Attitude.POOR || rating.extraCharges());
		return new Scores.DossierScore(code, time, stepTime, contacts == 0 ? 2 : contacts == 1 ? 1 : 0, bodies, complaint ? 0 : time,
				rating);
	}

	private record Row(String code, @Nullable String timeliness, DossierEvents.@Nullable StepGrades steps, long completions,
			Scores.@Nullable Rating rating, List<String> actors) {

		Scores.DossierScore score() {
			return Scoring.score(code, timeliness, steps, completions, rating);
		}
	}
}
