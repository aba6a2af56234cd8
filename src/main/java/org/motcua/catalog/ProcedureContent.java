package org.motcua.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Everything a version of a procedure says: the parts Decree 63/2010/NĐ-CP Art. 8(2) requires (name,
 * implementation steps, channels, dossier components, time limit, subjects, implementing agency, result and,
 * where they apply, forms, conditions, fees) and what the national database and local announcement decisions
 * add (field, competence levels, legal basis, deciding agency, boundary-free flag, inter-agency group,
 * announcement and publication). Incomplete content can be saved; publication tracking flags what is missing.
 * Lists are kept in a canonical order so two versions with the same content are equal.
 *
 * @param unitCodes the administrative units that apply the procedure and whose desks receive its dossiers
 * @param illustrative demo or example data that was not checked against an official source
 */
public record ProcedureContent(@Nullable String nationalCode, String name, String field, List<CompetenceLevel> levels,
		List<String> unitCodes, @Nullable String implementingAgency, @Nullable String decidingAgency,
		List<Subject> subjects, List<Channel> channels, @Nullable ProcessingTime processingTime,
		@Nullable String processingTimeNote, List<Fee> fees, List<DossierComponent> components,
		@Nullable ProcedureResult result, @Nullable String conditions, @Nullable String implementationSteps,
		List<LegalReference> legalBasis, boolean boundaryFree, @Nullable String interAgencyGroup,
		@Nullable Announcement announcement, @Nullable LocalDate publishedOn, ProcedureStatus status,
		boolean illustrative, @Nullable String note) {

	public ProcedureContent {
		nationalCode = Texts.trimToNull(nationalCode);
		name = Texts.trim(name);
		field = Texts.trim(field);
		levels = Texts.list(levels);
		unitCodes = Texts.list(unitCodes).stream().map(Texts::upper).filter(s -> !s.isEmpty()).distinct().sorted().toList();
		implementingAgency = Texts.trimToNull(implementingAgency);
		decidingAgency = Texts.trimToNull(decidingAgency);
		subjects = Texts.enums(subjects);
		channels = Texts.enums(channels);
		processingTimeNote = Texts.trimToNull(processingTimeNote);
		fees = Texts.list(fees);
		components = Texts.list(components);
		conditions = Texts.trimToNull(conditions);
		implementationSteps = Texts.trimToNull(implementationSteps);
		legalBasis = Texts.list(legalBasis);
		interAgencyGroup = Texts.trimToNull(interAgencyGroup);
		status = status == null ? ProcedureStatus.ACTIVE : status;
		note = Texts.trimToNull(note);
	}

	/** The level codes valid on {@code date}. */
	public List<String> levelsOn(LocalDate date) {
		return levels.stream().filter(l -> l.isValidOn(date)).map(CompetenceLevel::level).distinct().toList();
	}

	/** No fee or charge is due (miễn phí, lệ phí bằng 0). */
	public boolean feeFree() {
		return fees.stream().allMatch(f -> f.amount().signum() == 0);
	}

	public BigDecimal totalFees() {
		return fees.stream().map(Fee::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public boolean online() {
		return channels.stream().anyMatch(Channel::online);
	}

	/** A copy with another status, for suspending, reinstating or abolishing. */
	public ProcedureContent withStatus(ProcedureStatus newStatus) {
		return new ProcedureContent(nationalCode, name, field, levels, unitCodes, implementingAgency, decidingAgency,
				subjects, channels, processingTime, processingTimeNote, fees, components, result, conditions,
				implementationSteps, legalBasis, boundaryFree, interAgencyGroup, announcement, publishedOn,
				Objects.requireNonNull(newStatus), illustrative, note);
	}
}
