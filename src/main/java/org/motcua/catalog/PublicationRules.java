package org.motcua.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.motcua.calendar.WorkingCalendar;

/**
 * The publication rules for procedures announced by a province, without Spring (Decree 63/2010/NĐ-CP as amended by
 * Decree 48/2013 and Decree 92/2017):
 * <ul>
 * <li>Art. 15: the Chair's announcement decision is issued at least 5 working days before the version takes effect
 * (the day the legal text that brings it takes effect), i.e. on or before the 5th working day before that day;</li>
 * <li>Art. 24: the procedure is put in the national database within 5 working days after the announcement;</li>
 * <li>Art. 8(2): a procedure states its steps, channels, dossier components, time limit, subjects, implementing agency
 * and result; the published list (Art. 13) also names its legal basis.</li>
 * </ul>
 * These are the inputs of indicators 1.1–1.3 of Decision 766/QĐ-TTg. Shortened deadlines (for texts adopted by the
 * shortened procedure) are not modelled.
 */
public final class PublicationRules {

	/** Working days before taking effect by which a province announces (Art. 15). */
	public static final int ANNOUNCE_BEFORE = 5;

	/** Working days after the announcement within which the national database is updated (Art. 24). */
	public static final int PUBLISH_WITHIN = 5;

	private PublicationRules() {
	}

	/** The issues of a version as of {@code today}; an abolished procedure has none. */
	public static List<PublicationIssue> check(ProcedureVersion v, WorkingCalendar calendar, LocalDate today) {
		ProcedureContent c = v.content();
		List<PublicationIssue> issues = new ArrayList<>();
		if (c.status() == ProcedureStatus.ABOLISHED) {
			return issues;
		}
		Announcement a = c.announcement();
		if (a == null || a.date() == null) {
			issues.add(PublicationIssue.missing(PublicationIssue.Kind.NOT_ANNOUNCED));
		}
		else {
			LocalDate announceBy = workingDaysBefore(calendar, v.effectiveFrom(), ANNOUNCE_BEFORE);
			if (a.date().isAfter(announceBy)) {
				issues.add(new PublicationIssue(PublicationIssue.Kind.ANNOUNCEMENT_LATE, announceBy, a.date()));
			}
			LocalDate publishBy = workingDaysAfter(calendar, a.date(), PUBLISH_WITHIN);
			if (c.publishedOn() == null) {
				if (today.isAfter(publishBy)) {
					issues.add(new PublicationIssue(PublicationIssue.Kind.NOT_PUBLISHED, publishBy, null));
				}
			}
			else if (c.publishedOn().isAfter(publishBy)) {
				issues.add(new PublicationIssue(PublicationIssue.Kind.PUBLICATION_LATE, publishBy, c.publishedOn()));
			}
		}
		if (c.implementationSteps() == null) {
			issues.add(PublicationIssue.missing(PublicationIssue.Kind.MISSING_STEPS));
		}
		if (c.channels().isEmpty()) {
			issues.add(PublicationIssue.missing(PublicationIssue.Kind.MISSING_CHANNELS));
		}
		if (c.components().isEmpty()) {
			issues.add(PublicationIssue.missing(PublicationIssue.Kind.MISSING_COMPONENTS));
		}
		if (c.processingTime() == null) {
			issues.add(PublicationIssue.missing(PublicationIssue.Kind.MISSING_PROCESSING_TIME));
		}
		if (c.subjects().isEmpty()) {
			issues.add(PublicationIssue.missing(PublicationIssue.Kind.MISSING_SUBJECTS));
		}
		if (c.implementingAgency() == null) {
			issues.add(PublicationIssue.missing(PublicationIssue.Kind.MISSING_AGENCY));
		}
		if (c.result() == null) {
			issues.add(PublicationIssue.missing(PublicationIssue.Kind.MISSING_RESULT));
		}
		if (c.legalBasis().isEmpty()) {
			issues.add(PublicationIssue.missing(PublicationIssue.Kind.MISSING_LEGAL_BASIS));
		}
		return issues;
	}

	/** The {@code n}th working day before {@code date} (not counting {@code date} itself). */
	static LocalDate workingDaysBefore(WorkingCalendar calendar, LocalDate date, int n) {
		LocalDate d = date;
		int found = 0;
		while (found < n) {
			d = d.minusDays(1);
			if (calendar.isWorkingDay(d)) {
				found++;
			}
		}
		return d;
	}

	/** The {@code n}th working day after {@code date} (not counting {@code date} itself). */
	static LocalDate workingDaysAfter(WorkingCalendar calendar, LocalDate date, int n) {
		LocalDate d = date;
		int found = 0;
		while (found < n) {
			d = d.plusDays(1);
			if (calendar.isWorkingDay(d)) {
				found++;
			}
		}
		return d;
	}
}
