package org.motcua.governance.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.motcua.audit.AuditTrail;
import org.motcua.dossier.DossierView;
import org.motcua.governance.commitments.Indicators;
import org.motcua.governance.commitments.TargetKind;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.organization.Role;
import org.motcua.shared.ConflictException;
import org.motcua.shared.ForbiddenException;
import org.motcua.shared.InvalidInputException;
import org.motcua.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Frameworks (configured by the province: {@code REFORM_OFFICER}, {@code SYSTEM_ADMIN}), units' self-assessments
 * ({@code LEADER}, {@code UNIT_HEAD}, {@code REFORM_OFFICER} over the unit, while in draft), submission, appraisal by
 * the province's reform officers, and the ranking by appraised (else self) totals.
 */
@Service
public class Assessments {

	public static final Set<TargetKind> MEASURES = EnumSet.of(TargetKind.TASKS_ON_TIME_RATE, TargetKind.ON_TIME_RATE, TargetKind.ONLINE_RATE);
	static final Set<Role> CONFIGURERS = EnumSet.of(Role.SYSTEM_ADMIN, Role.REFORM_OFFICER);
	static final Set<Role> SELF_ASSESSORS = EnumSet.of(Role.SYSTEM_ADMIN, Role.LEADER, Role.UNIT_HEAD, Role.REFORM_OFFICER);

	private final JdbcClient jdbc;
	private final Organization organization;
	private final Indicators indicators;
	private final AuditTrail audit;

	Assessments(JdbcClient jdbc, Organization organization, Indicators indicators, AuditTrail audit) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.indicators = indicators;
		this.audit = audit;
	}

	public record NewFramework(@Nullable Integer year, @Nullable String scope, @Nullable String name, @Nullable String decisionRef,
			@Nullable List<NewCriterion> criteria) {
	}

	/** A criterion; a parent's maximum is the sum of its children's, a leaf's is {@code maxPoints}. */
	public record NewCriterion(@Nullable String code, @Nullable String title, @Nullable BigDecimal maxPoints, @Nullable TargetKind measure,
			@Nullable List<NewCriterion> children) {
	}

	/** A framework with its total points; {@code inUse} once a unit has started an assessment against it (then it is frozen). */
	public record Framework(long id, int year, String scope, String name, @Nullable String decisionRef, BigDecimal maxTotal, boolean inUse,
			int version) {
	}

	/** A criterion of a framework in tree order, for editing: {@code depth} 0 for an area, a leaf has its own points. */
	public record FrameworkCriterion(String code, String title, int depth, boolean leaf, BigDecimal maxPoints, @Nullable TargetKind measure) {
	}

	public record RankingRow(String unitCode, String unitName, long assessmentId, String status, BigDecimal total, int rank) {
	}

	@Transactional(readOnly = true)
	public List<Framework> frameworks(@Nullable Integer year) {
		return jdbc.sql("""
				SELECT f.*, (SELECT coalesce(sum(c.max_points), 0) FROM governance.assessment_criterion c
				             WHERE c.framework_id = f.id AND NOT EXISTS (SELECT 1 FROM governance.assessment_criterion k WHERE k.parent_id = c.id)) AS total,
				       EXISTS (SELECT 1 FROM governance.assessment a WHERE a.framework_id = f.id) AS in_use
				FROM governance.assessment_framework f WHERE (CAST(:y AS int) IS NULL OR f.year = :y) ORDER BY f.year DESC, f.scope""")
			.param("y", year)
			.query((rs, n) -> new Framework(rs.getLong("id"), rs.getInt("year"), rs.getString("scope"), rs.getString("name"),
					rs.getString("decision_ref"), rs.getBigDecimal("total"), rs.getBoolean("in_use"), rs.getInt("version")))
			.list();
	}

	@Transactional
	public Framework createFramework(Caller caller, NewFramework cmd) {
		if (CONFIGURERS.stream().noneMatch(caller::hasRole)) {
			throw new ForbiddenException("error.governance.assessment.forbidden");
		}
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		problems.check(cmd.year() != null && cmd.year() >= 2000 && cmd.year() <= 2100, "year", "error.governance.year");
		problems.check("DEPARTMENT".equals(cmd.scope()) || "COMMUNE".equals(cmd.scope()), "scope", "error.governance.assessment.scope");
		problems.check(trim(cmd.name()) != null, "name", "error.required");
		List<NewCriterion> criteria = cmd.criteria() == null ? List.of() : cmd.criteria();
		problems.check(!criteria.isEmpty(), "criteria", "error.governance.assessment.criteria-required");
		check(criteria, "criteria", problems, new java.util.HashSet<>());
		if (cmd.year() != null && jdbc.sql("SELECT count(*) FROM governance.assessment_framework WHERE year = :y AND scope = :s")
			.param("y", cmd.year()).param("s", String.valueOf(cmd.scope())).query(Long.class).single() > 0) {
			problems.add("year", "error.governance.assessment.framework-exists", cmd.year());
		}
		problems.throwIfAny();
		long id = jdbc.sql("INSERT INTO governance.assessment_framework (year, scope, name, decision_ref, created_by) VALUES (:y, :s, :n, :d, :by) RETURNING id")
			.param("y", cmd.year()).param("s", cmd.scope()).param("n", cmd.name().strip()).param("d", trim(cmd.decisionRef()))
			.param("by", caller.username()).query(Long.class).single();
		insert(id, null, criteria);
		audit.record("ASSESSMENT_FRAMEWORK_CREATED", "AssessmentFramework", String.valueOf(id), "%d %s: %s".formatted(cmd.year(), cmd.scope(),
				cmd.name().strip()));
		return frameworks(cmd.year()).stream().filter(f -> f.id() == id).findFirst().orElseThrow();
	}

	@Transactional(readOnly = true)
	public Framework framework(long id) {
		return frameworks(null).stream().filter(f -> f.id() == id).findFirst()
			.orElseThrow(() -> new NotFoundException("error.governance.assessment.not-found", id));
	}

	/** The criteria of a framework in tree order (an area, then its criteria depth first). */
	@Transactional(readOnly = true)
	public List<FrameworkCriterion> criteria(long frameworkId) {
		List<Node> all = jdbc.sql("SELECT id, parent_id, code, title, max_points, measure FROM governance.assessment_criterion WHERE framework_id = :f ORDER BY position, id")
			.param("f", frameworkId)
			.query((rs, n) -> new Node(rs.getLong(1), rs.getObject(2) == null ? null : rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getBigDecimal(5), rs.getString(6)))
			.list();
		List<FrameworkCriterion> out = new ArrayList<>();
		addCriteria(all.stream().filter(n -> n.parent() == null).toList(), all, 0, out);
		return out;
	}

	private static void addCriteria(List<Node> level, List<Node> all, int depth, List<FrameworkCriterion> out) {
		for (Node node : level) {
			List<Node> children = all.stream().filter(n -> n.parent() != null && n.parent() == node.id()).toList();
			out.add(new FrameworkCriterion(node.code(), node.title(), depth, children.isEmpty(), node.max(),
					node.measure() == null ? null : TargetKind.valueOf(node.measure())));
			addCriteria(children, all, depth + 1, out);
		}
	}

	/**
	 * Replaces a framework's name, decision and criteria tree, on the version read, as long as no unit has started an
	 * assessment against it: scores refer to its criteria, so once in use the framework is frozen (a province that
	 * changes its index mid-year issues a new decision, i.e. next year's framework). Same rules as creating one.
	 */
	@Transactional
	public Framework updateFramework(Caller caller, long id, NewFramework cmd, int version) {
		if (CONFIGURERS.stream().noneMatch(caller::hasRole)) {
			throw new ForbiddenException("error.governance.assessment.forbidden");
		}
		Framework current = framework(id);
		if (current.inUse()) {
			throw new ConflictException(current, "error.governance.assessment.framework-in-use");
		}
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		problems.check(cmd.year() != null && cmd.year() >= 2000 && cmd.year() <= 2100, "year", "error.governance.year");
		problems.check("DEPARTMENT".equals(cmd.scope()) || "COMMUNE".equals(cmd.scope()), "scope", "error.governance.assessment.scope");
		problems.check(trim(cmd.name()) != null, "name", "error.required");
		List<NewCriterion> criteria = cmd.criteria() == null ? List.of() : cmd.criteria();
		problems.check(!criteria.isEmpty(), "criteria", "error.governance.assessment.criteria-required");
		check(criteria, "criteria", problems, new java.util.HashSet<>());
		if (cmd.year() != null && jdbc.sql("SELECT count(*) FROM governance.assessment_framework WHERE year = :y AND scope = :s AND id <> :id")
			.param("y", cmd.year()).param("s", String.valueOf(cmd.scope())).param("id", id).query(Long.class).single() > 0) {
			problems.add("year", "error.governance.assessment.framework-exists", cmd.year());
		}
		problems.throwIfAny();
		int updated = jdbc.sql("""
				UPDATE governance.assessment_framework SET year = :y, scope = :s, name = :n, decision_ref = :d, version = version + 1
				WHERE id = :id AND version = :v AND NOT EXISTS (SELECT 1 FROM governance.assessment a WHERE a.framework_id = :id)""")
			.param("y", cmd.year()).param("s", cmd.scope()).param("n", cmd.name().strip()).param("d", trim(cmd.decisionRef()))
			.param("id", id).param("v", version).update();
		if (updated == 0) {
			throw new ConflictException(current, "error.stale", current.version());
		}
		jdbc.sql("DELETE FROM governance.assessment_criterion WHERE framework_id = :f").param("f", id).update();
		insert(id, null, criteria);
		audit.record("ASSESSMENT_FRAMEWORK_CHANGED", "AssessmentFramework", String.valueOf(id), "%d %s: %s".formatted(cmd.year(), cmd.scope(),
				cmd.name().strip()));
		return framework(id);
	}

	private static void check(List<NewCriterion> list, String path, InvalidInputException.Collector problems, Set<String> codes) {
		for (int i = 0; i < list.size(); i++) {
			NewCriterion c = list.get(i);
			String f = path + "[" + i + "].";
			problems.check(trim(c.code()) != null && codes.add(c.code().strip()), f + "code", "error.governance.assessment.code");
			problems.check(trim(c.title()) != null, f + "title", "error.required");
			boolean leaf = c.children() == null || c.children().isEmpty();
			if (leaf) {
				problems.check(c.maxPoints() != null && c.maxPoints().signum() >= 0, f + "maxPoints", "error.governance.assessment.max-points");
				problems.check(c.measure() == null || MEASURES.contains(c.measure()), f + "measure", "error.governance.assessment.measure");
			}
			else {
				check(c.children(), f + "children", problems, codes);
			}
		}
	}

	private void insert(long framework, @Nullable Long parent, List<NewCriterion> list) {
		for (int i = 0; i < list.size(); i++) {
			NewCriterion c = list.get(i);
			boolean leaf = c.children() == null || c.children().isEmpty();
			long id = jdbc.sql("""
					INSERT INTO governance.assessment_criterion (framework_id, parent_id, code, title, max_points, measure, position)
					VALUES (:f, :p, :c, :t, :m, :me, :pos) RETURNING id""")
				.param("f", framework).param("p", parent).param("c", c.code().strip()).param("t", c.title().strip())
				.param("m", leaf ? c.maxPoints() : BigDecimal.ZERO).param("me", leaf && c.measure() != null ? c.measure().name() : null)
				.param("pos", i + 1).query(Long.class).single();
			if (!leaf) {
				insert(framework, id, c.children());
			}
		}
	}

	/** Starts a unit's self-assessment, with the criteria measurable from system data pre-filled. */
	@Transactional
	public Assessment start(Caller caller, long frameworkId, @Nullable String unitCode) {
		requireSelfAssessor(caller);
		Framework f = frameworks(null).stream().filter(x -> x.id() == frameworkId).findFirst()
			.orElseThrow(() -> new NotFoundException("error.governance.assessment.not-found", frameworkId));
		String unit = upper(unitCode);
		if (unit == null || organization.findUnit(unit).isEmpty()) {
			throw InvalidInputException.of("unitCode", "error.unit.not-found", String.valueOf(unit));
		}
		requireCovers(caller, unit);
		if (jdbc.sql("SELECT count(*) FROM governance.assessment WHERE framework_id = :f AND unit_code = :u").param("f", frameworkId).param("u", unit)
			.query(Long.class).single() > 0) {
			throw InvalidInputException.of("unitCode", "error.governance.assessment.exists", unit);
		}
		long id = jdbc.sql("INSERT INTO governance.assessment (framework_id, unit_code, status, created_by) VALUES (:f, :u, 'DRAFT', :by) RETURNING id")
			.param("f", frameworkId).param("u", unit).param("by", caller.username()).query(Long.class).single();
		List<DossierView> dossiers = null;
		for (Map<String, Object> c : jdbc.sql("SELECT id, max_points, measure FROM governance.assessment_criterion WHERE framework_id = :f AND measure IS NOT NULL")
			.param("f", frameworkId).query().listOfRows()) {
			TargetKind measure = TargetKind.valueOf((String) c.get("measure"));
			if (measure != TargetKind.TASKS_ON_TIME_RATE && dossiers == null) {
				dossiers = indicators.dossiersOf(unit, f.year());
			}
			BigDecimal points = AssessmentRules.prefill((BigDecimal) c.get("max_points"),
					indicators.measure(measure, unit, null, f.year(), dossiers == null ? List.of() : dossiers));
			jdbc.sql("INSERT INTO governance.assessment_score (assessment_id, criterion_id, self_score, evidence, prefilled) VALUES (:a, :c, :s, :e, true)")
				.param("a", id).param("c", ((Number) c.get("id")).longValue()).param("s", points)
				.param("e", points == null ? null : "Số liệu của hệ thống MotCua năm " + f.year()).update();
		}
		audit.record("ASSESSMENT_STARTED", "Assessment", String.valueOf(id), "%s for %s".formatted(f.name(), unit));
		return get(caller, id);
	}

	@Transactional(readOnly = true)
	public Assessment get(Caller caller, long id) {
		Map<String, Object> row = jdbc.sql("""
				SELECT a.*, f.name, f.year FROM governance.assessment a JOIN governance.assessment_framework f ON f.id = a.framework_id WHERE a.id = :id""")
			.param("id", id).query().listOfRows().stream().findFirst()
			.filter(r -> caller.jurisdiction().covers((String) r.get("unit_code")))
			.orElseThrow(() -> new NotFoundException("error.governance.assessment.not-found", id));
		long framework = ((Number) row.get("framework_id")).longValue();
		List<Node> nodes = jdbc.sql("SELECT * FROM governance.assessment_criterion WHERE framework_id = :f ORDER BY position, id").param("f", framework)
			.query((rs, n) -> {
				long p = rs.getLong("parent_id");
				Long parent = rs.wasNull() ? null : p;
				return new Node(rs.getLong("id"), parent, rs.getString("code"), rs.getString("title"), rs.getBigDecimal("max_points"),
						rs.getString("measure"));
			}).list();
		Map<Long, Map<String, Object>> scores = new HashMap<>();
		jdbc.sql("SELECT * FROM governance.assessment_score WHERE assessment_id = :a").param("a", id).query().listOfRows()
			.forEach(r -> scores.put(((Number) r.get("criterion_id")).longValue(), r));
		List<Assessment.Row> rows = new ArrayList<>();
		BigDecimal[] totals = { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
		boolean[] anyAppraisal = { false };
		walk(nodes.stream().filter(n -> n.parent() == null).toList(), nodes, scores, rows, 0, totals, anyAppraisal);
		return new Assessment(id, framework, (String) row.get("name"), (Integer) row.get("year"), (String) row.get("unit_code"),
				Assessment.Status.valueOf((String) row.get("status")), rows, totals[0], totals[1], anyAppraisal[0] ? totals[2] : null,
				(Integer) row.get("version"));
	}

	private record Node(long id, @Nullable Long parent, String code, String title, BigDecimal max, @Nullable String measure) {
	}

	/** Adds rows depth first and returns the sums (max, self, appraisal) of the given nodes. */
	private BigDecimal[] walk(List<Node> level, List<Node> all, Map<Long, Map<String, Object>> scores, List<Assessment.Row> rows, int depth,
			BigDecimal[] totals, boolean[] anyAppraisal) {
		BigDecimal[] sum = { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
		for (Node node : level) {
			long id = node.id();
			List<Node> children = all.stream().filter(n -> n.parent() != null && n.parent() == id).toList();
			int index = rows.size();
			rows.add(null);
			BigDecimal max;
			BigDecimal self;
			BigDecimal appraisal;
			Map<String, Object> s = scores.get(id);
			if (children.isEmpty()) {
				max = node.max();
				self = s == null ? null : (BigDecimal) s.get("self_score");
				appraisal = s == null ? null : (BigDecimal) s.get("appraisal_score");
				if (depth == 0) {
					totals[0] = totals[0].add(max);
					totals[1] = totals[1].add(self == null ? BigDecimal.ZERO : self);
					totals[2] = totals[2].add(appraisal == null ? BigDecimal.ZERO : appraisal);
				}
				anyAppraisal[0] |= appraisal != null;
			}
			else {
				BigDecimal[] c = walk(children, all, scores, rows, depth + 1, totals, anyAppraisal);
				max = c[0];
				self = c[1];
				appraisal = c[2];
				if (depth == 0) {
					totals[0] = totals[0].add(max);
					totals[1] = totals[1].add(self);
					totals[2] = totals[2].add(appraisal);
				}
			}
			rows.set(index, new Assessment.Row(id, node.code(), node.title(), depth, children.isEmpty(), max, node.measure(), self, s == null ? null : (String) s.get("evidence"), s != null && Boolean.TRUE.equals(s.get("prefilled")),
					appraisal, s == null ? null : (String) s.get("appraisal_note")));
			sum[0] = sum[0].add(max);
			sum[1] = sum[1].add(self == null ? BigDecimal.ZERO : self);
			sum[2] = sum[2].add(appraisal == null ? BigDecimal.ZERO : appraisal);
		}
		return sum;
	}

	/**
	 * A self-score with its evidence, while the assessment is a draft, on the assessment's version the scorer read
	 * (null: the version just read, which still turns away a save that crosses another one).
	 */
	@Transactional
	public Assessment selfScore(Caller caller, long id, long criterionId, @Nullable BigDecimal score, @Nullable String evidence,
			@Nullable Integer version) {
		requireSelfAssessor(caller);
		Assessment a = get(caller, id);
		if (a.status() != Assessment.Status.DRAFT) {
			throw new ConflictException(a, "error.governance.assessment.not-draft");
		}
		Assessment.Row row = leaf(a, criterionId);
		String problem = AssessmentRules.problem(score, row.maxPoints(), evidence);
		if (problem != null) {
			throw InvalidInputException.of(problem.endsWith("evidence-required") ? "evidence" : "score", problem, row.maxPoints().toPlainString());
		}
		claimVersion(a, version);
		upsert(id, criterionId, "self_score = :s, evidence = :e, prefilled = false", score, trim(evidence));
		audit.record("ASSESSMENT_SELF_SCORE", "Assessment", String.valueOf(id), "%s: %s".formatted(row.code(), score));
		return get(caller, id);
	}

	/** The appraisal score of a submitted assessment (the province's reform officers), on the version read as for self-scores. */
	@Transactional
	public Assessment appraise(Caller caller, long id, long criterionId, @Nullable BigDecimal score, @Nullable String note,
			@Nullable Integer version) {
		if (CONFIGURERS.stream().noneMatch(caller::hasRole)) {
			throw new ForbiddenException("error.governance.assessment.forbidden");
		}
		Assessment a = get(caller, id);
		if (a.status() != Assessment.Status.SUBMITTED) {
			throw new ConflictException(a, "error.governance.assessment.not-submitted");
		}
		Assessment.Row row = leaf(a, criterionId);
		if (score == null || score.signum() < 0 || score.compareTo(row.maxPoints()) > 0) {
			throw InvalidInputException.of("score", "error.governance.assessment.score-range", row.maxPoints().toPlainString());
		}
		claimVersion(a, version);
		upsert(id, criterionId, "appraisal_score = :s, appraisal_note = :e", score, trim(note));
		audit.record("ASSESSMENT_APPRAISAL_SCORE", "Assessment", String.valueOf(id), "%s: %s".formatted(row.code(), score));
		return get(caller, id);
	}

	/** Submits a draft (every leaf needs a self-score) or closes the appraisal of a submitted one (every leaf appraised). */
	@Transactional
	public Assessment advance(Caller caller, long id, int version) {
		Assessment a = get(caller, id);
		Assessment.Status next;
		if (a.status() == Assessment.Status.DRAFT) {
			requireSelfAssessor(caller);
			List<String> missing = a.rows().stream().filter(r -> r.leaf() && r.selfScore() == null).map(Assessment.Row::code).toList();
			if (!missing.isEmpty()) {
				throw InvalidInputException.of("scores", "error.governance.assessment.incomplete", String.join(", ", missing));
			}
			next = Assessment.Status.SUBMITTED;
		}
		else if (a.status() == Assessment.Status.SUBMITTED) {
			if (CONFIGURERS.stream().noneMatch(caller::hasRole)) {
				throw new ForbiddenException("error.governance.assessment.forbidden");
			}
			List<String> missing = a.rows().stream().filter(r -> r.leaf() && r.appraisalScore() == null).map(Assessment.Row::code).toList();
			if (!missing.isEmpty()) {
				throw InvalidInputException.of("scores", "error.governance.assessment.incomplete", String.join(", ", missing));
			}
			next = Assessment.Status.APPRAISED;
		}
		else {
			throw new ConflictException(a, "error.governance.assessment.appraised");
		}
		if (jdbc.sql("""
				UPDATE governance.assessment SET status = :s, submitted_on = coalesce(submitted_on, CASE WHEN :s = 'SUBMITTED' THEN current_date END),
				    appraised_by = CASE WHEN :s = 'APPRAISED' THEN :by ELSE appraised_by END, version = version + 1
				WHERE id = :id AND version = :v""")
			.param("s", next.name()).param("by", caller.username()).param("id", id).param("v", version).update() == 0) {
			throw new ConflictException(a, "error.stale", a.version());
		}
		audit.record("ASSESSMENT_" + next.name(), "Assessment", String.valueOf(id), "%s %s: self %s".formatted(a.unitCode(), next, a.selfTotal()));
		return get(caller, id);
	}

	/** Units of a framework ranked by their appraised total, or their self total while not appraised. */
	@Transactional(readOnly = true)
	public List<RankingRow> ranking(Caller caller, long frameworkId) {
		List<Long> ids = jdbc.sql("SELECT id FROM governance.assessment WHERE framework_id = :f").param("f", frameworkId).query(Long.class).list();
		Map<String, Assessment> byUnit = new HashMap<>();
		List<AssessmentRules.Ranked> totals = new ArrayList<>();
		for (long id : ids) {
			Assessment a = get(Caller.system(), id);
			if (!caller.jurisdiction().covers(a.unitCode()) && !caller.hasRole(Role.REFORM_OFFICER)) {
				continue;
			}
			byUnit.put(a.unitCode(), a);
			totals.add(new AssessmentRules.Ranked(a.unitCode(), a.appraisalTotal() != null && a.status() == Assessment.Status.APPRAISED
					? a.appraisalTotal() : a.selfTotal(), 0));
		}
		return AssessmentRules.rank(totals).stream().map(r -> new RankingRow(r.unitCode(),
				organization.findUnit(r.unitCode()).map(u -> u.name()).orElse(r.unitCode()), byUnit.get(r.unitCode()).id(),
				byUnit.get(r.unitCode()).status().name(), r.total(), r.rank())).toList();
	}

	@Transactional(readOnly = true)
	public List<Assessment> list(Caller caller, long frameworkId) {
		return jdbc.sql("SELECT id, unit_code FROM governance.assessment WHERE framework_id = :f ORDER BY unit_code").param("f", frameworkId)
			.query((rs, n) -> caller.jurisdiction().covers(rs.getString(2)) ? rs.getLong(1) : null).list().stream()
			.filter(java.util.Objects::nonNull).map(id -> get(caller, id)).toList();
	}

	private static Assessment.Row leaf(Assessment a, long criterionId) {
		return a.rows().stream().filter(r -> r.criterionId() == criterionId && r.leaf()).findFirst()
			.orElseThrow(() -> InvalidInputException.of("criterionId", "error.governance.assessment.criterion"));
	}

	/**
	 * Every score saved moves the assessment to its next version, so two people scoring from the same page never
	 * overwrite each other without knowing: the second is told the assessment changed.
	 */
	private void claimVersion(Assessment a, @Nullable Integer version) {
		int expected = version == null ? a.version() : version;
		if (jdbc.sql("UPDATE governance.assessment SET version = version + 1 WHERE id = :id AND version = :v")
			.param("id", a.id()).param("v", expected).update() == 0) {
			throw new ConflictException(a, "error.stale", a.version());
		}
	}

	private void upsert(long assessment, long criterion, String set, @Nullable BigDecimal score, @Nullable String text) {
		if (jdbc.sql("UPDATE governance.assessment_score SET " + set + " WHERE assessment_id = :a AND criterion_id = :c")
			.param("s", score).param("e", text).param("a", assessment).param("c", criterion).update() == 0) {
			jdbc.sql("INSERT INTO governance.assessment_score (assessment_id, criterion_id) VALUES (:a, :c)").param("a", assessment).param("c", criterion)
				.update();
			upsert(assessment, criterion, set, score, text);
		}
	}

	/** Whether the caller configures frameworks and appraises (the province's reform officers, administrators). */
	public static boolean mayConfigure(Caller caller) {
		return CONFIGURERS.stream().anyMatch(caller::hasRole);
	}

	/** Whether the caller's role self-scores (within their jurisdiction, which {@link #get} enforces). */
	public static boolean maySelfAssess(Caller caller) {
		return SELF_ASSESSORS.stream().anyMatch(caller::hasRole);
	}

	private void requireSelfAssessor(Caller caller) {
		if (SELF_ASSESSORS.stream().noneMatch(caller::hasRole)) {
			throw new ForbiddenException("error.governance.assessment.forbidden");
		}
	}

	private static void requireCovers(Caller caller, String unit) {
		if (!caller.jurisdiction().covers(unit)) {
			throw new ForbiddenException("error.governance.outside-jurisdiction", unit);
		}
	}

	private static @Nullable String trim(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static @Nullable String upper(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
	}
}
