package org.motcua.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;
import org.motcua.catalog.CatalogCommands.NewProcedure;
import org.motcua.catalog.CatalogCommands.ProcedureChange;
import org.motcua.catalog.CatalogCommands.ProcessChange;
import org.motcua.catalog.WorkbookReader.Parsed;
import org.motcua.catalog.WorkbookReader.ProcedureRow;
import org.motcua.catalog.WorkbookReader.Source;
import org.motcua.catalog.WorkbookReader.StepRow;
import org.motcua.organization.Caller;
import org.motcua.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Excel exchange of the catalogue in the {@link WorkbookLayout}. Export writes the versions in force with their
 * internal processes. Import is idempotent (a procedure is matched by its code: new codes are created, changed
 * content becomes a new version, identical content changes nothing), checks every row against the same rules as the
 * forms and reports each problem with its sheet, row and column. A workbook with problems imports nothing, unless
 * bad rows may be skipped: then each procedure or process with a problem is left out and the rest is imported.
 */
@Service
public class CatalogExchange {

	private final Catalog catalog;
	private final ProcedureStore store;
	private final UnitDirectory units;

	CatalogExchange(Catalog catalog, ProcedureStore store, UnitDirectory units) {
		this.catalog = catalog;
		this.store = store;
		this.units = units;
	}

	/** The versions in force of the procedures a unit (and the units below it) applies, or all. */
	@Transactional(readOnly = true)
	public byte[] export(@Nullable String unitCode) {
		List<ProcedureVersion> versions = catalog.currentVersions(unitCode, null);
		List<ProcessVersion> processes = catalog.currentProcesses(versions.stream().map(ProcedureVersion::code).toList(), null);
		return WorkbookWriter.write(versions, processes);
	}

	/**
	 * Imports a workbook for {@code caller}, who must be a catalogue editor.
	 * @param progress told (done, total) as procedures and processes are checked and saved
	 */
	@Transactional
	public ImportReport importWorkbook(Caller caller, InputStream in, boolean skipInvalid, @Nullable BiConsumer<Integer, Integer> progress) {
		CatalogRoles.require(caller, CatalogRoles.EDITORS);
		Parsed parsed;
		try {
			parsed = WorkbookReader.read(in);
		}
		catch (IOException | RuntimeException ex) {
			throw InvalidInputException.of("file", "error.catalog.import.not-xlsx");
		}
		List<ImportProblem> problems = new ArrayList<>(parsed.problems());
		Set<String> badProcedures = new HashSet<>();
		Set<String> badProcesses = new HashSet<>();
		for (ImportProblem p : parsed.problems()) {
			rowOwner(parsed, p).ifPresent(owner -> (owner.startsWith("P:") ? badProcedures : badProcesses).add(owner.substring(2)));
		}

		// ---- procedures: assemble each one's content from its rows on every sheet
		Map<String, ProcedureRow> rows = new LinkedHashMap<>();
		for (ProcedureRow r : parsed.procedures()) {
			if (r.code().isEmpty()) {
				problems.add(r.source().problem("code", "error.required"));
				continue;
			}
			if (rows.putIfAbsent(r.code(), r) != null) {
				problems.add(r.source().problem("code", "error.catalog.import.duplicate", r.code()));
				badProcedures.add(r.code());
			}
		}
		Map<String, Assembly> assemblies = new LinkedHashMap<>();
		rows.forEach((code, r) -> assemblies.put(code, new Assembly(r)));
		for (WorkbookReader.ComponentRow c : parsed.components()) {
			attach(assemblies, c.procedureCode(), c.source(), problems, badProcedures, a -> a.components.add(c));
		}
		for (WorkbookReader.FeeRow f : parsed.fees()) {
			attach(assemblies, f.procedureCode(), f.source(), problems, badProcedures, a -> a.fees.add(f));
		}
		for (WorkbookReader.LegalRow l : parsed.legal()) {
			attach(assemblies, l.procedureCode(), l.source(), problems, badProcedures, a -> a.legal.add(l));
		}
		Map<String, List<StepRow>> groups = new LinkedHashMap<>();
		for (StepRow s : parsed.steps()) {
			groups.computeIfAbsent(s.procedureCode() + "@" + s.unitCode(), k -> new ArrayList<>()).add(s);
		}
		int total = assemblies.size() + groups.size();
		int done = 0;
		LocalDate today = catalog.today();
		for (Assembly a : assemblies.values()) {
			ProcedureContent content = a.content();
			Source src = a.row.source();
			if (!Catalog.CODE.matcher(a.row.code()).matches()) {
				problems.add(src.problem("code", "error.catalog.code"));
				badProcedures.add(a.row.code());
			}
			Optional<ProcedureVersion> latest = store.latest(a.row.code());
			if (latest.isPresent() && latest.get().content().equals(content)) {
				// unchanged rows change nothing, so they are not checked again (whoever exported them)
				a.existing = latest.get();
				tell(progress, ++done, total);
				continue;
			}
			if (latest.isPresent()) {
				a.existing = latest.get();
				if (!latest.get().content().unitCodes().stream().allMatch(u -> caller.jurisdiction().covers(u))) {
					problems.add(src.problem("code", "error.catalog.outside-jurisdiction",
							latest.get().content().unitCodes().stream().filter(u -> !caller.jurisdiction().covers(u)).findFirst().orElse("")));
					badProcedures.add(a.row.code());
				}
				LocalDate from = a.row.effectiveFrom() != null ? a.row.effectiveFrom() : today;
				if (!content.equals(latest.get().content()) && from.isBefore(latest.get().effectiveFrom())) {
					problems.add(src.problem("effectiveFrom", "error.catalog.effective-before-latest", latest.get().effectiveFrom()));
					badProcedures.add(a.row.code());
				}
			}
			for (InvalidInputException.FieldProblem fp : catalog.problems(caller, content)) {
				problems.add(a.locate(fp));
				badProcedures.add(a.row.code());
			}
			tell(progress, ++done, total);
		}

		// ---- internal processes: grouped by procedure and unit, in the order given
		Map<String, ProcessPlan> plans = new LinkedHashMap<>();
		groups.forEach((key, list) -> {
			List<StepRow> ordered = new ArrayList<>(list);
			ordered.sort(Comparator.comparing(s -> s.order() == null ? Integer.MAX_VALUE : s.order()));
			plans.put(key, new ProcessPlan(ordered));
		});
		for (Map.Entry<String, ProcessPlan> e : plans.entrySet()) {
			ProcessPlan plan = e.getValue();
			StepRow first = plan.rows.get(0);
			Optional<ProcessVersion> current = store.processVersions(first.procedureCode()).stream()
				.filter(v -> v.unitCode().equals(first.unitCode())).reduce((x, y) -> y);
			if (current.isPresent() && current.get().steps().equals(plan.steps())) {
				plan.unchanged = true;
				tell(progress, ++done, total);
				continue;
			}
			Assembly owner = assemblies.get(first.procedureCode());
			ProcedureContent content = owner != null ? owner.content()
					: store.latest(first.procedureCode()).map(ProcedureVersion::content).orElse(null);
			if (content == null) {
				problems.add(first.source().problem("procedureCode", "error.catalog.not-found", first.procedureCode()));
				badProcesses.add(e.getKey());
				continue;
			}
			if (owner != null && badProcedures.contains(first.procedureCode())) {
				badProcesses.add(e.getKey());
			}
			InvalidInputException.Collector collector = new InvalidInputException.Collector();
			if (!content.unitCodes().contains(first.unitCode())) {
				collector.add("unitCode", "error.catalog.process.unit-not-applying", first.unitCode(), first.procedureCode());
			}
			else if (!caller.jurisdiction().covers(first.unitCode())) {
				collector.add("unitCode", "error.catalog.unit-outside-jurisdiction", first.unitCode());
			}
			ProcessRules.check(plan.steps(), content.processingTime(), units::agencyExists, collector);
			try {
				collector.throwIfAny();
			}
			catch (InvalidInputException ex) {
				for (InvalidInputException.FieldProblem fp : ex.problems()) {
					problems.add(plan.locate(fp));
				}
				badProcesses.add(e.getKey());
			}
			tell(progress, ++done, total);
		}

		// one message per cell: the first (a cell that cannot be read is not also reported by the rules that need it)
		Map<String, ImportProblem> byCell = new LinkedHashMap<>();
		for (ImportProblem p : problems) {
			byCell.putIfAbsent(p.sheet() + "!" + p.column() + p.row(), p);
		}
		problems = new ArrayList<>(byCell.values());
		problems.sort(Comparator.comparing((ImportProblem p) -> WorkbookLayout.SHEETS.stream().map(WorkbookLayout.Sheet::name).toList().indexOf(p.sheet()))
			.thenComparingInt(ImportProblem::row).thenComparing(ImportProblem::column));
		if (!problems.isEmpty() && !skipInvalid) {
			return new ImportReport(false, parsed.rows(), assemblies.size(), 0, 0, 0, 0, 0, 0, 0, problems);
		}

		// ---- apply what is sound
		int created = 0, updated = 0, unchanged = 0, pCreated = 0, pUpdated = 0, pUnchanged = 0, skipped = 0;
		for (Assembly a : assemblies.values()) {
			if (badProcedures.contains(a.row.code())) {
				skipped++;
				continue;
			}
			ProcedureContent content = a.content();
			if (a.existing == null) {
				catalog.create(caller, new NewProcedure(a.row.code(), content, a.row.effectiveFrom()));
				created++;
			}
			else if (a.existing.content().equals(content)) {
				unchanged++;
			}
			else {
				int lock = store.lock(a.row.code()).orElseThrow().version();
				catalog.update(caller, a.row.code(), new ProcedureChange(content, a.row.effectiveFrom(),
						a.row.reason() != null ? a.row.reason() : "Nhập từ tệp Excel", lock));
				updated++;
			}
		}
		for (Map.Entry<String, ProcessPlan> e : plans.entrySet()) {
			if (badProcesses.contains(e.getKey())) {
				skipped++;
				continue;
			}
			ProcessPlan plan = e.getValue();
			StepRow first = plan.rows.get(0);
			if (plan.unchanged) {
				pUnchanged++;
				continue;
			}
			Optional<InternalProcess> before = catalog.process(first.procedureCode(), first.unitCode(), null);
			List<ProcessStep> steps = plan.steps();
			catalog.defineProcess(caller, first.procedureCode(), new ProcessChange(first.unitCode(), steps, first.effectiveFrom(),
					before.map(InternalProcess::version).orElse(0)));
			if (before.isPresent()) {
				pUpdated++;
			}
			else {
				pCreated++;
			}
		}
		return new ImportReport(true, parsed.rows(), assemblies.size(), created, updated, unchanged, pCreated, pUpdated, pUnchanged, skipped,
				problems);
	}

	private static void tell(@Nullable BiConsumer<Integer, Integer> progress, int done, int total) {
		if (progress != null) {
			progress.accept(done, total);
		}
	}

	/** Which procedure ("P:code") or process ("S:code@unit") an unreadable cell belongs to. */
	private static Optional<String> rowOwner(Parsed parsed, ImportProblem p) {
		for (ProcedureRow r : parsed.procedures()) {
			if (r.source().sheet().name().equals(p.sheet()) && r.source().row() == p.row()) {
				return Optional.of("P:" + r.code());
			}
		}
		for (WorkbookReader.ComponentRow r : parsed.components()) {
			if (r.source().sheet().name().equals(p.sheet()) && r.source().row() == p.row()) {
				return Optional.of("P:" + r.procedureCode());
			}
		}
		for (WorkbookReader.FeeRow r : parsed.fees()) {
			if (r.source().sheet().name().equals(p.sheet()) && r.source().row() == p.row()) {
				return Optional.of("P:" + r.procedureCode());
			}
		}
		for (WorkbookReader.LegalRow r : parsed.legal()) {
			if (r.source().sheet().name().equals(p.sheet()) && r.source().row() == p.row()) {
				return Optional.of("P:" + r.procedureCode());
			}
		}
		for (StepRow r : parsed.steps()) {
			if (r.source().sheet().name().equals(p.sheet()) && r.source().row() == p.row()) {
				return Optional.of("S:" + r.procedureCode() + "@" + r.unitCode());
			}
		}
		return Optional.empty();
	}

	private static void attach(Map<String, Assembly> assemblies, String code, Source source, List<ImportProblem> problems,
			Set<String> bad, java.util.function.Consumer<Assembly> add) {
		Assembly a = assemblies.get(code);
		if (a == null) {
			problems.add(source.problem("procedureCode", "error.catalog.import.unknown-procedure", code));
			bad.add(code);
			return;
		}
		add.accept(a);
	}

	/** A procedure's rows from every sheet, and where each content field came from. */
	private static final class Assembly {

		final ProcedureRow row;
		final List<WorkbookReader.ComponentRow> components = new ArrayList<>();
		final List<WorkbookReader.FeeRow> fees = new ArrayList<>();
		final List<WorkbookReader.LegalRow> legal = new ArrayList<>();
		@Nullable ProcedureVersion existing;

		Assembly(ProcedureRow row) {
			this.row = row;
		}

		ProcedureContent content() {
			ProcedureContent c = row.content();
			return new ProcedureContent(c.nationalCode(), c.name(), c.field(), c.levels(), c.unitCodes(), c.implementingAgency(),
					c.decidingAgency(), c.subjects(), c.channels(), c.processingTime(), c.processingTimeNote(),
					fees.stream().map(WorkbookReader.FeeRow::fee).toList(),
					components.stream().map(WorkbookReader.ComponentRow::component).toList(), c.result(), c.conditions(),
					c.implementationSteps(), legal.stream().map(WorkbookReader.LegalRow::reference).toList(), c.boundaryFree(),
					c.interAgencyGroup(), c.announcement(), c.publishedOn(), c.status(), c.illustrative(), c.note());
		}

		/** The cell a content problem points at: "components[2].name" is the name on the third component row. */
		ImportProblem locate(InvalidInputException.FieldProblem fp) {
			String field = fp.field();
			Indexed ix = Indexed.of(field);
			if (ix != null) {
				switch (ix.list) {
					case "components":
						if (ix.index < components.size()) {
							return components.get(ix.index).source().problem(ix.column(WorkbookLayout.COMPONENTS, "name"), fp.messageKey(), fp.args());
						}
						break;
					case "fees":
						if (ix.index < fees.size()) {
							return fees.get(ix.index).source().problem(ix.column(WorkbookLayout.FEES, "name"), fp.messageKey(), fp.args());
						}
						break;
					case "legalBasis":
						if (ix.index < legal.size()) {
							return legal.get(ix.index).source().problem(ix.column(WorkbookLayout.LEGAL_BASIS, "number"), fp.messageKey(), fp.args());
						}
						break;
					case "levels":
						return row.source().problem("levels", fp.messageKey(), fp.args());
					default:
						break;
				}
			}
			String column = switch (field) {
				case "processingTime.amount" -> "processingAmount";
				case "processingTime.unit" -> "processingUnit";
				case "result.name" -> "resultName";
				case "announcement.number" -> "announcementNumber";
				case "announcement.date" -> "announcementDate";
				case "levels" -> "levels";
				default -> field;
			};
			boolean known = WorkbookLayout.PROCEDURES.columns().stream().anyMatch(c -> c.key().equals(column));
			return row.source().problem(known ? column : "code", fp.messageKey(), fp.args());
		}
	}

	/** The steps of one process as read, and where each came from. */
	private static final class ProcessPlan {

		final List<StepRow> rows;
		boolean unchanged;

		ProcessPlan(List<StepRow> rows) {
			this.rows = rows;
		}

		List<ProcessStep> steps() {
			return rows.stream().map(StepRow::step).toList();
		}

		ImportProblem locate(InvalidInputException.FieldProblem fp) {
			Indexed ix = Indexed.of(fp.field());
			if (ix != null && ix.list.equals("steps") && ix.index < rows.size()) {
				return rows.get(ix.index).source().problem(ix.column(WorkbookLayout.STEPS, "name"), fp.messageKey(), fp.args());
			}
			String column = fp.field().equals("unitCode") ? "unitCode" : fp.field().equals("effectiveFrom") ? "effectiveFrom" : "allotment";
			return rows.get(0).source().problem(column, fp.messageKey(), fp.args());
		}
	}

	/** A field path such as {@code components[2].name}. */
	private record Indexed(String list, int index, @Nullable String property) {

		static @Nullable Indexed of(String field) {
			int open = field.indexOf('[');
			int close = field.indexOf(']');
			if (open < 0 || close < open) {
				return null;
			}
			String property = close + 2 <= field.length() ? field.substring(close + 2) : null;
			return new Indexed(field.substring(0, open), Integer.parseInt(field.substring(open + 1, close)),
					property == null || property.isEmpty() ? null : property);
		}

		String column(WorkbookLayout.Sheet sheet, String fallback) {
			return property != null && sheet.columns().stream().anyMatch(c -> c.key().equals(property)) ? property : fallback;
		}
	}
}
