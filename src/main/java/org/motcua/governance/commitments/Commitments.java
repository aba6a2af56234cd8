package org.motcua.governance.commitments;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.motcua.audit.AuditTrail;
import org.motcua.dossier.DossierView;
import org.motcua.governance.commitments.CommitmentCommands.Evaluation;
import org.motcua.governance.commitments.CommitmentCommands.NewCommitment;
import org.motcua.governance.commitments.CommitmentCommands.NewTarget;
import org.motcua.governance.commitments.CommitmentCommands.TargetAssessment;
import org.motcua.organization.Caller;
import org.motcua.organization.Official;
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
 * Yearly commitments of heads with the chairman above them. The signer is a head of an office ({@code UNIT_HEAD}) or a
 * chairman ({@code LEADER}); the counterpart is a chairman whose jurisdiction covers the signer's unit. Reform officers,
 * leaders and administrators record them; the counterpart (or a leader over the unit, or an administrator) evaluates
 * them from 1 December of the year on. Readers see commitments of units in their jurisdiction and their own.
 */
@Service
public class Commitments {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
	public static final Set<Role> RECORDERS = EnumSet.of(Role.SYSTEM_ADMIN, Role.UNIT_ADMIN, Role.REFORM_OFFICER, Role.LEADER);

	private final JdbcClient jdbc;
	private final Organization organization;
	private final Indicators indicators;
	private final AuditTrail audit;
	private final Clock clock;

	Commitments(JdbcClient jdbc, Organization organization, Indicators indicators, AuditTrail audit, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.indicators = indicators;
		this.audit = audit;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	public static boolean mayRecord(Caller caller) {
		return RECORDERS.stream().anyMatch(caller::hasRole);
	}

	/** Commitments of a unit (and its offices) and year, each with its targets measured now. */
	@Transactional(readOnly = true)
	public List<Commitment> list(Caller caller, @Nullable String unitCode, @Nullable Integer year) {
		String unit = upper(unitCode);
		List<Long> ids = jdbc.sql("""
				SELECT id, unit_code, signer, counterpart FROM governance.commitment
				WHERE (CAST(:u AS text) IS NULL OR unit_code = :u OR agency_code = :u) AND (CAST(:y AS int) IS NULL OR year = :y)
				ORDER BY year DESC, unit_code, agency_code NULLS FIRST, id""")
			.param("u", unit).param("y", year)
			.query((rs, n) -> visible(caller, rs.getString(2), rs.getString(3), rs.getString(4)) ? rs.getLong(1) : null).list()
			.stream().filter(java.util.Objects::nonNull).toList();
		Map<String, List<DossierView>> cache = new HashMap<>();
		return ids.stream().map(id -> load(id, cache)).toList();
	}

	@Transactional(readOnly = true)
	public Commitment get(Caller caller, long id) {
		Commitment c = load(id, new HashMap<>());
		if (!visible(caller, c.unitCode(), c.signer(), c.counterpart())) {
			throw new NotFoundException("error.governance.commitment.not-found", id);
		}
		return c;
	}

	@Transactional
	public Commitment create(Caller caller, NewCommitment cmd) {
		if (!mayRecord(caller)) {
			throw new ForbiddenException("error.governance.commitment.forbidden");
		}
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		problems.check(cmd.year() != null && cmd.year() >= 2000 && cmd.year() <= 2100, "year", "error.governance.year");
		Optional<Official> signer = official(cmd.signer());
		Optional<Official> counterpart = official(cmd.counterpart());
		if (signer.isEmpty()) {
			problems.add("signer", "error.official.not-found", String.valueOf(cmd.signer()));
		}
		else if (!signer.get().hasRole(Role.UNIT_HEAD) && !signer.get().hasRole(Role.LEADER)) {
			problems.add("signer", "error.governance.commitment.signer-not-head", signer.get().username());
		}
		else if (!caller.jurisdiction().covers(signer.get().unitCode())) {
			throw new ForbiddenException("error.governance.outside-jurisdiction", signer.get().unitCode());
		}
		if (counterpart.isEmpty()) {
			problems.add("counterpart", "error.official.not-found", String.valueOf(cmd.counterpart()));
		}
		else if (!counterpart.get().hasRole(Role.LEADER) || signer.isPresent() && (counterpart.get().username().equals(signer.get().username())
				|| !organization.caller(counterpart.get().username()).jurisdiction().covers(signer.get().unitCode()))) {
			problems.add("counterpart", "error.governance.commitment.counterpart", counterpart.get().username());
		}
		problems.check(trim(cmd.signerTitle()) != null, "signerTitle", "error.required");
		problems.check(trim(cmd.counterpartTitle()) != null, "counterpartTitle", "error.required");
		problems.check(cmd.signedOn() != null, "signedOn", "error.required");
		List<NewTarget> targets = cmd.targets() == null ? List.of() : cmd.targets();
		problems.check(!targets.isEmpty(), "targets", "error.governance.commitment.targets-required");
		for (int i = 0; i < targets.size(); i++) {
			NewTarget t = targets.get(i);
			String f = "targets[" + i + "].";
			problems.check(t.kind() != null, f + "kind", "error.required");
			problems.check(trim(t.description()) != null, f + "description", "error.required");
			if (t.kind() != null && t.kind().measurable()) {
				problems.check(t.threshold() != null && t.threshold().signum() >= 0, f + "threshold", "error.governance.commitment.threshold");
				problems.check(t.threshold() == null || t.kind() == TargetKind.LATE_DOSSIERS_MAX || t.threshold().compareTo(BigDecimal.valueOf(100)) <= 0,
						f + "threshold", "error.governance.commitment.threshold");
			}
		}
		if (signer.isPresent() && cmd.year() != null && jdbc.sql("SELECT count(*) FROM governance.commitment WHERE year = :y AND signer = :s")
			.param("y", cmd.year()).param("s", signer.get().username()).query(Long.class).single() > 0) {
			problems.add("signer", "error.governance.commitment.exists", signer.get().username(), cmd.year());
		}
		problems.throwIfAny();
		Official s = signer.get();
		boolean officeHead = s.hasRole(Role.UNIT_HEAD) && s.agencyCode() != null;
		long id = jdbc.sql("""
				INSERT INTO governance.commitment (year, unit_code, agency_code, signer, signer_title, counterpart, counterpart_title, signed_on,
				    status, created_by)
				VALUES (:y, :u, :a, :s, :st, :c, :ct, :on, 'SIGNED', :by) RETURNING id""")
			.param("y", cmd.year()).param("u", s.unitCode()).param("a", officeHead ? s.agencyCode() : null).param("s", s.username())
			.param("st", cmd.signerTitle().strip()).param("c", counterpart.get().username()).param("ct", cmd.counterpartTitle().strip())
			.param("on", cmd.signedOn()).param("by", caller.username()).query(Long.class).single();
		for (int i = 0; i < targets.size(); i++) {
			NewTarget t = targets.get(i);
			jdbc.sql("INSERT INTO governance.commitment_target (commitment_id, position, kind, threshold, description) VALUES (:c, :p, :k, :t, :d)")
				.param("c", id).param("p", i + 1).param("k", t.kind().name()).param("t", t.kind().measurable() ? t.threshold() : null)
				.param("d", t.description().strip()).update();
		}
		audit.record("COMMITMENT_SIGNED", "Commitment", String.valueOf(id), "%d: %s with %s, %d targets".formatted(cmd.year(), s.username(),
				counterpart.get().username(), targets.size()));
		return load(id, new HashMap<>());
	}

	/**
	 * The year-end evaluation: measured targets are decided by their data, the others by the evaluator's assessment;
	 * overall achieved when every target is; the consequence must follow (continues when achieved, resignation or
	 * transfer with its decision when not).
	 */
	@Transactional
	public Commitment evaluate(Caller caller, long id, Evaluation cmd) {
		Commitment current = get(caller, id);
		boolean evaluator = caller.isSystemAdmin() || caller.username().equals(current.counterpart())
				|| caller.hasRole(Role.LEADER) && caller.jurisdiction().covers(current.unitCode()) && !caller.username().equals(current.signer());
		if (!evaluator) {
			throw new ForbiddenException("error.governance.commitment.evaluator");
		}
		if (current.status() == Commitment.Status.EVALUATED) {
			throw new ConflictException(current, "error.governance.commitment.evaluated");
		}
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		LocalDate on = cmd.evaluatedOn() == null ? today() : cmd.evaluatedOn();
		problems.check(!on.isBefore(LocalDate.of(current.year(), 12, 1)) && !on.isAfter(today()), "evaluatedOn",
				"error.governance.commitment.too-early", current.year());
		Map<Long, TargetAssessment> assessments = new HashMap<>();
		for (TargetAssessment a : cmd.targets() == null ? List.<TargetAssessment>of() : cmd.targets()) {
			if (a.targetId() != null) {
				assessments.put(a.targetId(), a);
			}
		}
		List<Boolean> results = new ArrayList<>();
		Map<Long, Boolean> achievedById = new HashMap<>();
		for (Commitment.Target t : current.targets()) {
			TargetAssessment a = assessments.get(t.id());
			Boolean achieved = CommitmentPolicy.achieved(t.status(), a == null ? null : a.achieved());
			if (achieved == null) {
				problems.add("targets[" + (t.position() - 1) + "].achieved", "error.governance.commitment.assessment-required", t.position());
			}
			else {
				results.add(achieved);
				achievedById.put(t.id(), achieved);
			}
		}
		if (cmd.consequence() == null) {
			problems.add("consequence", "error.required");
		}
		else if (!problems.hasProblems() && !CommitmentPolicy.consequenceAllowed(CommitmentPolicy.overall(results), cmd.consequence())) {
			problems.add("consequence", CommitmentPolicy.overall(results) ? "error.governance.commitment.achieved-continues"
					: "error.governance.commitment.failed-consequence");
		}
		if (cmd.consequence() != null && cmd.consequence() != Consequence.CONTINUES) {
			problems.check(trim(cmd.decisionRef()) != null, "decisionRef", "error.governance.commitment.decision-required");
		}
		problems.throwIfAny();
		boolean overall = CommitmentPolicy.overall(results);
		int updated = jdbc.sql("""
				UPDATE governance.commitment SET status = 'EVALUATED', achieved = :a, consequence = :c, decision_ref = :ref, evaluation_note = :n,
				    evaluated_by = :by, evaluated_on = :on, version = version + 1
				WHERE id = :id AND version = :v""")
			.param("a", overall).param("c", cmd.consequence().name()).param("ref", trim(cmd.decisionRef())).param("n", trim(cmd.note()))
			.param("by", caller.username()).param("on", on).param("id", id).param("v", cmd.version()).update();
		if (updated == 0) {
			throw new ConflictException(current, "error.stale", current.version());
		}
		for (Commitment.Target t : current.targets()) {
			TargetAssessment a = assessments.get(t.id());
			jdbc.sql("UPDATE governance.commitment_target SET achieved = :a, assessment = :s, measured_value = :m WHERE id = :id")
				.param("a", achievedById.get(t.id())).param("s", a == null ? null : trim(a.assessment())).param("m", t.measured().value())
				.param("id", t.id()).update();
		}
		audit.record("COMMITMENT_EVALUATED", "Commitment", String.valueOf(id), "%d %s: %s, %s%s".formatted(current.year(), current.signer(),
				overall ? "achieved" : "not achieved", cmd.consequence(), trim(cmd.decisionRef()) == null ? "" : " (" + cmd.decisionRef().strip() + ")"));
		return load(id, new HashMap<>());
	}

	// ------------------------------------------------------------------ reading

	private boolean visible(Caller caller, String unit, String signer, String counterpart) {
		return caller.jurisdiction().covers(unit) || caller.username().equals(signer) || caller.username().equals(counterpart);
	}

	private Commitment load(long id, Map<String, List<DossierView>> cache) {
		Map<String, Object> row = jdbc.sql("SELECT * FROM governance.commitment WHERE id = :id").param("id", id).query().listOfRows().stream()
			.findFirst().orElseThrow(() -> new NotFoundException("error.governance.commitment.not-found", id));
		int year = (Integer) row.get("year");
		String unit = (String) row.get("unit_code");
		String agency = (String) row.get("agency_code");
		Commitment.Status status = Commitment.Status.valueOf((String) row.get("status"));
		List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM governance.commitment_target WHERE commitment_id = :id ORDER BY position")
			.param("id", id).query().listOfRows();
		boolean needDossiers = rows.stream().anyMatch(r -> {
			TargetKind k = TargetKind.valueOf((String) r.get("kind"));
			return k == TargetKind.ON_TIME_RATE || k == TargetKind.LATE_DOSSIERS_MAX || k == TargetKind.ONLINE_RATE;
		});
		List<DossierView> dossiers = needDossiers ? cache.computeIfAbsent(unit + "/" + year, k -> indicators.dossiersOf(unit, year)) : List.of();
		List<Commitment.Target> targets = new ArrayList<>();
		boolean atRisk = false;
		for (Map<String, Object> r : rows) {
			TargetKind kind = TargetKind.valueOf((String) r.get("kind"));
			BigDecimal threshold = (BigDecimal) r.get("threshold");
			Indicator measured = indicators.measure(kind, unit, agency, year, dossiers);
			TargetStatus ts = CommitmentPolicy.status(kind, threshold, measured);
			atRisk |= ts == TargetStatus.AT_RISK;
			targets.add(new Commitment.Target(((Number) r.get("id")).longValue(), (Integer) r.get("position"), kind, threshold,
					(String) r.get("description"), measured, ts, (Boolean) r.get("achieved"), (String) r.get("assessment")));
		}
		Commitment.Evaluation evaluation = status == Commitment.Status.EVALUATED
				? new Commitment.Evaluation((Boolean) row.get("achieved"), Consequence.valueOf((String) row.get("consequence")),
						(String) row.get("decision_ref"), (String) row.get("evaluation_note"), (String) row.get("evaluated_by"),
						((java.sql.Date) row.get("evaluated_on")).toLocalDate())
				: null;
		String signer = (String) row.get("signer");
		String counterpart = (String) row.get("counterpart");
		return new Commitment(id, year, unit, agency, signer, name(signer), (String) row.get("signer_title"), counterpart, name(counterpart),
				(String) row.get("counterpart_title"), ((java.sql.Date) row.get("signed_on")).toLocalDate(), status,
				atRisk ? TargetStatus.AT_RISK : TargetStatus.ON_TRACK, targets, evaluation, (Integer) row.get("version"));
	}

	private String name(String username) {
		return organization.officialByUsername(username).map(Official::fullName).orElse(username);
	}

	private Optional<Official> official(@Nullable String username) {
		String u = username == null || username.isBlank() ? null : username.strip().toLowerCase(Locale.ROOT);
		return u == null ? Optional.empty() : organization.officialByUsername(u).filter(Official::active);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	private static @Nullable String trim(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static @Nullable String upper(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
	}
}
