package org.motcua.calendar;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.motcua.audit.AuditTrail;
import org.motcua.organization.Caller;
import org.motcua.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The working calendars in force, for every module that computes a time limit: {@link #standard()} and one
 * per province ({@link #forUnit(String)}), with the province's working sessions and cut-off rule.
 *
 * <p>Computing a deadline never touches the database. The calendars are immutable {@link WorkingCalendar}s
 * built from the {@code calendar} tables and kept in memory; a change made through this instance is seen by
 * the next call after it commits. Every change also bumps a revision counter in the database, which each
 * instance polls ({@code motcua.calendar.refresh-interval}, 5 seconds by default) to reload when another
 * instance changed the calendar. See docs/calendar.md, "Operations".
 *
 * <p>A change applies to deadlines computed afterwards. A due date already issued (e.g. on an appointment
 * slip) is a stored value and keeps its date; the module that stores it recomputes it explicitly with
 * {@link #recompute}, which records the change in the audit trail.
 */
@Service
public class WorkingCalendars {

	private static final Logger log = LoggerFactory.getLogger(WorkingCalendars.class);

	private final CalendarStore store;

	private final ProvinceResolver provinces;

	private final AuditTrail audit;

	private final AtomicReference<@Nullable Snapshot> snapshot = new AtomicReference<>();

	/** The lowest revision the calendars may have: raised when a local change commits. */
	private final AtomicLong required = new AtomicLong(Long.MIN_VALUE);

	WorkingCalendars(CalendarStore store, ProvinceResolver provinces, AuditTrail audit) {
		this.store = store;
		this.provinces = provinces;
		this.audit = audit;
	}

	/** The national calendar: the official years, the standard sessions and no cut-off. */
	public WorkingCalendar standard() {
		return current().standard;
	}

	/**
	 * The calendar for an administrative unit: the official years with the sessions and cut-off rule of the
	 * unit's province (the standard ones when the province set none); {@link #standard()} when
	 * {@code unitCode} is blank or no province is above the unit.
	 *
	 * @throws InvalidInputException on the field {@code unitCode} when there is no such unit
	 */
	public WorkingCalendar forUnit(@Nullable String unitCode) {
		if (unitCode == null || unitCode.isBlank()) {
			return standard();
		}
		Optional<Province> province = provinces.provinceOf(unitCode);
		return province.isEmpty() ? standard() : current().forProvince(province.get().code());
	}

	/**
	 * The province whose sessions and cut-off apply to {@code unitCode}, if any.
	 *
	 * @throws InvalidInputException on the field {@code unitCode} when there is no such unit
	 */
	public Optional<Province> provinceOf(String unitCode) {
		return provinces.provinceOf(unitCode);
	}

	/**
	 * A year as it is in force: the official schedule, or the days generated from the rules.
	 *
	 * @throws InvalidInputException on the field {@code year} outside the years the calendar covers
	 */
	public CalendarYear year(int year) {
		requireYearInRange(year);
		Snapshot current = current();
		CalendarStore.StoredYear stored = current.years.get(year);
		YearSchedule schedule = current.standard.year(year);
		return new CalendarYear(schedule, stored == null ? 0 : stored.version());
	}

	/**
	 * The working sessions for {@code unitCode}'s province; the national default when {@code unitCode} is
	 * blank.
	 *
	 * @throws InvalidInputException on the field {@code unitCode} when there is no such unit
	 */
	public ProvinceSessions sessions(@Nullable String unitCode) {
		Province province = unitCode == null || unitCode.isBlank() ? null : provinces.provinceOf(unitCode).orElse(null);
		if (province == null) {
			return new ProvinceSessions(null, false, SessionSchedule.standard(), 0);
		}
		CalendarStore.StoredSessions stored = current().sessions.get(province.code());
		if (stored == null) {
			return new ProvinceSessions(province, false, SessionSchedule.standard(), 0);
		}
		boolean custom = !stored.periods().isEmpty();
		return new ProvinceSessions(province, custom, custom ? new SessionSchedule(stored.periods()) : SessionSchedule.standard(),
				stored.version());
	}

	/**
	 * The cut-off rule for {@code unitCode}'s province; off when {@code unitCode} is blank.
	 *
	 * @throws InvalidInputException on the field {@code unitCode} when there is no such unit
	 */
	public ProvinceCutOff cutOff(@Nullable String unitCode) {
		Province province = unitCode == null || unitCode.isBlank() ? null : provinces.provinceOf(unitCode).orElse(null);
		if (province == null) {
			return new ProvinceCutOff(null, null, 0);
		}
		CalendarStore.StoredCutOff stored = current().cutOffs.get(province.code());
		if (stored == null) {
			return new ProvinceCutOff(province, null, 0);
		}
		return new ProvinceCutOff(province, stored.after() == null ? null : new CutOffRule(stored.after()), stored.version());
	}

	/**
	 * Recomputes a due date already issued, on the calendar in force now, and records it in the audit trail
	 * in the caller's transaction. For the module that owns the stored due date (e.g. a dossier whose
	 * appointment is moved after a change of the calendar); that module decides who may do it.
	 *
	 * @param caller the official on whose behalf the due date is recomputed
	 * @param targetType the kind of object whose due date changes, e.g. {@code Dossier}
	 * @param targetId its identifier
	 * @param unitCode the unit whose province's calendar applies, or {@code null} for the standard calendar
	 * @param from the instant the period runs from, e.g. the receipt
	 * @param amount the time limit
	 * @param unit its unit
	 * @param previousDue the due instant issued before
	 * @param reason why it is recomputed, for the audit trail
	 * @return the deadline on the current calendar
	 */
	@Transactional
	public Deadline recompute(Caller caller, String targetType, String targetId, @Nullable String unitCode, Instant from,
			BigDecimal amount, DurationUnit unit, Instant previousDue, String reason) {
		Objects.requireNonNull(caller, "caller");
		Deadline deadline = forUnit(unitCode).due(from, amount, unit);
		audit.record("DEADLINE_RECOMPUTED", targetType, targetId, "Due %s → %s (%s %s from %s, unit %s), by %s: %s".formatted(
				iso(previousDue), iso(deadline.due()), amount.toPlainString(), unit, iso(from), unitCode == null ? "-" : unitCode, caller.username(), reason));
		return deadline;
	}

	/**
	 * Reloads the calendars when another instance changed them: compares the revision in the database with
	 * the one in memory.
	 */
	@Scheduled(fixedDelayString = "${motcua.calendar.refresh-interval:PT5S}",
			initialDelayString = "${motcua.calendar.refresh-interval:PT5S}")
	void refresh() {
		try {
			long revision = store.revision();
			Snapshot current = snapshot.get();
			if (current == null || current.revision != revision) {
				reload();
			}
		}
		catch (DataAccessException ex) {
			log.warn("Could not check the working calendar for changes; keeping the calendars in memory: {}", ex.getMessage());
		}
	}

	/** The revision of the calendars in memory, or -1 before the first load. */
	long loadedRevision() {
		Snapshot current = snapshot.get();
		return current == null ? -1 : current.revision;
	}

	/**
	 * Called by a change in its transaction, with the revision the change bumped to: once the transaction
	 * commits, the next call loads the calendars again.
	 */
	void changed(long revision) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					required.accumulateAndGet(revision, Math::max);
				}
			});
		}
		else {
			required.accumulateAndGet(revision, Math::max);
		}
	}

	/**
	 * Called when a change found the database ahead of the calendars in memory (a stale version): the next
	 * call loads them again, without waiting for the poll.
	 */
	void behind(long revision) {
		required.accumulateAndGet(revision, Math::max);
	}

	private Snapshot current() {
		Snapshot current = snapshot.get();
		if (current != null && current.revision >= required.get()) {
			return current;
		}
		return reload();
	}

	private synchronized Snapshot reload() {
		CalendarStore.Stored stored = store.load();
		Snapshot fresh = new Snapshot(stored);
		if (fresh.revision < required.get()) {
			// the database went back (e.g. restored from a backup): follow it rather than reload forever
			log.warn("The calendar revision in the database ({}) is lower than expected ({})", fresh.revision, required.get());
			required.set(fresh.revision);
		}
		snapshot.set(fresh);
		log.debug("Working calendars loaded at revision {}", fresh.revision);
		return fresh;
	}

	private static String iso(Instant instant) {
		return OffsetDateTime.ofInstant(instant, WorkingCalendar.ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	static void requireYearInRange(int year) {
		if (year < WorkingCalendar.MIN_YEAR || year > WorkingCalendar.MAX_YEAR) {
			throw InvalidInputException.of("year", "calendar.error.year-range", String.valueOf(WorkingCalendar.MIN_YEAR),
					String.valueOf(WorkingCalendar.MAX_YEAR));
		}
	}

	/** The calendars built from one load of the tables. */
	private static final class Snapshot {

		final long revision;

		final Map<Integer, CalendarStore.StoredYear> years;

		final Map<String, CalendarStore.StoredSessions> sessions;

		final Map<String, CalendarStore.StoredCutOff> cutOffs;

		final WorkingCalendar standard;

		private final ConcurrentMap<String, WorkingCalendar> byProvince = new ConcurrentHashMap<>();

		Snapshot(CalendarStore.Stored stored) {
			this.revision = stored.revision();
			this.years = Map.copyOf(stored.years());
			this.sessions = Map.copyOf(stored.sessions());
			this.cutOffs = Map.copyOf(stored.cutOffs());
			List<YearSchedule> official = new ArrayList<>();
			for (CalendarStore.StoredYear year : years.values()) {
				if (year.status() == CalendarStatus.OFFICIAL) {
					try {
						official.add(new YearSchedule(year.year(), CalendarStatus.OFFICIAL, year.days()));
					}
					catch (IllegalArgumentException ex) {
						log.error("The official schedule of {} in the database is inconsistent; using the rules for it: {}",
								year.year(), ex.getMessage());
					}
				}
			}
			this.standard = WorkingCalendar.builder().years(official).build();
		}

		WorkingCalendar forProvince(String provinceCode) {
			CalendarStore.StoredSessions ownSessions = sessions.get(provinceCode);
			CalendarStore.StoredCutOff ownCutOff = cutOffs.get(provinceCode);
			boolean customSessions = ownSessions != null && !ownSessions.periods().isEmpty();
			boolean customCutOff = ownCutOff != null && ownCutOff.after() != null;
			if (!customSessions && !customCutOff) {
				return standard;
			}
			return byProvince.computeIfAbsent(provinceCode, code -> {
				WorkingCalendar.Builder builder = standard.toBuilder();
				if (customSessions) {
					builder.sessions(new SessionSchedule(ownSessions.periods()));
				}
				if (customCutOff) {
					builder.cutOff(new CutOffRule(ownCutOff.after()));
				}
				return builder.build();
			});
		}
	}
}
