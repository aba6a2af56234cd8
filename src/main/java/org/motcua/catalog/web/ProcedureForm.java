package org.motcua.catalog.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.motcua.calendar.DurationUnit;
import org.motcua.catalog.Announcement;
import org.motcua.catalog.Channel;
import org.motcua.catalog.CompetenceLevel;
import org.motcua.catalog.DossierComponent;
import org.motcua.catalog.Fee;
import org.motcua.catalog.FeeKind;
import org.motcua.catalog.LegalReference;
import org.motcua.catalog.ProcedureContent;
import org.motcua.catalog.ProcedureResult;
import org.motcua.catalog.ProcedureStatus;
import org.motcua.catalog.ProcessingTime;
import org.motcua.catalog.Subject;
import org.motcua.shared.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The procedure edit form: every field of a version, with rows for levels, fees, components and legal basis
 * that the editor adds and removes (the page posts an action and comes back with the rows changed).
 */
public class ProcedureForm {

	private String code = "";
	private @Nullable String nationalCode;
	private String name = "";
	private String field = "";
	private List<LevelRow> levels = new ArrayList<>();
	private List<String> unitCodes = new ArrayList<>();
	private @Nullable String implementingAgency;
	private @Nullable String decidingAgency;
	private List<Subject> subjects = new ArrayList<>();
	private List<Channel> channels = new ArrayList<>();
	private @Nullable BigDecimal processingAmount;
	private DurationUnit processingUnit = DurationUnit.WORKING_DAYS;
	private @Nullable String processingTimeNote;
	private List<FeeRow> fees = new ArrayList<>();
	private List<ComponentRow> components = new ArrayList<>();
	private @Nullable String resultName;
	private boolean resultPaper = true;
	private boolean resultElectronic;
	private @Nullable String conditions;
	private @Nullable String implementationSteps;
	private List<LegalRow> legalBasis = new ArrayList<>();
	private boolean boundaryFree;
	private @Nullable String interAgencyGroup;
	private @Nullable String announcementNumber;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate announcementDate;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate publishedOn;
	private ProcedureStatus status = ProcedureStatus.ACTIVE;
	private boolean illustrative;
	private @Nullable String note;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate effectiveFrom;
	private @Nullable String reason;
	private int version;

	/** A new form with one empty row of each list, ready to fill in. */
	static ProcedureForm blank() {
		ProcedureForm f = new ProcedureForm();
		f.levels.add(new LevelRow());
		f.components.add(new ComponentRow());
		f.legalBasis.add(new LegalRow());
		f.subjects.add(Subject.CITIZEN);
		f.channels.add(Channel.IN_PERSON);
		return f;
	}

	static ProcedureForm of(String code, ProcedureContent c, int version) {
		ProcedureForm f = new ProcedureForm();
		f.code = code;
		f.nationalCode = c.nationalCode();
		f.name = c.name();
		f.field = c.field();
		for (CompetenceLevel l : c.levels()) {
			f.levels.add(new LevelRow(l.level(), l.validFrom(), l.validTo()));
		}
		f.unitCodes = new ArrayList<>(c.unitCodes());
		f.implementingAgency = c.implementingAgency();
		f.decidingAgency = c.decidingAgency();
		f.subjects = new ArrayList<>(c.subjects());
		f.channels = new ArrayList<>(c.channels());
		if (c.processingTime() != null) {
			f.processingAmount = c.processingTime().amount();
			f.processingUnit = c.processingTime().unit();
		}
		f.processingTimeNote = c.processingTimeNote();
		for (Fee fee : c.fees()) {
			f.fees.add(new FeeRow(fee.kind(), fee.name(), fee.amount(), fee.note()));
		}
		for (DossierComponent d : c.components()) {
			ComponentRow r = new ComponentRow();
			r.code = d.code();
			r.name = d.name();
			r.formTemplate = d.formTemplate();
			r.originals = d.originals();
			r.copies = d.copies();
			r.required = d.required();
			r.mustDigitize = d.mustDigitize();
			r.reusable = d.reusable();
			f.components.add(r);
		}
		if (c.result() != null) {
			f.resultName = c.result().name();
			f.resultPaper = c.result().paper();
			f.resultElectronic = c.result().electronic();
		}
		f.conditions = c.conditions();
		f.implementationSteps = c.implementationSteps();
		for (LegalReference r : c.legalBasis()) {
			f.legalBasis.add(new LegalRow(r.number(), r.title(), r.issuedOn(), r.effectiveOn()));
		}
		f.boundaryFree = c.boundaryFree();
		f.interAgencyGroup = c.interAgencyGroup();
		if (c.announcement() != null) {
			f.announcementNumber = c.announcement().number();
			f.announcementDate = c.announcement().date();
		}
		f.publishedOn = c.publishedOn();
		f.status = c.status();
		f.illustrative = c.illustrative();
		f.note = c.note();
		f.version = version;
		return f;
	}

	/** Drops rows left entirely empty, so the rows the form shows are the rows the content holds. */
	void compact() {
		levels.removeIf(l -> blank(l.level) && l.validFrom == null && l.validTo == null);
		fees.removeIf(r -> blank(r.name) && r.amount == null && blank(r.note));
		components.removeIf(r -> blank(r.code) && blank(r.name) && blank(r.formTemplate));
		legalBasis.removeIf(r -> blank(r.number) && blank(r.title) && r.issuedOn == null && r.effectiveOn == null);
	}

	ProcedureContent toContent() {
		compact();
		List<CompetenceLevel> lv = levels.stream()
			.map(l -> new CompetenceLevel(l.level == null ? "" : l.level, l.validFrom, l.validTo)).toList();
		List<Fee> fs = fees.stream()
			.map(r -> new Fee(r.kind, r.name == null ? "" : r.name, r.amount == null ? BigDecimal.ZERO : r.amount, r.note)).toList();
		List<DossierComponent> cs = components.stream()
			.map(r -> new DossierComponent(r.code == null ? "" : r.code, r.name == null ? "" : r.name, r.formTemplate,
					r.originals == null ? 0 : r.originals, r.copies == null ? 0 : r.copies, r.required, r.mustDigitize, r.reusable))
			.toList();
		List<LegalReference> ls = legalBasis.stream()
			.map(r -> new LegalReference(r.number == null ? "" : r.number, r.title == null ? "" : r.title, r.issuedOn, r.effectiveOn))
			.toList();
		ProcessingTime time = processingAmount == null ? null : new ProcessingTime(processingAmount, processingUnit);
		ProcedureResult result = blank(resultName) ? null : new ProcedureResult(resultName, resultPaper, resultElectronic);
		Announcement announcement = blank(announcementNumber) && announcementDate == null ? null
				: new Announcement(announcementNumber == null ? "" : announcementNumber, announcementDate);
		return new ProcedureContent(nationalCode, name, field, lv, unitCodes, implementingAgency, decidingAgency, subjects, channels,
				time, processingTimeNote, fs, cs, result, conditions, implementationSteps, ls, boundaryFree, interAgencyGroup,
				announcement, publishedOn, status, illustrative, note);
	}

	/** The content's field names as this form names them, so every message shows next to its input. */
	static InvalidInputException formFields(InvalidInputException ex) {
		Map<String, String> renamed = Map.of("processingTime.amount", "processingAmount", "processingTime.unit", "processingUnit",
				"result.name", "resultName", "announcement.number", "announcementNumber", "announcement.date", "announcementDate");
		return new InvalidInputException(ex.problems().stream()
			.map(p -> new InvalidInputException.FieldProblem(renamed.getOrDefault(p.field(), p.field()), p.messageKey(), p.args()))
			.toList());
	}

	/** Adds or removes a row: {@code add-levels}, {@code remove-fees-2} ... Unknown actions change nothing. */
	void apply(String action) {
		String[] parts = action.split("-");
		if (parts.length < 2) {
			return;
		}
		List<?> list = switch (parts[1]) {
			case "levels" -> levels;
			case "fees" -> fees;
			case "components" -> components;
			case "legalBasis" -> legalBasis;
			default -> null;
		};
		if (list == null) {
			return;
		}
		if (parts[0].equals("add")) {
			switch (parts[1]) {
				case "levels" -> levels.add(new LevelRow());
				case "fees" -> fees.add(new FeeRow());
				case "components" -> components.add(new ComponentRow());
				default -> legalBasis.add(new LegalRow());
			}
		}
		else if (parts[0].equals("remove") && parts.length == 3) {
			try {
				int i = Integer.parseInt(parts[2]);
				if (i >= 0 && i < list.size()) {
					list.remove(i);
				}
			}
			catch (NumberFormatException ignored) {
				// not a row index: nothing to remove
			}
		}
	}

	private static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}

	public static class LevelRow {
		private @Nullable String level;
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate validFrom;
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate validTo;

		public LevelRow() {
		}

		LevelRow(String level, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
			this.level = level;
			this.validFrom = validFrom;
			this.validTo = validTo;
		}

		public @Nullable String getLevel() { return level; }
		public void setLevel(@Nullable String level) { this.level = level; }
		public @Nullable LocalDate getValidFrom() { return validFrom; }
		public void setValidFrom(@Nullable LocalDate validFrom) { this.validFrom = validFrom; }
		public @Nullable LocalDate getValidTo() { return validTo; }
		public void setValidTo(@Nullable LocalDate validTo) { this.validTo = validTo; }
	}

	public static class FeeRow {
		private FeeKind kind = FeeKind.CHARGE;
		private @Nullable String name;
		private @Nullable BigDecimal amount;
		private @Nullable String note;

		public FeeRow() {
		}

		FeeRow(FeeKind kind, String name, BigDecimal amount, @Nullable String note) {
			this.kind = kind;
			this.name = name;
			this.amount = amount;
			this.note = note;
		}

		public FeeKind getKind() { return kind; }
		public void setKind(@Nullable FeeKind kind) { this.kind = kind == null ? FeeKind.CHARGE : kind; }
		public @Nullable String getName() { return name; }
		public void setName(@Nullable String name) { this.name = name; }
		public @Nullable BigDecimal getAmount() { return amount; }
		public void setAmount(@Nullable BigDecimal amount) { this.amount = amount; }
		public @Nullable String getNote() { return note; }
		public void setNote(@Nullable String note) { this.note = note; }
	}

	public static class ComponentRow {
		private @Nullable String code;
		private @Nullable String name;
		private @Nullable String formTemplate;
		private @Nullable Integer originals = 1;
		private @Nullable Integer copies = 0;
		private boolean required = true;
		private boolean mustDigitize;
		private boolean reusable;

		public @Nullable String getCode() { return code; }
		public void setCode(@Nullable String code) { this.code = code; }
		public @Nullable String getName() { return name; }
		public void setName(@Nullable String name) { this.name = name; }
		public @Nullable String getFormTemplate() { return formTemplate; }
		public void setFormTemplate(@Nullable String formTemplate) { this.formTemplate = formTemplate; }
		public @Nullable Integer getOriginals() { return originals; }
		public void setOriginals(@Nullable Integer originals) { this.originals = originals; }
		public @Nullable Integer getCopies() { return copies; }
		public void setCopies(@Nullable Integer copies) { this.copies = copies; }
		public boolean isRequired() { return required; }
		public void setRequired(boolean required) { this.required = required; }
		public boolean isMustDigitize() { return mustDigitize; }
		public void setMustDigitize(boolean mustDigitize) { this.mustDigitize = mustDigitize; }
		public boolean isReusable() { return reusable; }
		public void setReusable(boolean reusable) { this.reusable = reusable; }
	}

	public static class LegalRow {
		private @Nullable String number;
		private @Nullable String title;
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate issuedOn;
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate effectiveOn;

		public LegalRow() {
		}

		LegalRow(String number, String title, @Nullable LocalDate issuedOn, @Nullable LocalDate effectiveOn) {
			this.number = number;
			this.title = title;
			this.issuedOn = issuedOn;
			this.effectiveOn = effectiveOn;
		}

		public @Nullable String getNumber() { return number; }
		public void setNumber(@Nullable String number) { this.number = number; }
		public @Nullable String getTitle() { return title; }
		public void setTitle(@Nullable String title) { this.title = title; }
		public @Nullable LocalDate getIssuedOn() { return issuedOn; }
		public void setIssuedOn(@Nullable LocalDate issuedOn) { this.issuedOn = issuedOn; }
		public @Nullable LocalDate getEffectiveOn() { return effectiveOn; }
		public void setEffectiveOn(@Nullable LocalDate effectiveOn) { this.effectiveOn = effectiveOn; }
	}

	public String getCode() { return code; }
	public void setCode(@Nullable String code) { this.code = code == null ? "" : code; }
	public @Nullable String getNationalCode() { return nationalCode; }
	public void setNationalCode(@Nullable String nationalCode) { this.nationalCode = nationalCode; }
	public String getName() { return name; }
	public void setName(@Nullable String name) { this.name = name == null ? "" : name; }
	public String getField() { return field; }
	public void setField(@Nullable String field) { this.field = field == null ? "" : field; }
	public List<LevelRow> getLevels() { return levels; }
	public void setLevels(@Nullable List<LevelRow> levels) { this.levels = levels == null ? new ArrayList<>() : levels; }
	public List<String> getUnitCodes() { return unitCodes; }
	public void setUnitCodes(@Nullable List<String> unitCodes) { this.unitCodes = unitCodes == null ? new ArrayList<>() : unitCodes; }
	public @Nullable String getImplementingAgency() { return implementingAgency; }
	public void setImplementingAgency(@Nullable String implementingAgency) { this.implementingAgency = implementingAgency; }
	public @Nullable String getDecidingAgency() { return decidingAgency; }
	public void setDecidingAgency(@Nullable String decidingAgency) { this.decidingAgency = decidingAgency; }
	public List<Subject> getSubjects() { return subjects; }
	public void setSubjects(@Nullable List<Subject> subjects) { this.subjects = subjects == null ? new ArrayList<>() : subjects; }
	public List<Channel> getChannels() { return channels; }
	public void setChannels(@Nullable List<Channel> channels) { this.channels = channels == null ? new ArrayList<>() : channels; }
	public @Nullable BigDecimal getProcessingAmount() { return processingAmount; }
	public void setProcessingAmount(@Nullable BigDecimal processingAmount) { this.processingAmount = processingAmount; }
	public DurationUnit getProcessingUnit() { return processingUnit; }
	public void setProcessingUnit(@Nullable DurationUnit processingUnit) { this.processingUnit = processingUnit == null ? DurationUnit.WORKING_DAYS : processingUnit; }
	public @Nullable String getProcessingTimeNote() { return processingTimeNote; }
	public void setProcessingTimeNote(@Nullable String processingTimeNote) { this.processingTimeNote = processingTimeNote; }
	public List<FeeRow> getFees() { return fees; }
	public void setFees(@Nullable List<FeeRow> fees) { this.fees = fees == null ? new ArrayList<>() : fees; }
	public List<ComponentRow> getComponents() { return components; }
	public void setComponents(@Nullable List<ComponentRow> components) { this.components = components == null ? new ArrayList<>() : components; }
	public @Nullable String getResultName() { return resultName; }
	public void setResultName(@Nullable String resultName) { this.resultName = resultName; }
	public boolean isResultPaper() { return resultPaper; }
	public void setResultPaper(boolean resultPaper) { this.resultPaper = resultPaper; }
	public boolean isResultElectronic() { return resultElectronic; }
	public void setResultElectronic(boolean resultElectronic) { this.resultElectronic = resultElectronic; }
	public @Nullable String getConditions() { return conditions; }
	public void setConditions(@Nullable String conditions) { this.conditions = conditions; }
	public @Nullable String getImplementationSteps() { return implementationSteps; }
	public void setImplementationSteps(@Nullable String implementationSteps) { this.implementationSteps = implementationSteps; }
	public List<LegalRow> getLegalBasis() { return legalBasis; }
	public void setLegalBasis(@Nullable List<LegalRow> legalBasis) { this.legalBasis = legalBasis == null ? new ArrayList<>() : legalBasis; }
	public boolean isBoundaryFree() { return boundaryFree; }
	public void setBoundaryFree(boolean boundaryFree) { this.boundaryFree = boundaryFree; }
	public @Nullable String getInterAgencyGroup() { return interAgencyGroup; }
	public void setInterAgencyGroup(@Nullable String interAgencyGroup) { this.interAgencyGroup = interAgencyGroup; }
	public @Nullable String getAnnouncementNumber() { return announcementNumber; }
	public void setAnnouncementNumber(@Nullable String announcementNumber) { this.announcementNumber = announcementNumber; }
	public @Nullable LocalDate getAnnouncementDate() { return announcementDate; }
	public void setAnnouncementDate(@Nullable LocalDate announcementDate) { this.announcementDate = announcementDate; }
	public @Nullable LocalDate getPublishedOn() { return publishedOn; }
	public void setPublishedOn(@Nullable LocalDate publishedOn) { this.publishedOn = publishedOn; }
	public ProcedureStatus getStatus() { return status; }
	public void setStatus(@Nullable ProcedureStatus status) { this.status = status == null ? ProcedureStatus.ACTIVE : status; }
	public boolean isIllustrative() { return illustrative; }
	public void setIllustrative(boolean illustrative) { this.illustrative = illustrative; }
	public @Nullable String getNote() { return note; }
	public void setNote(@Nullable String note) { this.note = note; }
	public @Nullable LocalDate getEffectiveFrom() { return effectiveFrom; }
	public void setEffectiveFrom(@Nullable LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
	public @Nullable String getReason() { return reason; }
	public void setReason(@Nullable String reason) { this.reason = reason; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }
}
