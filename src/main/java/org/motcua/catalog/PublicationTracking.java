package org.motcua.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.motcua.calendar.WorkingCalendar;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which procedures in force missed the announcement or publication deadlines, or lack required parts
 * ({@link PublicationRules}), for a unit and the units below it, with the counts that feed indicators 1.1–1.3 of
 * Decision 766/QĐ-TTg. Deadlines count working days on the working calendar (the configured one when the application
 * provides it, otherwise the standard calendar with the shipped official schedules).
 */
@Service
public class PublicationTracking {

	private final Catalog catalog;
	private final ObjectProvider<WorkingCalendar> calendar;
	private final Clock clock;

	PublicationTracking(Catalog catalog, ObjectProvider<WorkingCalendar> calendar, ObjectProvider<Clock> clock) {
		this.catalog = catalog;
		this.calendar = calendar;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** A procedure with its issues. */
	public record ProcedureIssues(String code, String name, ProcedureStatus status, List<PublicationIssue> issues) {
	}

	/**
	 * Counts over the procedures in force: announced (with a decision) and of those on time; published (due or done)
	 * and of those on time; complete (no missing part).
	 */
	public record Summary(int procedures, int announced, int announcedOnTime, int publicationDue, int publishedOnTime, int complete,
			Map<PublicationIssue.Kind, Integer> byKind) {
	}

	public record Report(List<ProcedureIssues> items, Summary summary) {
	}

	@Transactional(readOnly = true)
	public Report report(@Nullable String unitCode) {
		LocalDate today = LocalDate.now(clock.withZone(Catalog.VIETNAM));
		WorkingCalendar cal = calendar.getIfAvailable(WorkingCalendar::standard);
		List<ProcedureIssues> items = new ArrayList<>();
		Map<PublicationIssue.Kind, Integer> byKind = new EnumMap<>(PublicationIssue.Kind.class);
		int procedures = 0, announced = 0, announcedOnTime = 0, due = 0, publishedOnTime = 0, complete = 0;
		for (ProcedureVersion v : catalog.currentVersions(unitCode, today)) {
			if (v.content().status() == ProcedureStatus.ABOLISHED) {
				continue;
			}
			procedures++;
			List<PublicationIssue> issues = PublicationRules.check(v, cal, today);
			for (PublicationIssue i : issues) {
				byKind.merge(i.kind(), 1, Integer::sum);
			}
			boolean hasAnnouncement = issues.stream().noneMatch(i -> i.kind() == PublicationIssue.Kind.NOT_ANNOUNCED);
			if (hasAnnouncement) {
				announced++;
				if (issues.stream().noneMatch(i -> i.kind() == PublicationIssue.Kind.ANNOUNCEMENT_LATE)) {
					announcedOnTime++;
				}
				boolean pending = v.content().publishedOn() == null
						&& issues.stream().noneMatch(i -> i.kind() == PublicationIssue.Kind.NOT_PUBLISHED);
				if (!pending) {
					due++;
					if (issues.stream().noneMatch(i -> i.kind() == PublicationIssue.Kind.NOT_PUBLISHED
							|| i.kind() == PublicationIssue.Kind.PUBLICATION_LATE)) {
						publishedOnTime++;
					}
				}
			}
			if (issues.stream().noneMatch(i -> i.kind().missingPart())) {
				complete++;
			}
			if (!issues.isEmpty()) {
				items.add(new ProcedureIssues(v.code(), v.content().name(), v.content().status(), issues));
			}
		}
		return new Report(items, new Summary(procedures, announced, announcedOnTime, due, publishedOnTime, complete, byKind));
	}

	/** The issues of one procedure's version in force. */
	@Transactional(readOnly = true)
	public List<PublicationIssue> issues(ProcedureVersion version) {
		LocalDate today = LocalDate.now(clock.withZone(Catalog.VIETNAM));
		return PublicationRules.check(version, calendar.getIfAvailable(WorkingCalendar::standard), today);
	}
}
