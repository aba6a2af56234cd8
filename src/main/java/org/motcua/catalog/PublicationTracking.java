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
	 * and of those on time; complete (no missing part); offered online (full or partial process).
	 */
	public record Summary(int procedures, int announced, int announcedOnTime, int publicationDue, int publishedOnTime, int complete,
			int online, Map<PublicationIssue.Kind, Integer> byKind) {
	}

	public record Report(List<ProcedureIssues> items, Summary summary) {
	}

	@Transactional(readOnly = true)
	public Report report(@Nullable String unitCode) {
		LocalDate today = LocalDate.now(clock.withZone(Catalog.VIETNAM));
		return track(catalog.currentVersions(unitCode, today), today, null, null);
	}

	/**
	 * The counts of {@link #report} for a period, as Decision 766 indicators 1.1–1.3 count them: over the procedures in
	 * force at the period's end (or today, when it has not ended), those whose announcement decision is dated within
	 * the period count as announced (1.1) and, once their publication deadline has passed, as due for publication
	 * (1.2); completeness (1.3) is over all of them. With the codes of the procedures in force offering an online
	 * service (3.1, 3.2).
	 */
	public record PeriodFigures(Summary summary, List<String> onlineCodes) {
	}

	@Transactional(readOnly = true)
	public PeriodFigures figures(@Nullable String unitCode, LocalDate from, LocalDate to) {
		LocalDate today = LocalDate.now(clock.withZone(Catalog.VIETNAM));
		LocalDate asOf = to.isAfter(today) ? today : to;
		List<ProcedureVersion> versions = catalog.currentVersions(unitCode, asOf);
		List<String> online = versions.stream()
			.filter(v -> v.content().status() != ProcedureStatus.ABOLISHED && v.content().online())
			.map(ProcedureVersion::code).distinct().toList();
		return new PeriodFigures(track(versions, asOf, from, to).summary(), online);
	}

	/** The issues as of {@code asOf}; with a period, only announcements dated within it count as announced. */
	private Report track(List<ProcedureVersion> versions, LocalDate asOf, @Nullable LocalDate from, @Nullable LocalDate to) {
		WorkingCalendar cal = calendar.getIfAvailable(WorkingCalendar::standard);
		List<ProcedureIssues> items = new ArrayList<>();
		Map<PublicationIssue.Kind, Integer> byKind = new EnumMap<>(PublicationIssue.Kind.class);
		int procedures = 0, announced = 0, announcedOnTime = 0, due = 0, publishedOnTime = 0, complete = 0, online = 0;
		for (ProcedureVersion v : versions) {
			if (v.content().status() == ProcedureStatus.ABOLISHED) {
				continue;
			}
			procedures++;
			if (v.content().online()) {
				online++;
			}
			List<PublicationIssue> issues = PublicationRules.check(v, cal, asOf);
			for (PublicationIssue i : issues) {
				byKind.merge(i.kind(), 1, Integer::sum);
			}
			Announcement a = v.content().announcement();
			boolean inPeriod = from == null || to == null
					|| a != null && a.date() != null && !a.date().isBefore(from) && !a.date().isAfter(to);
			boolean hasAnnouncement = issues.stream().noneMatch(i -> i.kind() == PublicationIssue.Kind.NOT_ANNOUNCED);
			if (hasAnnouncement && inPeriod) {
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
		return new Report(items, new Summary(procedures, announced, announcedOnTime, due, publishedOnTime, complete, online, byKind));
	}

	/** The issues of one procedure's version in force. */
	@Transactional(readOnly = true)
	public List<PublicationIssue> issues(ProcedureVersion version) {
		LocalDate today = LocalDate.now(clock.withZone(Catalog.VIETNAM));
		return PublicationRules.check(version, calendar.getIfAvailable(WorkingCalendar::standard), today);
	}
}
