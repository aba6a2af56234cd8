package org.motcua.catalog;

import java.time.LocalDate;

/** The province Chair's decision announcing the procedure (quyết định công bố, Decree 63/2010 Art. 13). */
public record Announcement(String number, LocalDate date) {

	public Announcement {
		number = Texts.trim(number);
	}
}
