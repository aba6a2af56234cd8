package org.motcua.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.motcua.catalog.PublicationTracking;
import org.motcua.organization.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the Decision 766/QĐ-TTg indicator set (domain brief §3) from the read model, and group 1 and indicator 3.1
 * and 3.2 from the catalogue ({@link PublicationTracking}). Points: where the brief
 * gives sourced points they are used; otherwise a pool's remaining points are split evenly among its measurable
 * indicators; any indicator's maximum can be overridden in {@link ReportingSettings}. Indicators whose data this
 * system cannot have are "not measurable here" and left out of the maximum, as are those with a zero denominator.
 */
@Service
public class Scorecard766 {

	private final Reports reports;
	private final PublicationTracking publication;
	private final java.util.Map<String, BigDecimal> weights;
	private final java.util.Map<String, CatalogueFigures> catalogueFigures = new java.util.concurrent.ConcurrentHashMap<>();
	private final long catalogueFiguresReuseNanos;

	Scorecard766(Reports reports, PublicationTracking publication, ReportingSettings settings) {
		this.reports = reports;
		this.publication = publication;
		this.weights = settings.weightsByCode();
		this.catalogueFiguresReuseNanos = settings.catalogueFiguresReuseOrDefault().toNanos();
	}

	/** The catalogue's figures of a unit and period, and how many of its online services were used (3.2). */
	private record CatalogueFigures(PublicationTracking.PeriodFigures figures, long servicesUsed, long readAt) {
	}

	/**
	 * The catalogue's figures for group 1 and indicators 3.1 and 3.2 of a unit subtree and period, with how many of its
	 * online services received a dossier online in the period (3.2), read again when older than
	 * {@link ReportingSettings#catalogueFiguresReuseOrDefault()} (a minute by default). Reading them means parsing every
	 * procedure in force of the subtree and looking each online service up in the counters, about 60 ms each for a
	 * province at 10 million dossiers, while the catalogue changes a few times a month and a service gets its first
	 * online dossier of a period once. A change shows within a minute.
	 */
	private CatalogueFigures catalogue(Reports.Scope scope, ReportQuery query) {
		String key = scope.query().unitCode() + "|" + query.from() + "|" + query.to();
		long now = System.nanoTime();
		CatalogueFigures cached = catalogueFigures.get(key);
		if (cached != null && now - cached.readAt() < catalogueFiguresReuseNanos) {
			return cached;
		}
		if (catalogueFigures.size() > 1000) {
			catalogueFigures.clear();
		}
		PublicationTracking.PeriodFigures figures = publication.figures(scope.query().unitCode(), query.from(), query.to());
		long used = figures.onlineCodes().isEmpty() ? 0 : reports.onlineServicesUsed(scope, figures.onlineCodes());
		CatalogueFigures read = new CatalogueFigures(figures, used, now);
		catalogueFigures.put(key, read);
		return read;
	}

	/** A definition: pool of points it shares, its sourced points (null: split), and the rate earning full points. */
	private record Def(String code, String name, String pool, @Nullable Integer sourced, double fullAt, String note) {
	}

	private static final String NM_NATIONAL = "report.766.note.national";
	private static final String NM_PORTAL = "report.766.note.portal";
	private static final String NM_PAYMENT = "report.766.note.payment";

	private static final List<String[]> GROUPS = List.of(new String[] { "1", "Publicity and transparency", "18" },
			new String[] { "2", "Timeliness of handling", "20" }, new String[] { "3", "Online services", "22" },
			new String[] { "4", "Digitization of dossiers", "22" }, new String[] { "5", "Satisfaction", "18" });

	private static final List<Integer> POOL_MAX_3 = List.of(12, 10);

	/** The computation of each measurable indicator lives in {@link #compute}; the others carry the reason. */
	private static final List<Def> DEFS = List.of(
			new Def("1.1", "Procedures announced on time", "1", null, 1, "report.766.note.1.1"),
			new Def("1.2", "Procedures published on time in the national TTHC database", "1", 4, 1, "report.766.note.1.2"),
			new Def("1.3", "Published procedures with all required parts", "1", null, 1, "report.766.note.1.3"),
			new Def("1.4", "Dossiers synchronised to the national portal", "1", null, 1, NM_NATIONAL),
			new Def("2.1", "Dossiers handled early or on time", "2", 20, 1, "report.766.note.2.1"),
			new Def("2.2", "Average processing time (hours, informational)", "2", 0, 1, "report.766.note.2.2"),
			new Def("3.1", "Procedures offered online", "3a", null, 0.8, "report.766.note.3.1"),
			new Def("3.2", "Online services actually receiving dossiers", "3a", null, 1, "report.766.note.3.2"),
			new Def("3.3", "Dossiers submitted online", "3a", null, 0.5, "report.766.note.3.3"),
			new Def("3.5", "Fee-bearing procedures with online payment", "3b", null, 0.8, NM_PAYMENT),
			new Def("3.6", "Dossiers paid online", "3b", null, 1, NM_PAYMENT),
			new Def("4.1", "Dossiers with an electronic result", "4", null, 1, "report.766.note.4.1"),
			new Def("4.2", "Dossiers digitized", "4", null, 0.8, "report.766.note.4.2"),
			new Def("4.3", "Reuse of digitized data", "4", null, 0.8, "report.766.note.4.3"),
			new Def("4.4", "Linked to the citizen's data store", "4", null, 1, NM_NATIONAL),
			new Def("4.5", "Use of population data", "4", null, 1, NM_NATIONAL),
			new Def("5.1", "Feedback (PAKN) classified", "5", null, 1, NM_PORTAL),
			new Def("5.2", "Feedback (PAKN) handled on time", "5", null, 1, "report.766.note.5.2"),
			new Def("5.3", "Satisfaction with feedback handling", "5", null, 1, "report.766.note.5.3"),
			new Def("5.4", "Satisfaction with dossier handling", "5", 6, 0.9, "report.766.note.5.4"));

	@Transactional(readOnly = true)
	public Indicators766 compute(Caller caller, ReportQuery query) {
		// the caller's subtree is resolved once for the counters, the feedback and the ratings
		Reports.Scope scope = reports.scope(caller, query);
		Reports.ScorecardInputs in = reports.scorecardInputs(scope);
		Summary s = in.summary();
		double[] avg = { in.processingHours(), in.finishedWithHours() };
		long handled = s.finished().total() + s.inProgress().total();
		long inTime = s.finished().early() + s.finished().onTime() + s.inProgress().onTime();
		long[] files = in.digitization();
		Reports.FeedbackCounts feedback = reports.feedback(scope);
		long dissatisfiedInTime = in.dissatisfiedInTime();
		// group 1 and indicator 3.1 from the catalogue of the subtree's procedures (the upstream catalogue module)
		CatalogueFigures fromCatalogue = catalogue(scope, query);
		PublicationTracking.PeriodFigures figures = fromCatalogue.figures();
		PublicationTracking.Summary catalogue = figures.summary();
		long servicesUsed = fromCatalogue.servicesUsed();
		long[][] measured = new long[DEFS.size()][];
		for (int i = 0; i < DEFS.size(); i++) {
			measured[i] = switch (DEFS.get(i).code()) {
				case "1.1" -> new long[] { catalogue.announcedOnTime(), catalogue.announced() };
				case "1.2" -> new long[] { catalogue.publishedOnTime(), catalogue.publicationDue() };
				case "1.3" -> new long[] { catalogue.complete(), catalogue.procedures() };
				case "3.1" -> new long[] { catalogue.online(), catalogue.procedures() };
				case "3.2" -> new long[] { servicesUsed, figures.onlineCodes().size() };
				case "2.1" -> new long[] { inTime, handled };
				case "5.4" -> satisfaction54(handled, inTime, dissatisfiedInTime);
				case "2.2" -> new long[] { Math.round(avg[0]), (long) avg[1] };
				case "3.3" -> new long[] { s.received().online(), s.received().total() };
				case "4.1" -> new long[] { files[2], files[1] };
				case "4.2" -> new long[] { files[3], files[0] };
				case "4.3" -> new long[] { files[4], files[0] };
				case "5.2" -> new long[] { feedback.answeredOnTime(), feedback.answered() };
				case "5.3" -> new long[] { feedback.answeredSatisfactorily(), feedback.answered() };
				default -> null;
			};
		}
		List<Indicators766.Group> groups = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO, max = BigDecimal.ZERO;
		for (String[] g : GROUPS) {
			List<Indicators766.Indicator> indicators = new ArrayList<>();
			BigDecimal gPoints = BigDecimal.ZERO, gMax = BigDecimal.ZERO;
			for (int i = 0; i < DEFS.size(); i++) {
				Def d = DEFS.get(i);
				if (!d.pool().startsWith(g[0])) {
					continue;
				}
				Indicators766.Indicator ind = indicator(d, measured[i], measured);
				indicators.add(ind);
				gPoints = gPoints.add(ind.points());
				gMax = gMax.add(ind.max());
			}
			groups.add(new Indicators766.Group(g[0], g[1], gPoints, gMax, new BigDecimal(g[2]), indicators));
			total = total.add(gPoints);
			max = max.add(gMax);
		}
		return new Indicators766(total, max, groups);
	}

	private Indicators766.Indicator indicator(Def d, long @Nullable [] m, long[][] measured) {
		boolean measurable = m != null;
		boolean hasData = measurable && m[1] > 0;
		BigDecimal weight = hasData ? weight(d, measured) : BigDecimal.ZERO;
		BigDecimal rate = null;
		BigDecimal points = BigDecimal.ZERO;
		if (hasData) {
			if (d.code().equals("2.2")) {
				rate = BigDecimal.valueOf(m[0]).divide(BigDecimal.valueOf(m[1]), 2, RoundingMode.HALF_UP);
			}
			else {
				rate = rate(m[0], m[1]);
				points = points(m[0], m[1], weight, d.fullAt());
			}
		}
		String basis = d.sourced() != null && !weights.containsKey(d.code()) ? "sourced"
				: weights.containsKey(d.code()) ? "configured" : "split";
		return new Indicators766.Indicator(d.code(), d.name(), rate, points, weight.setScale(2, RoundingMode.HALF_UP),
				measurable ? m[0] : null, measurable ? m[1] : null, measurable, basis,
				hasData || !measurable ? d.note() : "report.766.note.no-data");
	}

	/**
	 * Indicator 5.4, satisfaction with dossier handling (domain brief §3.2): 100% − (late-dossier rate + rate of
	 * dossiers with feedback or a dislike), both over the dossiers of indicator 2.1 (finished in the period and in
	 * progress at its end). As one fraction: the dossiers in time and neither rated not satisfied nor named by answered
	 * feedback (PAKN) ÷ those dossiers; a dossier both late and dissatisfied is subtracted once.
	 * @param handled dossiers finished in the period plus those in progress at its end
	 * @param inTime of those, finished early or on time, or in progress and not overdue
	 * @param dissatisfiedInTime of those in time, rated not satisfied by the applicant or named by answered feedback
	 * @return numerator and denominator
	 */
	static long[] satisfaction54(long handled, long inTime, long dissatisfiedInTime) {
		return new long[] { inTime - dissatisfiedInTime, handled };
	}

	/** A rate as a percentage with 2 decimals (domain brief §3.2: percentages rounded to 2 decimals). */
	static BigDecimal rate(long numerator, long denominator) {
		return BigDecimal.valueOf((double) numerator / denominator * 100).setScale(2, RoundingMode.HALF_UP);
	}

	/** Points of a rate: the full {@code weight} from {@code fullAt}, otherwise proportional (rate × weight ÷ fullAt). */
	static BigDecimal points(long numerator, long denominator, BigDecimal weight, double fullAt) {
		double r = (double) numerator / denominator;
		return weight.multiply(BigDecimal.valueOf(Math.min(1.0, r / fullAt))).setScale(2, RoundingMode.HALF_UP);
	}

	/** The configured weight, else the sourced points, else the pool's unsourced remainder split evenly. */
	private BigDecimal weight(Def d, long[][] measured) {
		BigDecimal configured = weights.get(d.code());
		if (configured != null) {
			return configured;
		}
		if (d.sourced() != null) {
			return BigDecimal.valueOf(d.sourced());
		}
		int poolMax = switch (d.pool()) {
			case "3a" -> POOL_MAX_3.get(0);
			case "3b" -> POOL_MAX_3.get(1);
			default -> Integer.parseInt(GROUPS.get(Integer.parseInt(d.pool()) - 1)[2]);
		};
		int sourced = 0, splitAmong = 0, position = 0;
		for (int i = 0; i < DEFS.size(); i++) {
			Def o = DEFS.get(i);
			if (o.pool().equals(d.pool())) {
				if (o.sourced() != null) {
					sourced += o.sourced();
				}
				else if (measured[i] != null && measured[i][1] > 0 && !weights.containsKey(o.code())) {
					splitAmong++;
					if (o == d) {
						position = splitAmong;
					}
				}
			}
		}
		BigDecimal remainder = BigDecimal.valueOf(poolMax - sourced);
		BigDecimal share = remainder.divide(BigDecimal.valueOf(Math.max(1, splitAmong)), 2, RoundingMode.HALF_UP);
		// the last one takes what rounding left, so the pool adds up exactly (22 = 7.33 + 7.33 + 7.34)
		return position == splitAmong ? remainder.subtract(share.multiply(BigDecimal.valueOf(splitAmong - 1))) : share;
	}
}
