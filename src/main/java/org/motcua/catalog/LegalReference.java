package org.motcua.catalog;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A legal document the procedure rests on (căn cứ pháp lý): its number and title, when it was issued and when it
 * takes effect (the announcement deadline counts back from the latter, Decree 63/2010 Art. 15).
 */
public record LegalReference(String number, String title, @Nullable LocalDate issuedOn, @Nullable LocalDate effectiveOn) {

	public LegalReference {
		number = Texts.trim(number);
		title = Texts.trim(title);
	}
}
