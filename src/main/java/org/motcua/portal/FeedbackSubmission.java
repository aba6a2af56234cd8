package org.motcua.portal;

import org.jspecify.annotations.Nullable;
import org.motcua.shared.InvalidInputException;

/**
 * Feedback or a recommendation from the public (phản ánh, kiến nghị, Decree 20/2008/NĐ-CP as amended): about a
 * procedure's rules, the handling of a dossier, or an official's conduct (harassment, asking for extra papers or
 * money, delays). A conduct report may be anonymous; contact details are optional.
 */
public record FeedbackSubmission(Topic topic, String unitCode, @Nullable String dossierCode, @Nullable String procedureCode,
		@Nullable String officialName, String content, boolean anonymous, @Nullable String contactName,
		@Nullable String contactPhone, @Nullable String contactEmail, @Nullable String language) {

	/** The languages the sender may choose (those of the pages); their notices are written in it. */
	public static final java.util.List<String> LANGUAGES = java.util.List.of("vi", "en", "th");

	/** Feedback sent without saying in which language the sender reads (the installation's language applies). */
	public FeedbackSubmission(Topic topic, String unitCode, @Nullable String dossierCode, @Nullable String procedureCode,
			@Nullable String officialName, String content, boolean anonymous, @Nullable String contactName,
			@Nullable String contactPhone, @Nullable String contactEmail) {
		this(topic, unitCode, dossierCode, procedureCode, officialName, content, anonymous, contactName, contactPhone,
				contactEmail, null);
	}

	/** The same feedback, sent from a page in {@code language} when it did not name one itself. */
	public FeedbackSubmission inLanguage(@Nullable String pageLanguage) {
		return language != null && !language.isBlank() ? this : new FeedbackSubmission(topic, unitCode, dossierCode,
				procedureCode, officialName, content, anonymous, contactName, contactPhone, contactEmail, pageLanguage);
	}

	/** The chosen language when it is one of the pages', else null. */
	@Nullable String knownLanguage() {
		if (language == null) {
			return null;
		}
		String l = language.trim().toLowerCase(java.util.Locale.ROOT);
		return LANGUAGES.contains(l) ? l : null;
	}

	/** What the feedback is about; it decides which facts are required. */
	public enum Topic {
		PROCEDURE_RULES, DOSSIER_HANDLING, OFFICIAL_CONDUCT
	}

	void validate() {
		InvalidInputException.Collector p = new InvalidInputException.Collector();
		p.check(topic != null, "topic", "error.required");
		p.check(unitCode != null && !unitCode.isBlank(), "unitCode", "error.required");
		p.check(content != null && !content.isBlank() && content.length() <= 5000, "content", "error.portal.feedback.content");
		p.check(topic != Topic.DOSSIER_HANDLING || (dossierCode != null && !dossierCode.isBlank()), "dossierCode", "error.required");
		p.check(topic != Topic.PROCEDURE_RULES || (procedureCode != null && !procedureCode.isBlank()), "procedureCode", "error.required");
		p.check(topic != Topic.OFFICIAL_CONDUCT || (officialName != null && !officialName.isBlank()), "officialName", "error.required");
		p.check(!anonymous || topic == Topic.OFFICIAL_CONDUCT, "anonymous", "error.portal.feedback.anonymous");
		p.check(contactEmail == null || contactEmail.isBlank() || contactEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "contactEmail", "error.email");
		p.throwIfAny();
	}
}
