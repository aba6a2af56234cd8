package org.motcua.catalog;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.motcua.audit.AuditTrail;
import org.motcua.catalog.SimplificationCommands.Decision;
import org.motcua.catalog.SimplificationCommands.NewProposal;
import org.motcua.organization.Caller;
import org.motcua.shared.ConflictException;
import org.motcua.shared.ForbiddenException;
import org.motcua.shared.InvalidInputException;
import org.motcua.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Simplification proposals (Decree 63/2010 Art. 27–31): units propose cutting time, steps or components,
 * abolishing a procedure or moving it online, with the rationale and the cost of compliance before and after
 * (Circular 02/2017/TT-VPCP); leaders and reform officers approve or reject them and record their implementation.
 * Every change checks role and jurisdiction over the proposing unit, is audited, and carries the version read.
 */
@Service
public class Simplifications {

	private final JdbcClient jdbc;
	private final Catalog catalog;
	private final ProcedureStore store;
	private final UnitDirectory units;
	private final AuditTrail audit;

	Simplifications(JdbcClient jdbc, Catalog catalog, ProcedureStore store, UnitDirectory units, AuditTrail audit) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.store = store;
		this.units = units;
		this.audit = audit;
	}

	/** Counts by status and the yearly saving of the approved and implemented proposals. */
	public record Summary(long total, Map<ProposalStatus, Long> byStatus, BigDecimal yearlySavingApproved) {
	}

	/** Proposals of a unit and the units below it (all when absent), optionally of one procedure or status, newest first. */
	@Transactional(readOnly = true)
	public List<SimplificationProposal> proposals(@Nullable String unitCode, @Nullable String procedureCode, @Nullable ProposalStatus status) {
		StringBuilder sql = new StringBuilder(SELECT + " WHERE true");
		Map<String, Object> params = new HashMap<>();
		if (!Texts.blank(unitCode)) {
			Set<String> scope = units.subtree(unitCode);
			if (scope.isEmpty()) {
				throw new NotFoundException("error.unit.not-found", unitCode);
			}
			sql.append(" AND s.unit_code = ANY(CAST(:units AS text[]))");
			params.put("units", scope.toArray(String[]::new));
		}
		if (!Texts.blank(procedureCode)) {
			sql.append(" AND p.code = :code");
			params.put("code", Texts.upper(procedureCode));
		}
		if (status != null) {
			sql.append(" AND s.status = :status");
			params.put("status", status.name());
		}
		sql.append(" ORDER BY s.proposed_at DESC, s.id DESC");
		return jdbc.sql(sql.toString()).params(params).query(this::map).list();
	}

	@Transactional(readOnly = true)
	public SimplificationProposal proposal(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("error.catalog.proposal.not-found", id));
	}

	@Transactional(readOnly = true)
	public Summary summary(@Nullable String unitCode) {
		List<SimplificationProposal> all = proposals(unitCode, null, null);
		Map<ProposalStatus, Long> byStatus = new EnumMap<>(ProposalStatus.class);
		for (ProposalStatus s : ProposalStatus.values()) {
			byStatus.put(s, 0L);
		}
		BigDecimal saving = BigDecimal.ZERO;
		for (SimplificationProposal p : all) {
			byStatus.merge(p.status(), 1L, Long::sum);
			if (p.status() == ProposalStatus.APPROVED || p.status() == ProposalStatus.IMPLEMENTED) {
				saving = saving.add(p.cost().yearlySaving());
			}
		}
		return new Summary(all.size(), byStatus, saving);
	}

	@Transactional
	public SimplificationProposal propose(Caller caller, NewProposal cmd) {
		CatalogRoles.require(caller, CatalogRoles.PROPOSERS);
		String code = Texts.upper(cmd.procedureCode());
		ProcedureStore.Lock lock = store.lock(code).orElseThrow(() -> new NotFoundException("error.catalog.not-found", code));
		ProcedureVersion current = catalog.procedure(code, null).current();
		String unit = Texts.blank(cmd.unitCode()) ? caller.official().unitCode() : Texts.upper(cmd.unitCode());
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		if (units.find(unit).isEmpty()) {
			problems.add("unitCode", "error.unit.not-found", unit);
		}
		else if (!caller.jurisdiction().covers(unit)) {
			throw new ForbiddenException("error.catalog.unit-outside-jurisdiction", unit);
		}
		problems.check(cmd.kind() != null, "kind", "error.required");
		problems.check(!Texts.blank(cmd.description()), "description", "error.required");
		problems.check(cmd.description() == null || cmd.description().length() <= 2000, "description", "error.catalog.too-long", 2000);
		problems.check(!Texts.blank(cmd.rationale()), "rationale", "error.required");
		problems.check(cmd.rationale() == null || cmd.rationale().length() <= 4000, "rationale", "error.catalog.too-long", 4000);
		ComplianceCost.Inputs before = cmd.before() == null ? ComplianceCost.Inputs.zero() : cmd.before();
		ComplianceCost.Inputs after = cmd.kind() == ProposalKind.ABOLISH || cmd.after() == null ? ComplianceCost.Inputs.zero() : cmd.after();
		checkInputs("before", before, problems);
		checkInputs("after", after, problems);
		BigDecimal frequency = Decimals.orZero(cmd.frequencyPerYear());
		long subjects = cmd.subjects() == null ? 0 : cmd.subjects();
		problems.check(frequency.signum() >= 0, "frequencyPerYear", "error.catalog.amount-negative");
		problems.check(subjects >= 0, "subjects", "error.catalog.amount-negative");
		BigDecimal proposedTime = Decimals.canonical(cmd.proposedTime());
		if (cmd.kind() == ProposalKind.CUT_TIME) {
			ProcessingTime legal = current.content().processingTime();
			if (proposedTime == null) {
				problems.add("proposedTime", "error.required");
			}
			else if (proposedTime.signum() <= 0 || legal != null && proposedTime.compareTo(legal.amount()) >= 0) {
				problems.add("proposedTime", "error.catalog.proposal.time-not-shorter", legal == null ? "-" : legal.amount().toPlainString());
			}
		}
		problems.throwIfAny();
		ComplianceCost.Result cost = ComplianceCost.of(before, after, frequency, subjects);
		long id = jdbc.sql("""
				INSERT INTO catalog.simplification_proposal (procedure_id, unit_code, kind, description, rationale, proposed_time,
				    before_hours, before_hourly_cost, before_fees, after_hours, after_hourly_cost, after_fees, frequency_per_year,
				    subjects, status, proposed_by)
				VALUES (:p, :u, :kind, :d, :r, :t, :bh, :bc, :bf, :ah, :ac, :af, :freq, :subjects, 'PROPOSED', :by) RETURNING id""")
			.param("p", lock.id()).param("u", unit).param("kind", cmd.kind().name()).param("d", cmd.description().strip())
			.param("r", cmd.rationale().strip()).param("t", cmd.kind() == ProposalKind.CUT_TIME ? proposedTime : null)
			.param("bh", before.workHours()).param("bc", before.hourlyCost()).param("bf", before.feesAndCharges())
			.param("ah", after.workHours()).param("ac", after.hourlyCost()).param("af", after.feesAndCharges())
			.param("freq", frequency).param("subjects", subjects).param("by", caller.username())
			.query(Long.class).single();
		audit.record("SIMPLIFICATION_PROPOSED", "SimplificationProposal", String.valueOf(id),
				"Proposed %s for %s by %s: yearly cost %s → %s đồng (saving %s%%)".formatted(cmd.kind(), code, unit,
						cost.yearlyBefore().toPlainString(), cost.yearlyAfter().toPlainString(), cost.savingPercent().toPlainString()));
		return proposal(id);
	}

	/** Approves, rejects or records the implementation of a proposal, if its current status allows that move. */
	@Transactional
	public SimplificationProposal decide(Caller caller, long id, Decision cmd) {
		CatalogRoles.require(caller, CatalogRoles.DECIDERS);
		SimplificationProposal current = proposal(id);
		if (!caller.jurisdiction().covers(current.unitCode())) {
			throw new ForbiddenException("error.catalog.unit-outside-jurisdiction", current.unitCode());
		}
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		if (cmd.status() == null) {
			problems.add("status", "error.required");
		}
		else if (!current.status().canMoveTo(cmd.status())) {
			problems.add("status", "error.catalog.proposal.transition", statusLabel(current.status()), statusLabel(cmd.status()));
		}
		problems.check(cmd.note() == null || cmd.note().length() <= 1000, "note", "error.catalog.too-long", 1000);
		problems.throwIfAny();
		int updated = jdbc.sql("""
				UPDATE catalog.simplification_proposal SET status = :s, decided_by = :by, decided_at = now(), decision_note = :note,
				       version = version + 1
				WHERE id = :id AND version = :v""")
			.param("s", cmd.status().name()).param("by", caller.username()).param("note", Texts.trimToNull(cmd.note()))
			.param("id", id).param("v", cmd.version()).update();
		if (updated == 0) {
			throw new ConflictException(current, "error.stale", current.version());
		}
		audit.record("SIMPLIFICATION_" + cmd.status().name(), "SimplificationProposal", String.valueOf(id),
				"%s → %s for %s%s".formatted(current.status(), cmd.status(), current.procedureCode(),
						cmd.note() == null || cmd.note().isBlank() ? "" : ": " + cmd.note().strip()));
		return proposal(id);
	}

	private static org.springframework.context.MessageSourceResolvable statusLabel(ProposalStatus s) {
		return new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] { "catalog.proposal.status." + s.name() },
				s.name());
	}

	private static void checkInputs(String prefix, ComplianceCost.Inputs in, InvalidInputException.Collector problems) {
		problems.check(in.workHours().signum() >= 0, prefix + ".workHours", "error.catalog.amount-negative");
		problems.check(in.hourlyCost().signum() >= 0, prefix + ".hourlyCost", "error.catalog.amount-negative");
		problems.check(in.feesAndCharges().signum() >= 0, prefix + ".feesAndCharges", "error.catalog.amount-negative");
	}

	private Optional<SimplificationProposal> find(long id) {
		return jdbc.sql(SELECT + " WHERE s.id = :id").param("id", id).query(this::map).optional();
	}

	private static final String SELECT = """
			SELECT s.*, p.code AS procedure_code,
			       (SELECT v.name FROM catalog.procedure_version v WHERE v.procedure_id = p.id
			        ORDER BY v.effective_from DESC, v.number DESC LIMIT 1) AS procedure_name
			FROM catalog.simplification_proposal s JOIN catalog.procedure p ON p.id = s.procedure_id""";

	private SimplificationProposal map(ResultSet rs, int row) throws SQLException {
		ComplianceCost.Inputs before = new ComplianceCost.Inputs(rs.getBigDecimal("before_hours"), rs.getBigDecimal("before_hourly_cost"),
				rs.getBigDecimal("before_fees"));
		ComplianceCost.Inputs after = new ComplianceCost.Inputs(rs.getBigDecimal("after_hours"), rs.getBigDecimal("after_hourly_cost"),
				rs.getBigDecimal("after_fees"));
		BigDecimal frequency = Decimals.orZero(rs.getBigDecimal("frequency_per_year"));
		long subjects = rs.getLong("subjects");
		Timestamp decided = rs.getTimestamp("decided_at");
		return new SimplificationProposal(rs.getLong("id"), rs.getString("procedure_code"), rs.getString("procedure_name"),
				rs.getString("unit_code"), ProposalKind.valueOf(rs.getString("kind")), rs.getString("description"), rs.getString("rationale"),
				Decimals.canonical(rs.getBigDecimal("proposed_time")), before, after, frequency, subjects,
				ComplianceCost.of(before, after, frequency, subjects), ProposalStatus.valueOf(rs.getString("status")),
				rs.getString("proposed_by"), rs.getTimestamp("proposed_at").toInstant(), rs.getString("decided_by"),
				decided == null ? null : decided.toInstant(), rs.getString("decision_note"), rs.getInt("version"));
	}
}
