package org.motcua.dossier;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the notification module needs to know of a dossier to tell the applicant and the officials about it:
 * the applicant's contact data given at intake, the appointment, and the officials who carry its current step.
 * Read-only and outside any jurisdiction: it is called by the system on a dossier's own events, never by a user.
 */
@Service
public class DossierNotices {

	private final DossierStore store;
	private final CalendarSource calendars;
	private final Duration atRisk;

	DossierNotices(DossierStore store, CalendarSource calendars,
			@Value("${motcua.dossier.at-risk-working-hours:8}") long atRiskHours) {
		this.store = store;
		this.calendars = calendars;
		this.atRisk = Duration.ofHours(atRiskHours);
	}

	/**
	 * A dossier's facts for a notice. {@code email} and {@code phone} are the applicant's, else their
	 * representative's; {@code responsible} are the usernames of the lead and co-processors of the current step.
	 */
	public record Notice(String code, String procedureCode, String procedureName, String receivingUnitCode,
			DossierStatus status, String applicantName, @Nullable String email, @Nullable String phone,
			@Nullable Instant dueAt, @Nullable Instant originalDueAt, @Nullable String transferredTo,
			List<String> responsible, boolean overdue, boolean atRisk) {
	}

	@Transactional(readOnly = true)
	public Optional<Notice> find(String code, Instant now) {
		return store.findByCode(code.trim().toUpperCase(java.util.Locale.ROOT)).map(s -> notice(s, now));
	}

	/** Open dossiers not yet with a result that are overdue or at risk of being late at {@code now}, soonest due first. */
	@Transactional(readOnly = true)
	public List<Notice> overdueOrAtRisk(Instant now, int limit) {
		List<Notice> found = new ArrayList<>();
		// at risk means within the at-risk working time of the deadline: a week of calendar time covers any calendar
		for (DossierStore.Stored s : store.search("""
				d.result_issued_at IS NULL AND d.status NOT IN ('REFUSED','RETURNED','STOPPED','CANCELLED','TRANSFERRED')
				AND d.due_at IS NOT NULL AND d.due_at < :horizon""",
				Map.of("horizon", Timestamp.from(now.plus(Duration.ofDays(7)))), "d.due_at ASC, d.id", limit, 0)) {
			Notice n = notice(s, now);
			if (n.overdue() || n.atRisk()) {
				found.add(n);
			}
		}
		return found;
	}

	private Notice notice(DossierStore.Stored s, Instant now) {
		Dossier d = s.dossier();
		Applicant a = s.particulars().applicant();
		Applicant r = s.particulars().representative();
		String email = a.email() != null ? a.email() : r == null ? null : r.email();
		String phone = a.phone() != null ? a.phone() : r == null ? null : r.phone();
		Set<String> responsible = new LinkedHashSet<>();
		d.progress().stream().filter(p -> p.step() == d.currentStep() && p.finishedAt() == null).forEach(p -> {
			if (p.lead() != null) {
				responsible.add(p.lead());
			}
			responsible.addAll(p.coProcessors());
		});
		boolean overdue = d.isOverdue(now);
		boolean risk = !overdue && d.isAtRisk(now, atRisk, calendars.forUnit(d.receivingUnitCode()));
		return new Notice(d.code().value(), d.procedureCode(), s.particulars().procedureName(), d.receivingUnitCode(),
				d.status(), a.fullName(), email, phone, d.dueAt().orElse(null), d.originalDueAt().orElse(null),
				d.transferredTo().orElse(null), List.copyOf(responsible), overdue, risk);
	}
}
