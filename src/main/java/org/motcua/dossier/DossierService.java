package org.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.motcua.audit.AuditTrail;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.organization.AdministrativeUnit;
import org.motcua.organization.Caller;
import org.motcua.organization.OneStopDesk;
import org.motcua.organization.Organization;
import org.motcua.organization.Role;
import org.motcua.shared.ConflictException;
import org.motcua.shared.ForbiddenException;
import org.motcua.shared.InvalidInputException;
import org.motcua.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import static org.motcua.dossier.DossierAction.*;

/**
 * The dossier use cases: intake, every lifecycle action, and the scoped queries. Each action runs in one
 * transaction that stores the dossier (with an optimistic version check), appends its history and the audit
 * entry, and publishes the event; jurisdiction is checked on every read and write.
 */
@Service
public class DossierService {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Who may take each action (besides the dossier being within their jurisdiction). */
	static final Map<DossierAction, Set<Role>> ROLES = new EnumMap<>(DossierAction.class);

	static {
		Set<Role> desk = EnumSet.of(Role.ONE_STOP_CLERK);
		Set<Role> processing = EnumSet.of(Role.SPECIALIST, Role.UNIT_HEAD, Role.LEADER);
		Set<Role> heads = EnumSet.of(Role.UNIT_HEAD, Role.LEADER);
		ROLES.put(ACCEPT, desk);
		ROLES.put(RESUBMIT, desk);
		ROLES.put(RESULT_READY, EnumSet.of(Role.ONE_STOP_CLERK, Role.SPECIALIST, Role.UNIT_HEAD, Role.LEADER));
		ROLES.put(RETURN_RESULT, desk);
		ROLES.put(STOP_REQUESTED, EnumSet.of(Role.ONE_STOP_CLERK, Role.UNIT_HEAD, Role.LEADER));
		ROLES.put(REQUEST_COMPLETION, EnumSet.of(Role.ONE_STOP_CLERK, Role.SPECIALIST, Role.UNIT_HEAD, Role.LEADER));
		ROLES.put(REFUSE, EnumSet.of(Role.ONE_STOP_CLERK, Role.SPECIALIST, Role.UNIT_HEAD, Role.LEADER));
		ROLES.put(ASSIGN, heads);
		ROLES.put(FORWARD, EnumSet.of(Role.ONE_STOP_CLERK, Role.SPECIALIST, Role.UNIT_HEAD, Role.LEADER));
		ROLES.put(RETURN_TO_STEP, processing);
		ROLES.put(CONSULT, processing);
		ROLES.put(REPLY, processing);
		ROLES.put(PAUSE, processing);
		ROLES.put(RESUME, processing);
		ROLES.put(TRANSFER, EnumSet.of(Role.ONE_STOP_CLERK, Role.UNIT_HEAD, Role.LEADER));
		ROLES.put(APOLOGISE, heads);
		ROLES.put(APPROVE, heads);
		ROLES.put(CANCEL, EnumSet.of(Role.SYSTEM_ADMIN, Role.LEADER));
	}

	private final DossierStore store;
	private final Organization organization;
	private final ProcedureTermsSource procedures;
	private final CalendarSource calendars;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final JsonMapper json;
	private final Clock clock;
	private final Duration atRisk;

	DossierService(DossierStore store, Organization organization, ProcedureTermsSource procedures, CalendarSource calendars,
			AuditTrail audit, ApplicationEventPublisher events, JsonMapper json, ObjectProvider<Clock> clock,
			@Value("${motcua.dossier.at-risk-working-hours:8}") long atRiskHours) {
		this.store = store;
		this.organization = organization;
		this.procedures = procedures;
		this.calendars = calendars;
		this.audit = audit;
		this.events = events;
		this.json = json;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.atRisk = Duration.ofHours(atRiskHours);
	}

	/** The result of an intake: the dossier, and whether it was a replay of an earlier identical request. */
	public record IntakeResult(DossierView dossier, boolean replayed) {
	}

	// ------------------------------------------------------------------ intake

	@Transactional
	public IntakeResult intake(Caller caller, IntakeCommand cmd, @Nullable String idempotencyKey) {
		String requestHash = hash(cmd);
		if (idempotencyKey != null) {
			if (idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
				throw InvalidInputException.of("Idempotency-Key", "error.dossier.idempotency-key");
			}
			Optional<String[]> earlier = store.idempotency(caller.username(), idempotencyKey);
			if (earlier.isPresent()) {
				return replay(caller, earlier.get(), requestHash);
			}
		}
		if (!caller.hasRole(Role.ONE_STOP_CLERK)) {
			throw new ForbiddenException("error.forbidden");
		}
		Instant now = clock.instant();
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		problems.check(cmd.procedureCode() != null && !cmd.procedureCode().isBlank(), "procedureCode", "error.required");
		problems.check(cmd.channel() != null, "channel", "error.required");
		Applicant.validate(cmd.applicant(), "applicant", true, problems);
		if (cmd.representative() != null) {
			Applicant.validate(cmd.representative(), "representative", false, problems);
		}
		String unitCode = cmd.receivingUnitCode() == null || cmd.receivingUnitCode().isBlank() ? caller.official().unitCode()
				: cmd.receivingUnitCode().trim().toUpperCase(java.util.Locale.ROOT);
		Optional<AdministrativeUnit> unit = organization.findUnit(unitCode).filter(u -> caller.jurisdiction().coversId(u.id()));
		if (unit.isEmpty()) {
			problems.add("receivingUnitCode", "error.unit.not-found", unitCode);
		}
		Instant receivedAt = cmd.receivedAt() == null ? now : cmd.receivedAt();
		problems.check(!receivedAt.isAfter(now), "receivedAt", "error.dossier.received-in-future");
		problems.check(unit.isEmpty() || unit.get().validTo() == null || !LocalDate.ofInstant(receivedAt, WorkingCalendar.ZONE).isAfter(unit.get().validTo()),
				"receivingUnitCode", "error.dossier.unit-closed", unitCode);
		DossierAction outcome = cmd.outcome() == null ? (cmd.channel() == Channel.ONLINE ? null : ACCEPT) : cmd.outcome();
		problems.check(outcome == null || outcome == ACCEPT || outcome == REQUEST_COMPLETION || outcome == REFUSE, "outcome",
				"error.dossier.outcome");
		problems.throwIfAny();
		ProcedureTerms terms = procedures.termsFor(cmd.procedureCode().trim(), unitCode, receivedAt)
			.orElseThrow(() -> InvalidInputException.of("procedureCode", "error.dossier.procedure-unknown", cmd.procedureCode()));
		List<ComponentCheck> given = cmd.components() == null ? List.of() : cmd.components().stream().filter(Objects::nonNull).toList();
		for (int i = 0; i < given.size(); i++) {
			problems.check(given.get(i).code() != null && !given.get(i).code().isBlank(), "components[" + i + "].code", "error.required");
		}
		problems.throwIfAny();
		List<ComponentCheck> components = checklist(terms, given);
		if (outcome == ACCEPT) {
			for (ProcedureTerms.RequiredComponent rc : terms.components()) {
				boolean provided = components.stream().anyMatch(c -> rc.code().equals(c.code()) && c.provided());
				problems.check(!rc.required() || provided, "components", "error.dossier.component-missing", rc.name());
			}
		}
		problems.throwIfAny();

		String agency = receivingAgency(caller, unitCode);
		LocalDate day = LocalDate.ofInstant(receivedAt, WorkingCalendar.ZONE);
		DossierCode code = DossierCode.of(agency, day, store.nextSequence(agency, day));
		if (idempotencyKey != null && !store.claimIdempotency(caller.username(), idempotencyKey, requestHash, code.value())) {
			return replay(caller, store.idempotency(caller.username(), idempotencyKey).orElseThrow(), requestHash);
		}
		WorkingCalendar calendar = calendars.forUnit(unitCode);
		Dossier dossier;
		if (outcome == ACCEPT) {
			dossier = Dossier.receiveAtDesk(code, terms.code(), unitCode, cmd.channel(), terms.processingTime(), terms.steps(),
					receivedAt, now, caller.username(), calendar);
		}
		else {
			dossier = Dossier.submit(code, terms.code(), unitCode, cmd.channel(), terms.processingTime(), terms.steps(), receivedAt,
					caller.username());
			if (outcome == REQUEST_COMPLETION) {
				dossier.requestCompletion(cmd.missingItems() == null ? List.of() : cmd.missingItems(), now, caller.username(), calendar);
			}
			else if (outcome == REFUSE) {
				dossier.refuse(Objects.requireNonNullElse(cmd.reasons(), ""), now, caller.username(), calendar);
			}
		}
		List<String> processingUnits = new ArrayList<>(List.of(unitCode));
		DossierStore.Particulars particulars = new DossierStore.Particulars(null, terms.version(), terms.name(), agency,
				processingUnits, normalised(cmd.applicant()), cmd.representative() == null ? null : normalised(cmd.representative()),
				components, pin(), caller.username());
		long id = store.insert(dossier, particulars);
		audit.record("DOSSIER_RECEIVED", "Dossier", code.value(), "%s dossier %s for procedure %s (v%d), status %s%s".formatted(
				cmd.channel(), code.value(), terms.code(), terms.version(), dossier.status(), dossier.backdated() ? ", backdated receipt" : ""));
		events.publishEvent(new DossierEvents.DossierRegistered(code.value(), null, unitCode, terms.code(), cmd.channel(),
				dossier.status(), dossier.receivedAtTime().orElse(receivedAt), dossier.dueAt().orElse(null)));
		return new IntakeResult(view(new DossierStore.Stored(id, dossier, particulars, null), caller, now), false);
	}

	/**
	 * An online submission by a citizen through the public service portal (Decree 61/2018/NĐ-CP Art. 9 and 15,
	 * Decree 45/2020/NĐ-CP): the dossier gets channel ONLINE and status SUBMITTED and waits in the receiving
	 * unit's desk queue for the clerk's check (ACCEPT, REQUEST_COMPLETION or REFUSE). No official acts here, so
	 * the caller is the system; {@code submittedBy} names the citizen account in the history and the audit trail.
	 */
	@Transactional
	public DossierView submitOnline(String submittedBy, IntakeCommand cmd) {
		Instant now = clock.instant();
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		problems.check(cmd.procedureCode() != null && !cmd.procedureCode().isBlank(), "procedureCode", "error.required");
		Applicant.validate(cmd.applicant(), "applicant", true, problems);
		if (cmd.representative() != null) {
			Applicant.validate(cmd.representative(), "representative", false, problems);
		}
		String unitCode = cmd.receivingUnitCode() == null ? "" : cmd.receivingUnitCode().trim().toUpperCase(java.util.Locale.ROOT);
		Optional<AdministrativeUnit> unit = unitCode.isEmpty() ? Optional.empty() : organization.findUnit(unitCode);
		problems.check(unit.isPresent() && (unit.get().validTo() == null || !LocalDate.ofInstant(now, WorkingCalendar.ZONE).isAfter(unit.get().validTo())),
				"receivingUnitCode", "error.unit.not-found", unitCode);
		problems.throwIfAny();
		ProcedureTerms terms = procedures.termsFor(cmd.procedureCode().trim(), unitCode, now)
			.orElseThrow(() -> InvalidInputException.of("procedureCode", "error.dossier.procedure-unknown", cmd.procedureCode()));
		List<ComponentCheck> given = cmd.components() == null ? List.of() : cmd.components().stream().filter(Objects::nonNull).toList();
		for (int i = 0; i < given.size(); i++) {
			problems.check(given.get(i).code() != null && !given.get(i).code().isBlank(), "components[" + i + "].code", "error.required");
		}
		problems.throwIfAny();
		List<ComponentCheck> components = checklist(terms, given);
		String agency = organization.desks(Caller.system(), unitCode).stream().filter(OneStopDesk::active).map(OneStopDesk::code)
			.findFirst().orElse(unitCode);
		LocalDate day = LocalDate.ofInstant(now, WorkingCalendar.ZONE);
		DossierCode code = DossierCode.of(agency, day, store.nextSequence(agency, day));
		Dossier dossier = Dossier.submit(code, terms.code(), unitCode, Channel.ONLINE, terms.processingTime(), terms.steps(), now,
				submittedBy);
		DossierStore.Particulars particulars = new DossierStore.Particulars(null, terms.version(), terms.name(), agency,
				new ArrayList<>(List.of(unitCode)), normalised(cmd.applicant()),
				cmd.representative() == null ? null : normalised(cmd.representative()), components, pin(), submittedBy);
		long id = store.insert(dossier, particulars);
		audit.record("DOSSIER_RECEIVED", "Dossier", code.value(), "ONLINE dossier %s for procedure %s (v%d) submitted by %s, status %s"
			.formatted(code.value(), terms.code(), terms.version(), submittedBy, dossier.status()));
		events.publishEvent(new DossierEvents.DossierRegistered(code.value(), null, unitCode, terms.code(), Channel.ONLINE,
				dossier.status(), now, dossier.dueAt().orElse(null)));
		return view(new DossierStore.Stored(id, dossier, particulars, null), Caller.system(), now);
	}

	/**
	 * The applicant answers a completion request online (Decree 61/2018/NĐ-CP Art. 15(3)): RESUBMIT, back to the
	 * desk's check (or, when asked during processing, the processing time restarts). The caller is the system;
	 * {@code submittedBy} names the citizen account, {@code note} lists what was supplied.
	 */
	@Transactional
	public DossierView resubmitOnline(String code, int version, String submittedBy, String note) {
		Caller caller = Caller.system();
		DossierStore.Stored stored = load(caller, code);
		Dossier d = stored.dossier();
		Instant now = clock.instant();
		if (version != d.version()) {
			throw new ConflictException(view(stored, caller, now), "error.stale", d.version());
		}
		DossierStatus from = d.status();
		try {
			d.resubmit(now, submittedBy, calendars.forUnit(d.receivingUnitCode()));
		}
		catch (ActionNotAllowedException ex) {
			throw new ConflictException(view(stored, caller, now), ex.messageKey(), ex.args());
		}
		save(stored, caller, RESUBMIT, from, note);
		return get(caller, code);
	}

	/**
	 * The dossier's components checklist: every component the procedure asks for, named as in the catalogue and
	 * marked provided or not, followed by anything else the applicant handed in.
	 */
	private static List<ComponentCheck> checklist(ProcedureTerms terms, List<ComponentCheck> given) {
		List<ComponentCheck> list = new ArrayList<>();
		for (ProcedureTerms.RequiredComponent rc : terms.components()) {
			ComponentCheck c = given.stream().filter(g -> rc.code().equalsIgnoreCase(g.code().trim())).findFirst().orElse(null);
			list.add(c == null ? new ComponentCheck(rc.code(), rc.name(), false, null, null)
					: new ComponentCheck(rc.code(), rc.name(), c.provided(), c.form(), c.quantity()));
		}
		for (ComponentCheck g : given) {
			if (terms.components().stream().noneMatch(rc -> rc.code().equalsIgnoreCase(g.code().trim()))) {
				list.add(new ComponentCheck(g.code().trim(), g.name(), g.provided(), g.form(), g.quantity()));
			}
		}
		return List.copyOf(list);
	}

	private IntakeResult replay(Caller caller, String[] earlier, String requestHash) {
		if (!earlier[0].equals(requestHash)) {
			throw new ConflictException(null, "error.dossier.idempotency-mismatch");
		}
		return new IntakeResult(get(caller, earlier[1]), true);
	}

	/** The receiving agency's electronic ID: the clerk's agency, else the unit's one-stop desk. */
	private String receivingAgency(Caller caller, String unitCode) {
		if (caller.official().agencyCode() != null && unitCode.equals(caller.official().unitCode())) {
			return caller.official().agencyCode();
		}
		return organization.desks(Caller.system(), unitCode).stream().filter(OneStopDesk::active).map(OneStopDesk::code)
			.findFirst().orElse(unitCode);
	}

	// ------------------------------------------------------------------ actions

	@Transactional
	public DossierView act(Caller caller, String code, ActionCommand cmd) {
		DossierStore.Stored stored = load(caller, code);
		Dossier d = stored.dossier();
		Instant now = clock.instant();
		if (cmd.action() == null) {
			throw InvalidInputException.of("action", "error.required");
		}
		if (cmd.version() == null) {
			throw InvalidInputException.of("version", "error.required");
		}
		if (cmd.version() != d.version()) {
			throw new ConflictException(view(stored, caller, now), "error.stale", d.version());
		}
		DossierAction action = cmd.action();
		if (!mayTake(caller, d, action)) {
			throw new ForbiddenException("error.forbidden");
		}
		DossierStatus from = d.status();
		WorkingCalendar calendar = calendars.forUnit(d.receivingUnitCode());
		String actor = caller.username();
		String note = cmd.note() == null ? "" : cmd.note().trim();
		DossierStore.Stored child = null;
		try {
			apply(caller, stored, cmd, action, now, calendar, actor, note);
		}
		catch (ActionNotAllowedException ex) {
			DossierStore.Stored current = store.findByCode(d.code().value()).orElseThrow();
			throw new ConflictException(view(current, caller, now), ex.messageKey(), ex.args())
				.with("allowedActions", view(current, caller, now).allowedActions());
		}
		if (action == TRANSFER) {
			child = store.findByCode(d.code().value()).map(DossierStore.Stored::childCode).flatMap(c -> c == null ? Optional.empty() : store.findByCode(c)).orElse(null);
		}
		save(stored, caller, action, from, note);
		if (child != null) {
			store.addProcessingUnit(stored.id(), child.dossier().receivingUnitCode());
		}
		boolean parentChanged = stored.particulars().parentCode() != null && action == RESULT_READY;
		if (parentChanged) {
			resultBackToParent(caller, stored, now);
		}
		// The dossier in hand is the one just stored (the store gave it its new version). Read it again only when the
		// action also changed other rows the view shows: a transfer's child and processing units, a parent's result.
		return action == TRANSFER || parentChanged ? get(caller, code) : view(stored, caller, clock.instant());
	}

	private void apply(Caller caller, DossierStore.Stored stored, ActionCommand cmd, DossierAction action, Instant now,
			WorkingCalendar calendar, String actor, String note) {
		Dossier d = stored.dossier();
		switch (action) {
			case ACCEPT -> d.accept(now, now, actor, calendar);
			case REQUEST_COMPLETION -> d.requestCompletion(cmd.missingItems() == null ? List.of() : cmd.missingItems(), now, actor, calendar);
			case RESUBMIT -> d.resubmit(now, actor, calendar);
			case REFUSE -> d.refuse(note, now, actor, calendar);
			case ASSIGN -> {
				String lead = cmd.lead() == null ? "" : cmd.lead().trim();
				if (!lead.isEmpty()) {
					organization.official(caller, lead);
				}
				d.assign(lead, list(cmd.coProcessors()), list(cmd.followers()), now, actor, calendar);
			}
			case FORWARD -> d.forward(now, actor, note, calendar);
			case RETURN_TO_STEP -> d.returnToStep(cmd.step() == null ? -1 : cmd.step(), note, now, actor, calendar);
			case CONSULT -> {
				if (cmd.deadline() == null) {
					throw InvalidInputException.of("deadline", "error.required");
				}
				String agencyCode = cmd.agencyCode() == null ? "" : cmd.agencyCode().trim().toUpperCase(java.util.Locale.ROOT);
				if (!agencyCode.isEmpty() && organization.findAgency(agencyCode).isEmpty()) {
					throw InvalidInputException.of("agencyCode", "error.agency.not-found", agencyCode);
				}
				d.consult(agencyCode, cmd.deadline(), now, actor);
				organization.findAgency(agencyCode).ifPresent(a -> store.addProcessingUnit(stored.id(), a.unitCode()));
			}
			case REPLY -> d.reply(cmd.consultation() == null ? -1 : cmd.consultation(), note, now, actor);
			case PAUSE -> d.pause(note, now, actor);
			case RESUME -> d.resume(now, actor, calendar);
			case TRANSFER -> transfer(caller, stored, cmd.toUnitCode(), now);
			case APOLOGISE -> {
				if (cmd.newDueAt() == null) {
					throw InvalidInputException.of("newDueAt", "error.required");
				}
				d.apologise(cmd.newDueAt(), note, now, actor, calendar);
			}
			case APPROVE -> d.approve(now, actor, calendar);
			case RESULT_READY -> d.resultReady(now, actor, calendar);
			case RETURN_RESULT -> d.returnResult(cmd.via() == null ? d.channel() : cmd.via(), now, actor, calendar);
			case STOP_REQUESTED -> d.stopOnRequest(note, now, actor);
			case CANCEL -> d.cancel(note, now, actor);
		}
	}

	private void save(DossierStore.Stored stored, Caller caller, DossierAction action, DossierStatus from, String note) {
		Dossier d = stored.dossier();
		if (!store.update(stored.id(), d)) {
			DossierStore.Stored current = store.findByCode(d.code().value()).orElseThrow();
			throw new ConflictException(view(current, caller, clock.instant()), "error.stale", current.dossier().version());
		}
		audit.record("DOSSIER_" + action.name(), "Dossier", d.code().value(), "%s: %s → %s%s".formatted(action, from, d.status(),
				note.isEmpty() ? "" : " (" + note + ")"));
		events.publishEvent(new DossierEvents.DossierActionTaken(d.code().value(), action, from, d.status(), d.receivingUnitCode(),
				d.procedureCode(), d.channel(), clock.instant(), caller.username(), d.dueAt().orElse(null), d.timeliness().orElse(null),
				DossierEvents.StepGrades.of(d.progress())));
	}

	/**
	 * Inter-level transfer (Decree 61/2018 Art. 19(7)): the dossier goes to the competent unit of another level,
	 * where a linked dossier is received and processed; its result comes back to the desk that received the
	 * original, on the original appointment.
	 */
	private DossierStore.Stored transfer(Caller caller, DossierStore.Stored parent, @Nullable String toUnitCode, Instant now) {
		String target = toUnitCode == null ? "" : toUnitCode.trim().toUpperCase(java.util.Locale.ROOT);
		AdministrativeUnit unit = organization.findUnit(target)
			.orElseThrow(() -> InvalidInputException.of("toUnitCode", "error.unit.not-found", target));
		if (unit.validTo() != null && LocalDate.ofInstant(now, WorkingCalendar.ZONE).isAfter(unit.validTo())) {
			throw InvalidInputException.of("toUnitCode", "error.dossier.unit-closed", target);
		}
		Dossier d = parent.dossier();
		d.transfer(target, now, caller.username(), calendars.forUnit(d.receivingUnitCode()));
		ProcedureTerms terms = procedures.termsFor(d.procedureCode(), target, now)
			.orElseThrow(() -> InvalidInputException.of("toUnitCode", "error.dossier.procedure-unknown", d.procedureCode()));
		String agency = organization.desks(Caller.system(), target).stream().filter(OneStopDesk::active).map(OneStopDesk::code)
			.findFirst().orElse(target);
		LocalDate day = LocalDate.ofInstant(now, WorkingCalendar.ZONE);
		DossierCode code = DossierCode.of(agency, day, store.nextSequence(agency, day));
		Dossier child = Dossier.receiveTransferred(code, d.procedureCode(), target, terms.processingTime(), terms.steps(),
				d.dueAt().orElse(now), now, caller.username(), calendars.forUnit(target));
		DossierStore.Particulars pp = parent.particulars();
		DossierStore.Particulars particulars = new DossierStore.Particulars(d.code().value(), terms.version(), terms.name(), agency,
				new ArrayList<>(List.of(target)), pp.applicant(), pp.representative(), pp.components(), pp.publicPin(),
				caller.username());
		long id = store.insert(child, particulars);
		audit.record("DOSSIER_RECEIVED", "Dossier", code.value(), "Inter-level transfer of %s from %s to %s"
			.formatted(d.code().value(), d.receivingUnitCode(), target));
		events.publishEvent(new DossierEvents.DossierRegistered(code.value(), d.code().value(), target, d.procedureCode(),
				Channel.COUNTER, child.status(), now, child.dueAt().orElse(null)));
		return new DossierStore.Stored(id, child, particulars, null);
	}

	/** The higher level's result is ready: it goes back to the receiving desk and the linked dossier is closed. */
	private void resultBackToParent(Caller caller, DossierStore.Stored child, Instant now) {
		DossierStore.Stored parent = store.findByCode(Objects.requireNonNull(child.particulars().parentCode())).orElseThrow();
		Dossier p = parent.dossier();
		if (p.status() != DossierStatus.TRANSFERRED) {
			return;
		}
		DossierStatus from = p.status();
		p.resultReady(now, caller.username(), calendars.forUnit(p.receivingUnitCode()));
		save(parent, caller, RESULT_READY, from, "result returned by " + child.dossier().code().value());
		Dossier c = child.dossier();
		DossierStore.Stored fresh = store.findByCode(c.code().value()).orElseThrow();
		DossierStatus childFrom = fresh.dossier().status();
		fresh.dossier().returnResult(Channel.COUNTER, now, caller.username(), calendars.forUnit(c.receivingUnitCode()));
		save(fresh, caller, RETURN_RESULT, childFrom, "to the receiving desk " + p.receivingUnitCode());
	}

	/** Actions that belong to the step in hand: its role, its assignees and the heads who supervise may take them. */
	static final Set<DossierAction> STEP_ACTIONS = EnumSet.of(FORWARD, RETURN_TO_STEP, CONSULT, REPLY, PAUSE, RESUME,
			REQUEST_COMPLETION, REFUSE, TRANSFER);

	/**
	 * Whether the caller may take the action on this dossier: their roles must allow it; an action of the step in
	 * hand is further reserved to the step's role, to the officials assigned to it (lead and co-processors) and to
	 * heads of office and leaders, so each official's inbox holds the dossiers waiting on them.
	 */
	static boolean mayTake(Caller caller, Dossier d, DossierAction action) {
		if (ROLES.getOrDefault(action, Set.of()).stream().noneMatch(caller::hasRole)) {
			return false;
		}
		if (!STEP_ACTIONS.contains(action) || d.currentStep() < 0 || d.currentStep() >= d.steps().size()
				|| caller.hasRole(Role.UNIT_HEAD) || caller.hasRole(Role.LEADER)) {
			return true;
		}
		Role stepRole = d.steps().get(d.currentStep()).role();
		if (stepRole == null || caller.hasRole(stepRole)) {
			return true;
		}
		return d.progress().stream().filter(p -> p.step() == d.currentStep() && p.finishedAt() == null)
			.anyMatch(p -> caller.username().equals(p.lead()) || p.coProcessors().contains(caller.username()));
	}

	/**
	 * Whether the dossier waits on the caller, for the inbox: the desk for online submissions, approved results
	 * and results to return; during processing, the official assigned to the step in hand (lead or co-processor)
	 * or, before anyone is assigned, the holders of the step's role. Dossiers waiting on the applicant or on
	 * another level wait on no one here.
	 */
	static boolean waitsOn(Caller caller, Dossier d) {
		boolean desk = caller.hasRole(Role.ONE_STOP_CLERK);
		switch (d.status()) {
			case SUBMITTED, RESULT_READY:
				return desk;
			case RECEIVED, IN_PROGRESS, PAUSED:
				if (d.resultIssuedAt().isPresent()) {
					return desk;
				}
				if (d.currentStep() < 0 || d.currentStep() >= d.steps().size()) {
					return desk;
				}
				Optional<Dossier.StepProgress> current = d.progress().stream()
					.filter(p -> p.step() == d.currentStep() && p.finishedAt() == null).reduce((a, b) -> b);
				if (current.isPresent() && current.get().lead() != null) {
					return caller.username().equals(current.get().lead()) || current.get().coProcessors().contains(caller.username());
				}
				Role role = d.steps().get(d.currentStep()).role();
				return role == null ? caller.hasRole(Role.SPECIALIST) : caller.hasRole(role);
			default:
				return false;
		}
	}

	// ------------------------------------------------------------------ queries

	@Transactional(readOnly = true)
	public DossierView get(Caller caller, String code) {
		return view(load(caller, code), caller, clock.instant());
	}

	@Transactional(readOnly = true)
	public List<Dossier.HistoryEntry> history(Caller caller, String code) {
		return store.history(load(caller, code).id());
	}

	/** Filters of the dossier list; every one optional. */
	public record Query(@Nullable DossierStatus status, @Nullable String unitCode, @Nullable String procedureCode,
			@Nullable Boolean overdue, @Nullable Boolean atRisk, @Nullable String q, boolean inbox, int page, int size) {
	}

	public record Page(List<DossierView> items, long total, int page, int size) {
	}

	/**
	 * Dossiers in the caller's jurisdiction (received or processed by a unit in it), filtered; the inbox orders
	 * by urgency (overdue first, then the nearest due).
	 */
	@Transactional(readOnly = true)
	public Page search(Caller caller, Query query) {
		Instant now = clock.instant();
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		where.add("true");
		if (!caller.jurisdiction().unrestricted()) {
			where.add("(d.receiving_unit_code = ANY(:units) OR d.processing_unit_codes && :units)");
			params.put("units", caller.jurisdiction().unitCodes().toArray(String[]::new));
		}
		if (query.status() != null) {
			where.add("d.status = :status");
			params.put("status", query.status().name());
		}
		if (query.unitCode() != null && !query.unitCode().isBlank()) {
			AdministrativeUnit unit = organization.unit(caller, query.unitCode().trim().toUpperCase(java.util.Locale.ROOT));
			where.add("(d.receiving_unit_code = :unit OR :unit = ANY(d.processing_unit_codes))");
			params.put("unit", unit.code());
		}
		if (query.procedureCode() != null && !query.procedureCode().isBlank()) {
			where.add("d.procedure_code = :proc");
			params.put("proc", query.procedureCode().trim());
		}
		if (Boolean.TRUE.equals(query.overdue())) {
			where.add("d.result_issued_at IS NULL AND d.status NOT IN ('REFUSED','RETURNED','STOPPED','CANCELLED') AND d.due_at < :now");
			params.put("now", java.sql.Timestamp.from(now));
		}
		if (query.q() != null && !query.q().isBlank()) {
			where.add("(d.code = :qexact OR d.applicant_citizen_id = :qexact OR d.applicant_name_folded LIKE '%' || public.motcua_fold(:q) || '%')");
			params.put("q", query.q().trim());
			params.put("qexact", query.q().trim().toUpperCase(java.util.Locale.ROOT));
		}
		if (query.inbox()) {
			where.add("d.status NOT IN ('REFUSED','RETURNED','STOPPED','CANCELLED')");
		}
		String condition = String.join(" AND ", where);
		String order = query.inbox() ? "d.due_at ASC NULLS LAST, d.id" : "d.submitted_at DESC, d.id DESC";
		List<DossierView> items;
		long total;
		if (query.inbox()) {
			// waiting on the caller depends on the step in hand: decided here for the open dossiers due soonest
			items = store.search(condition, params, order, 2000, 0).stream()
				.filter(s -> waitsOn(caller, s.dossier()))
				.map(s -> view(s, caller, now))
				.filter(v -> !Boolean.TRUE.equals(query.atRisk()) || v.atRisk())
				.toList();
			total = items.size();
			items = items.stream().skip((long) query.page() * query.size()).limit(query.size()).toList();
		}
		else if (Boolean.TRUE.equals(query.atRisk())) {
			// at risk depends on working time: computed on the calendar for the open dossiers due soonest
			items = store.search(condition + " AND d.result_issued_at IS NULL AND d.due_at >= :nowr", with(params, "nowr", java.sql.Timestamp.from(now)),
					"d.due_at ASC", 1000, 0).stream()
				.map(s -> view(s, caller, now)).filter(DossierView::atRisk).toList();
			total = items.size();
			items = items.stream().skip((long) query.page() * query.size()).limit(query.size()).toList();
		}
		else {
			total = store.count(condition, params);
			items = store.search(condition, params, order, query.size(), (long) query.page() * query.size()).stream()
				.map(s -> view(s, caller, now)).toList();
		}
		return new Page(items, total, query.page(), query.size());
	}

	private static Map<String, Object> with(Map<String, Object> params, String key, Object value) {
		Map<String, Object> copy = new HashMap<>(params);
		copy.put(key, value);
		return copy;
	}

	/**
	 * Dossiers received at a unit from {@code from} (inclusive) to {@code to} (exclusive), oldest first: the register
	 * of the tracking book (Mẫu 06, Circular 01/2018/TT-VPCP). The unit must lie in the caller's jurisdiction.
	 */
	@Transactional(readOnly = true)
	public List<DossierView> receivedAt(Caller caller, String unitCode, Instant from, Instant to, int limit) {
		AdministrativeUnit unit = organization.unit(caller, unitCode.trim().toUpperCase(java.util.Locale.ROOT));
		Instant now = clock.instant();
		Map<String, Object> params = Map.of("unit", unit.code(), "from", java.sql.Timestamp.from(from), "to", java.sql.Timestamp.from(to));
		return store.search("d.receiving_unit_code = :unit AND d.received_at >= :from AND d.received_at < :to", params,
				"d.received_at ASC, d.id", limit, 0).stream().map(s -> view(s, caller, now)).toList();
	}

	/** Procedures the caller's desk can receive, for the intake form. */
	@Transactional(readOnly = true)
	public List<ProcedureTermsSource.ProcedureChoice> procedureChoices(Caller caller, String query) {
		return procedures.choicesFor(caller.official().unitCode(), query, 30);
	}

	/** The terms of a procedure for intake at the caller's unit, to show its components checklist. */
	@Transactional(readOnly = true)
	public Optional<ProcedureTerms> termsForIntake(Caller caller, String procedureCode) {
		return procedures.termsFor(procedureCode, caller.official().unitCode(), clock.instant());
	}

	/** The public PIN of a dossier, for the receipt; only within the caller's jurisdiction. */
	@Transactional(readOnly = true)
	public String publicPin(Caller caller, String code) {
		return load(caller, code).particulars().publicPin();
	}

	/**
	 * The applicant's own view of a dossier, without sign-in, given its code and a second factor: the PIN
	 * printed on the receipt (Mẫu 01), or the last four digits of the applicant's citizen ID or phone. Empty
	 * when the code is unknown or the factor does not match, so both look the same from outside.
	 */
	@Transactional(readOnly = true)
	public Optional<PublicDossier> publicLookup(String code, String secondFactor) {
		String c = code.trim().toUpperCase(java.util.Locale.ROOT);
		String factor = secondFactor.trim();
		if (c.isEmpty() || factor.length() < 4) {
			return Optional.empty();
		}
		return store.findByCode(c).filter(s -> matches(s.particulars(), factor)).map(s -> {
			Dossier d = s.dossier();
			Applicant a = s.particulars().applicant();
			List<PublicDossier.Step> timeline = store.history(s.id()).stream()
				.map(h -> new PublicDossier.Step(h.at(), h.action(), h.to())).toList();
			return new PublicDossier(d.code().value(), d.procedureCode(), s.particulars().procedureName(),
					d.receivingUnitCode(), d.channel(), d.status(), a.fullName(), a.citizenId(), a.phone(), d.submittedAt(),
					d.receivedAtTime().orElse(null), d.dueAt().orElse(null), d.originalDueAt().orElse(null),
					d.apologisedAt().orElse(null), d.completionRequestedAt().orElse(null), d.resultIssuedAt().orElse(null),
					d.returnedAt().orElse(null), d.stoppedAt().orElse(null), timeline);
		});
	}

	private static boolean matches(DossierStore.Particulars p, String factor) {
		boolean pin = MessageDigest.isEqual(p.publicPin().getBytes(StandardCharsets.UTF_8), factor.getBytes(StandardCharsets.UTF_8));
		if (factor.length() != 4 || !factor.chars().allMatch(Character::isDigit)) {
			return pin;
		}
		return pin || lastDigits(p.applicant().citizenId()).equals(factor) || lastDigits(p.applicant().phone()).equals(factor);
	}

	private static String lastDigits(@Nullable String value) {
		String digits = value == null ? "" : value.replaceAll("[^0-9]", "");
		return digits.length() < 4 ? "-" : digits.substring(digits.length() - 4);
	}

	private DossierStore.Stored load(Caller caller, String code) {
		String c = code.trim().toUpperCase(java.util.Locale.ROOT);
		return store.findByCode(c).filter(s -> visible(caller, s))
			.orElseThrow(() -> new NotFoundException("error.dossier.not-found", c));
	}

	private static boolean visible(Caller caller, DossierStore.Stored s) {
		if (caller.jurisdiction().unrestricted() || caller.jurisdiction().covers(s.dossier().receivingUnitCode())) {
			return true;
		}
		return s.particulars().processingUnitCodes().stream().anyMatch(caller.jurisdiction()::covers);
	}

	private DossierView view(DossierStore.Stored s, Caller caller, Instant now) {
		Dossier d = s.dossier();
		DossierStore.Particulars p = s.particulars();
		WorkingCalendar calendar = calendars.forUnit(d.receivingUnitCode());
		Set<DossierAction> allowed = EnumSet.noneOf(DossierAction.class);
		for (DossierAction a : d.allowedActions()) {
			if (mayTake(caller, d, a)) {
				allowed.add(a);
			}
		}
		return new DossierView(d.code().value(), p.parentCode(), s.childCode(), d.procedureCode(), p.procedureVersion(),
				p.procedureName(), d.receivingUnitCode(), p.receivingAgencyCode(), d.channel(), d.status(), p.applicant(),
				p.representative(), p.components(), d.processingTime(), d.submittedAt(), d.receivedAtTime().orElse(null),
				d.backdated(), d.dueAt().orElse(null), d.originalDueAt().orElse(null), d.apologisedAt().orElse(null),
				d.completionRequestedAt().orElse(null), d.pausedSince().orElse(null), d.resultIssuedAt().orElse(null),
				d.returnedAt().orElse(null), d.stoppedAt().orElse(null), d.timeliness().orElse(null),
				d.transferredTo().orElse(null), d.steps(), d.currentStep(), d.progress(), d.consultations(), d.pauses(),
				d.isOverdue(now), d.isAtRisk(now, atRisk, calendar), allowed, d.version());
	}

	private static List<String> list(@Nullable List<String> values) {
		return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
	}

	private static Applicant normalised(Applicant a) {
		return new Applicant(a.fullName().trim(), a.citizenId() == null || a.citizenId().isBlank() ? null : a.citizenId().trim(),
				blankToNull(a.phone()), blankToNull(a.email()), blankToNull(a.address()));
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static String pin() {
		return "%06d".formatted(RANDOM.nextInt(1_000_000));
	}

	private String hash(IntakeCommand cmd) {
		try {
			byte[] bytes = json.writeValueAsString(cmd).getBytes(StandardCharsets.UTF_8);
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
