package org.motcua.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.motcua.audit.AuditTrail;
import org.motcua.catalog.CatalogCommands.NewProcedure;
import org.motcua.catalog.CatalogCommands.ProcedureChange;
import org.motcua.catalog.CatalogCommands.ProcessChange;
import org.motcua.organization.AdministrativeUnit;
import org.motcua.organization.Caller;
import org.motcua.shared.ConflictException;
import org.motcua.shared.ForbiddenException;
import org.motcua.shared.InvalidInputException;
import org.motcua.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's use cases. Reading is open (procedures are public information); every change checks the
 * caller's role and jurisdiction over the units concerned, creates a new immutable version in force from its
 * effective date, moves the optimistic lock forward and is audited in the same transaction.
 */
@Service
public class Catalog {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9.\\-]{2,39}");
	static final Pattern NATIONAL_CODE = Pattern.compile("\\d\\.\\d{6}");

	private final ProcedureStore store;
	private final UnitDirectory units;
	private final AuditTrail audit;
	private final Clock clock;

	Catalog(ProcedureStore store, UnitDirectory units, AuditTrail audit, ObjectProvider<Clock> clock) {
		this.store = store;
		this.units = units;
		this.audit = audit;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	// ------------------------------------------------------------------ reading

	/** Procedures matching the query, in force on its date (today when absent). */
	@Transactional(readOnly = true)
	public ResultPage<ProcedureSummary> search(ProcedureQuery query) {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		problems.check(query.page() >= 0, "page", "error.catalog.page");
		problems.check(query.size() >= 1 && query.size() <= ProcedureQuery.MAX_SIZE, "size", "error.page-size", ProcedureQuery.MAX_SIZE);
		problems.throwIfAny();
		Set<String> scope = null;
		if (!Texts.blank(query.unitCode())) {
			scope = units.subtree(query.unitCode());
			if (scope.isEmpty()) {
				throw new NotFoundException("error.unit.not-found", query.unitCode());
			}
		}
		return store.search(query, scope, query.at() != null ? query.at() : today());
	}

	/** The procedure as of {@code at} (today when absent); before its first version takes effect, that version. */
	@Transactional(readOnly = true)
	public Procedure procedure(String code, @Nullable LocalDate at) {
		String c = Texts.upper(code);
		ProcedureStore.Lock lock = store.lock(c).orElseThrow(() -> new NotFoundException("error.catalog.not-found", c));
		List<ProcedureVersion> versions = store.versions(lock.id());
		LocalDate date = at != null ? at : today();
		ProcedureVersion current = inForce(versions, date).orElse(versions.get(0));
		List<Procedure.VersionSummary> history = versions.stream()
			.map(v -> new Procedure.VersionSummary(v.id(), v.number(), v.effectiveFrom(), v.content().name(),
					v.content().status(), v.recordedBy(), v.recordedAt(), v.reason()))
			.toList();
		return new Procedure(c, lock.version(), current, history);
	}

	/** What citizens see: the version in force today, when the procedure is active. */
	@Transactional(readOnly = true)
	public Optional<ProcedureVersion> published(String code) {
		return store.versionAt(Texts.upper(code), today()).filter(v -> v.content().status() == ProcedureStatus.ACTIVE);
	}

	/** A procedure version by its number. */
	@Transactional(readOnly = true)
	public ProcedureVersion procedureVersion(String code, int number) {
		String c = Texts.upper(code);
		ProcedureStore.Lock lock = store.lock(c).orElseThrow(() -> new NotFoundException("error.catalog.not-found", c));
		return store.versions(lock.id()).stream().filter(v -> v.number() == number).findFirst()
			.orElseThrow(() -> new NotFoundException("error.catalog.version-not-found", c, number));
	}

	/** The version in force at an instant (Vietnamese date): what a dossier received then must keep. */
	@Transactional(readOnly = true)
	public Optional<ProcedureVersion> procedureVersion(String code, Instant at) {
		return procedureVersion(code, LocalDate.ofInstant(at, VIETNAM));
	}

	/** The version in force on a date. */
	@Transactional(readOnly = true)
	public Optional<ProcedureVersion> procedureVersion(String code, LocalDate at) {
		return store.versionAt(Texts.upper(code), at);
	}

	@Transactional(readOnly = true)
	public Optional<ProcedureVersion> procedureVersionById(long id) {
		return store.versionById(id);
	}

	/** The versions in force on {@code at} of every procedure applied by the unit and the units below it (all units when absent). */
	@Transactional(readOnly = true)
	public List<ProcedureVersion> currentVersions(@Nullable String unitCode, @Nullable LocalDate at) {
		return store.current(scope(unitCode), at != null ? at : today());
	}

	/** Counts for a unit (with the units below it), or the whole catalogue. Abolished procedures count only by status. */
	@Transactional(readOnly = true)
	public CatalogStats stats(@Nullable String unitCode, @Nullable LocalDate at) {
		LocalDate date = at != null ? at : today();
		List<ProcedureVersion> versions = store.current(scope(unitCode), date);
		Map<String, Long> byLevel = new LinkedHashMap<>();
		for (String level : units.levels()) {
			byLevel.put(level, 0L);
		}
		Map<ProcedureStatus, Long> byStatus = new EnumMap<>(ProcedureStatus.class);
		for (ProcedureStatus s : ProcedureStatus.values()) {
			byStatus.put(s, 0L);
		}
		Set<String> withProcess = new HashSet<>();
		store.currentProcesses(versions.stream().map(ProcedureVersion::code).toList(), date)
			.forEach(p -> withProcess.add(p.procedureCode()));
		long total = 0;
		long online = 0;
		long processed = 0;
		for (ProcedureVersion v : versions) {
			byStatus.merge(v.content().status(), 1L, Long::sum);
			if (v.content().status() == ProcedureStatus.ABOLISHED) {
				continue;
			}
			total++;
			for (String level : v.content().levelsOn(date)) {
				byLevel.merge(level, 1L, Long::sum);
			}
			if (v.content().online()) {
				online++;
			}
			if (withProcess.contains(v.code())) {
				processed++;
			}
		}
		return new CatalogStats(unitCode == null ? "" : Texts.upper(unitCode), total, byLevel, byStatus, online, processed);
	}

	/** Fields (lĩnh vực) in use, for filters. */
	@Transactional(readOnly = true)
	public List<String> fields() {
		return store.fields(today());
	}

	/** Competence levels (the organisation's unit levels). */
	@Transactional(readOnly = true)
	public List<String> levels() {
		return units.levels();
	}

	/** Procedures a unit's desk can receive now (active, applied by the unit), matching a search text. */
	@Transactional(readOnly = true)
	public List<ProcedureSummary> receivable(String unitCode, @Nullable String query, int limit) {
		String unit = Texts.upper(unitCode);
		ProcedureQuery q = new ProcedureQuery(query, null, null, null, null, ProcedureStatus.ACTIVE, null, 0,
				Math.max(1, Math.min(limit, ProcedureQuery.MAX_SIZE)));
		return store.search(q, Set.of(unit), today()).items();
	}

	// ------------------------------------------------------------------ changing procedures

	@Transactional
	public Procedure create(Caller caller, NewProcedure cmd) {
		CatalogRoles.require(caller, CatalogRoles.EDITORS);
		String code = Texts.upper(cmd.code());
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		if (!CODE.matcher(code).matches()) {
			problems.add("code", "error.catalog.code");
		}
		else if (store.lock(code).isPresent()) {
			problems.add("code", "error.code.taken", code);
		}
		check(caller, cmd.content(), problems);
		problems.throwIfAny();
		LocalDate from = cmd.effectiveFrom() != null ? cmd.effectiveFrom() : today();
		long id = store.insertProcedure(code);
		store.insertVersion(id, 1, from, cmd.content(), caller.username(), null);
		audit.record("PROCEDURE_CREATED", "Procedure", code, "Created procedure %s \"%s\" (%s), version 1 in force from %s"
			.formatted(code, cmd.content().name(), cmd.content().status(), from));
		return procedure(code, null);
	}

	/**
	 * Records a new version. Content identical to the latest version changes nothing (so re-importing a workbook
	 * is harmless); a stale {@code version} is refused with the current state.
	 */
	@Transactional
	public Procedure update(Caller caller, String code, ProcedureChange cmd) {
		CatalogRoles.require(caller, CatalogRoles.EDITORS);
		String c = Texts.upper(code);
		ProcedureStore.Lock lock = store.lock(c).orElseThrow(() -> new NotFoundException("error.catalog.not-found", c));
		ProcedureVersion latest = store.latest(c).orElseThrow();
		requireJurisdiction(caller, latest.content().unitCodes());
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		check(caller, cmd.content(), problems);
		LocalDate from = cmd.effectiveFrom() != null ? cmd.effectiveFrom() : today();
		problems.check(!from.isBefore(latest.effectiveFrom()), "effectiveFrom", "error.catalog.effective-before-latest",
				latest.effectiveFrom());
		problems.check(cmd.reason() == null || cmd.reason().length() <= 500, "reason", "error.catalog.too-long", 500);
		problems.throwIfAny();
		if (cmd.version() != lock.version()) {
			throw new ConflictException(procedure(c, null), "error.stale", lock.version());
		}
		if (cmd.content().equals(latest.content())) {
			return procedure(c, null);
		}
		if (!store.advance(lock.id(), cmd.version())) {
			throw new ConflictException(procedure(c, null), "error.stale", lock.version());
		}
		int number = store.versions(lock.id()).stream().mapToInt(ProcedureVersion::number).max().orElse(0) + 1;
		store.insertVersion(lock.id(), number, from, cmd.content(), caller.username(), Texts.trimToNull(cmd.reason()));
		audit.record("PROCEDURE_VERSIONED", "Procedure", c, "Version %d in force from %s: %s%s".formatted(number, from,
				ContentDiff.of(latest.content(), cmd.content()), cmd.reason() == null ? "" : " (" + cmd.reason().strip() + ")"));
		return procedure(c, null);
	}

	/** Every problem with {@code content}, for a use case or for an import that reports them by cell. */
	List<InvalidInputException.FieldProblem> problems(Caller caller, ProcedureContent content) {
		InvalidInputException.Collector collector = new InvalidInputException.Collector();
		check(caller, content, collector);
		try {
			collector.throwIfAny();
			return List.of();
		}
		catch (InvalidInputException ex) {
			return ex.problems();
		}
	}

	private void check(Caller caller, ProcedureContent c, InvalidInputException.Collector problems) {
		problems.check(!c.name().isEmpty(), "name", "error.required");
		problems.check(c.name().length() <= 500, "name", "error.catalog.too-long", 500);
		problems.check(!c.field().isEmpty(), "field", "error.required");
		problems.check(c.field().length() <= 200, "field", "error.catalog.too-long", 200);
		problems.check(c.nationalCode() == null || NATIONAL_CODE.matcher(c.nationalCode()).matches(), "nationalCode",
				"error.catalog.national-code");
		List<String> levels = units.levels();
		problems.check(!c.levels().isEmpty(), "levels", "error.catalog.levels-required");
		for (int i = 0; i < c.levels().size(); i++) {
			CompetenceLevel l = c.levels().get(i);
			problems.check(levels.contains(l.level()), "levels[" + i + "].level", "error.unit.level");
			problems.check(l.validFrom() == null || l.validTo() == null || !l.validTo().isBefore(l.validFrom()),
					"levels[" + i + "].validTo", "error.unit.valid-to-before-from");
		}
		problems.check(!c.unitCodes().isEmpty(), "unitCodes", "error.catalog.units-required");
		Map<String, AdministrativeUnit> all = units.all();
		Set<String> levelCodes = new HashSet<>(c.levels().stream().map(CompetenceLevel::level).toList());
		if (!levels.containsAll(levelCodes)) {
			levelCodes.clear(); // an unknown level is reported above; the units are not compared with it
		}
		for (String unitCode : c.unitCodes()) {
			AdministrativeUnit unit = all.get(unitCode);
			if (unit == null) {
				problems.add("unitCodes", "error.unit.not-found", unitCode);
			}
			else if (!caller.jurisdiction().covers(unitCode)) {
				problems.add("unitCodes", "error.catalog.unit-outside-jurisdiction", unitCode);
			}
			else if (!levelCodes.isEmpty() && !levelCodes.contains(unit.level())) {
				problems.add("unitCodes", "error.catalog.unit-level", unitCode,
						new DefaultMessageSourceResolvable(new String[] { "level." + unit.level() }, unit.level()));
			}
		}
		problems.check(c.implementingAgency() == null || c.implementingAgency().length() <= 300, "implementingAgency",
				"error.catalog.too-long", 300);
		problems.check(c.decidingAgency() == null || c.decidingAgency().length() <= 300, "decidingAgency",
				"error.catalog.too-long", 300);
		ProcessingTime time = c.processingTime();
		if (time != null) {
			if (time.unit() == null) {
				problems.add("processingTime.unit", "error.required");
			}
			if (time.amount().signum() <= 0) {
				problems.add("processingTime.amount", "error.catalog.time-positive");
			}
			else if (time.unit() != null && !ProcessRules.fitsGranularity(time.amount(), time.unit())) {
				problems.add("processingTime.amount", time.unit() == org.motcua.calendar.DurationUnit.WORKING_DAYS
						? "error.catalog.time-half-days" : "error.catalog.time-whole");
			}
		}
		for (int i = 0; i < c.fees().size(); i++) {
			Fee f = c.fees().get(i);
			problems.check(!f.name().isEmpty(), "fees[" + i + "].name", "error.required");
			problems.check(f.amount().signum() >= 0, "fees[" + i + "].amount", "error.catalog.amount-negative");
		}
		Set<String> componentCodes = new HashSet<>();
		for (int i = 0; i < c.components().size(); i++) {
			DossierComponent d = c.components().get(i);
			String at = "components[" + i + "].";
			if (d.code().isEmpty()) {
				problems.add(at + "code", "error.required");
			}
			else if (!componentCodes.add(d.code())) {
				problems.add(at + "code", "error.code.taken", d.code());
			}
			problems.check(d.code().length() <= 20, at + "code", "error.catalog.too-long", 20);
			problems.check(!d.name().isEmpty(), at + "name", "error.required");
			problems.check(d.originals() >= 0 && d.originals() <= 99, at + "originals", "error.catalog.count");
			problems.check(d.copies() >= 0 && d.copies() <= 99, at + "copies", "error.catalog.count");
		}
		for (int i = 0; i < c.legalBasis().size(); i++) {
			LegalReference r = c.legalBasis().get(i);
			String at = "legalBasis[" + i + "].";
			problems.check(!r.number().isEmpty(), at + "number", "error.required");
			problems.check(!r.title().isEmpty(), at + "title", "error.required");
			problems.check(r.issuedOn() == null || r.effectiveOn() == null || !r.effectiveOn().isBefore(r.issuedOn()),
					at + "effectiveOn", "error.catalog.effective-before-issued");
		}
		if (c.result() != null) {
			problems.check(!c.result().name().isEmpty(), "result.name", "error.required");
		}
		Announcement a = c.announcement();
		if (a != null) {
			problems.check(!a.number().isEmpty(), "announcement.number", "error.required");
			problems.check(a.date() != null, "announcement.date", "error.required");
		}
		if (c.publishedOn() != null) {
			if (a == null || a.date() == null) {
				problems.add("publishedOn", "error.catalog.published-without-announcement");
			}
			else {
				problems.check(!c.publishedOn().isBefore(a.date()), "publishedOn", "error.catalog.published-before-announced");
			}
		}
		problems.check(c.note() == null || c.note().length() <= 1000, "note", "error.catalog.too-long", 1000);
	}

	void requireJurisdiction(Caller caller, Collection<String> unitCodes) {
		for (String unit : unitCodes) {
			if (!caller.jurisdiction().covers(unit)) {
				throw new ForbiddenException("error.catalog.outside-jurisdiction", unit);
			}
		}
	}

	// ------------------------------------------------------------------ internal processes

	/** The internal processes of a procedure, one per receiving unit, as of {@code at}. */
	@Transactional(readOnly = true)
	public List<InternalProcess> processes(String code, @Nullable LocalDate at) {
		String c = Texts.upper(code);
		store.lock(c).orElseThrow(() -> new NotFoundException("error.catalog.not-found", c));
		LocalDate date = at != null ? at : today();
		Map<String, Integer> locks = store.processLocks(c);
		Map<String, List<ProcessVersion>> byUnit = new TreeMap<>();
		for (ProcessVersion v : store.processVersions(c)) {
			byUnit.computeIfAbsent(v.unitCode(), u -> new ArrayList<>()).add(v);
		}
		List<InternalProcess> result = new ArrayList<>();
		byUnit.forEach((unit, versions) -> {
			ProcessVersion current = versions.stream().filter(v -> !v.effectiveFrom().isAfter(date)).reduce((a, b) -> b)
				.orElse(versions.get(0));
			result.add(new InternalProcess(c, unit, locks.getOrDefault(unit, 0), current, List.copyOf(versions)));
		});
		return result;
	}

	@Transactional(readOnly = true)
	public Optional<InternalProcess> process(String code, String unitCode, @Nullable LocalDate at) {
		String unit = Texts.upper(unitCode);
		return processes(code, at).stream().filter(p -> p.unitCode().equals(unit)).findFirst();
	}

	/** The process version in force at an instant, for a dossier received then by that unit. */
	@Transactional(readOnly = true)
	public Optional<ProcessVersion> processVersion(String code, String unitCode, Instant at) {
		return store.processVersionAt(Texts.upper(code), Texts.upper(unitCode), LocalDate.ofInstant(at, VIETNAM));
	}

	@Transactional(readOnly = true)
	public Optional<ProcessVersion> processVersionById(long id) {
		return store.processVersionById(id);
	}

	/** The process versions in force of the given procedures (all when absent). */
	@Transactional(readOnly = true)
	public List<ProcessVersion> currentProcesses(@Nullable Collection<String> procedureCodes, @Nullable LocalDate at) {
		return store.currentProcesses(procedureCodes, at != null ? at : today());
	}

	/**
	 * Records a new version of the internal process of a procedure at a receiving unit, after checking that its steps
	 * are well formed and fit inside the processing time of the procedure version in force on the effective date.
	 */
	@Transactional
	public InternalProcess defineProcess(Caller caller, String code, ProcessChange cmd) {
		CatalogRoles.require(caller, CatalogRoles.EDITORS);
		String c = Texts.upper(code);
		ProcedureStore.Lock lock = store.lock(c).orElseThrow(() -> new NotFoundException("error.catalog.not-found", c));
		String unit = Texts.upper(cmd.unitCode());
		LocalDate from = cmd.effectiveFrom() != null ? cmd.effectiveFrom() : today();
		ProcedureVersion procedure = store.versionAt(c, from).orElseGet(() -> store.versions(lock.id()).get(0));
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		if (!procedure.content().unitCodes().contains(unit)) {
			problems.add("unitCode", "error.catalog.process.unit-not-applying", unit, c);
		}
		else {
			requireJurisdiction(caller, List.of(unit));
		}
		List<ProcessStep> steps = Texts.list(cmd.steps());
		ProcessRules.check(steps, procedure.content().processingTime(), units::agencyExists, problems);
		Optional<ProcedureStore.ProcessLock> processLock = store.processLock(lock.id(), unit);
		Optional<ProcessVersion> latest = store.processVersions(c).stream().filter(v -> v.unitCode().equals(unit))
			.reduce((a, b) -> b);
		latest.ifPresent(l -> problems.check(!from.isBefore(l.effectiveFrom()), "effectiveFrom",
				"error.catalog.effective-before-latest", l.effectiveFrom()));
		problems.throwIfAny();
		int lockVersion = processLock.map(ProcedureStore.ProcessLock::version).orElse(0);
		if (processLock.isPresent() && cmd.version() != lockVersion) {
			throw new ConflictException(process(c, unit, null).orElse(null), "error.stale", lockVersion);
		}
		if (latest.isPresent() && latest.get().steps().equals(steps)
				&& latest.get().unit() == procedure.content().processingTime().unit()) {
			return process(c, unit, null).orElseThrow();
		}
		long processId;
		if (processLock.isPresent()) {
			if (!store.advanceProcess(processLock.get().id(), cmd.version())) {
				throw new ConflictException(process(c, unit, null).orElse(null), "error.stale", lockVersion);
			}
			processId = processLock.get().id();
		}
		else {
			processId = store.insertProcess(lock.id(), unit);
		}
		int number = latest.map(ProcessVersion::number).orElse(0) + 1;
		ProcessingTime legal = Objects.requireNonNull(procedure.content().processingTime());
		store.insertProcessVersion(processId, number, from, steps, ProcessRules.total(steps), legal.unit(), caller.username());
		audit.record("PROCESS_VERSIONED", "InternalProcess", c + "@" + unit, "Internal process of %s at %s, version %d in force from %s: %d steps, %s of %s %s"
			.formatted(c, unit, number, from, steps.size(), ProcessRules.total(steps).toPlainString(),
					legal.amount().toPlainString(), legal.unit()));
		return process(c, unit, null).orElseThrow();
	}

	// ------------------------------------------------------------------ helpers

	private @Nullable Set<String> scope(@Nullable String unitCode) {
		if (Texts.blank(unitCode)) {
			return null;
		}
		Set<String> scope = units.subtree(unitCode);
		if (scope.isEmpty()) {
			throw new NotFoundException("error.unit.not-found", unitCode);
		}
		return scope;
	}

	private static Optional<ProcedureVersion> inForce(List<ProcedureVersion> versions, LocalDate date) {
		return versions.stream().filter(v -> !v.effectiveFrom().isAfter(date)).reduce((a, b) -> b);
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(VIETNAM));
	}
}
