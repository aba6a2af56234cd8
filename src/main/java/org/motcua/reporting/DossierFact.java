package org.motcua.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.motcua.calendar.Timeliness;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierEvents;
import org.motcua.dossier.DossierStatus;

/**
 * What reporting knows of one dossier, merged from its events. Every merge is commutative (earliest end, latest
 * due date, first known unit), so events may arrive in any order and more than once and the fact ends the same.
 * A dossier contributes to the counters once registered, except a linked dossier created by an inter-level
 * transfer (Decree 61/2018 Art. 19(7)): the original dossier at the receiving desk already counts it.
 */
record DossierFact(String code, @Nullable String parentCode, boolean registered, @Nullable String unitCode,
		@Nullable String procedureCode, String field, @Nullable String channel, @Nullable Instant receivedAt,
		@Nullable Instant dueAt, @Nullable Instant dueAsOf, @Nullable Instant finishedAt, @Nullable Timeliness timeliness,
		@Nullable Instant refusedAt, @Nullable Instant stoppedAt, @Nullable Instant cancelledAt, Files files,
		boolean dissatisfied) {

	/** An amount of a counter on a day: 1 for a dossier, the seconds of processing for {@link Counter#FINISHED_SECONDS}. */
	record Contribution(String unitCode, String procedureCode, String field, LocalDate day, Counter counter, long amount) {

		Contribution(String unitCode, String procedureCode, String field, LocalDate day, Counter counter) {
			this(unitCode, procedureCode, field, day, counter, 1);
		}
	}

	/**
	 * The digitization facts the documents module last reported for the dossier ({@code asOf} null when none),
	 * for Decision 766 group 4 (domain brief §4.2).
	 */
	record Files(boolean componentsDigitized, boolean electronicResult, boolean reused, @Nullable Instant asOf) {

		static final Files NONE = new Files(false, false, false, null);
	}

	/** How the dossier left the in-progress stock, and when. */
	record Closing(Instant at, Counter counter) {
	}

	static DossierFact empty(String code) {
		return new DossierFact(code, null, false, null, null, "", null, null, null, null, null, null, null, null, null, Files.NONE,
				false);
	}

	DossierFact with(DossierEvents.DossierRegistered e, String fieldOfProcedure) {
		boolean refused = e.status() == DossierStatus.REFUSED;
		return new DossierFact(code, e.parentCode(), true, e.receivingUnitCode(), e.procedureCode(),
				field.isEmpty() ? fieldOfProcedure : field, e.channel().name(), e.at(),
				newer(e.at(), dueAsOf) ? e.dueAt() : dueAt, newer(e.at(), dueAsOf) ? e.at() : dueAsOf, finishedAt, timeliness,
				refused ? earliest(refusedAt, e.at()) : refusedAt, stoppedAt, cancelledAt, files, dissatisfied);
	}

	DossierFact with(DossierEvents.DossierActionTaken e, String fieldOfProcedure) {
		boolean finishes = e.timeliness() != null && (finishedAt == null || e.at().isBefore(finishedAt));
		return new DossierFact(code, parentCode, registered, unitCode != null ? unitCode : e.receivingUnitCode(),
				procedureCode != null ? procedureCode : e.procedureCode(), field.isEmpty() ? fieldOfProcedure : field,
				channel != null ? channel : e.channel().name(), receivedAt,
				newer(e.at(), dueAsOf) ? e.dueAt() : dueAt, newer(e.at(), dueAsOf) ? e.at() : dueAsOf,
				finishes ? e.at() : finishedAt, finishes ? e.timeliness() : timeliness,
				e.action() == DossierAction.REFUSE ? earliest(refusedAt, e.at()) : refusedAt,
				e.action() == DossierAction.STOP_REQUESTED && e.to() == DossierStatus.STOPPED ? earliest(stoppedAt, e.at()) : stoppedAt,
				e.action() == DossierAction.CANCEL ? earliest(cancelledAt, e.at()) : cancelledAt, files, dissatisfied);
	}

	/** The fact with newer digitization facts; older reports than the one it holds change nothing. */
	DossierFact with(Files reported) {
		if (files.asOf() != null && reported.asOf() != null && reported.asOf().isBefore(files.asOf())) {
			return this;
		}
		return new DossierFact(code, parentCode, registered, unitCode, procedureCode, field, channel, receivedAt, dueAt,
				dueAsOf, finishedAt, timeliness, refusedAt, stoppedAt, cancelledAt, reported, dissatisfied);
	}

	/**
	 * The fact once its applicant rated it not satisfied or answered feedback named it (Decision 766 indicator 5.4);
	 * it stays so, whatever comes after.
	 */
	DossierFact disliked() {
		return dissatisfied ? this : new DossierFact(code, parentCode, registered, unitCode, procedureCode, field, channel,
				receivedAt, dueAt, dueAsOf, finishedAt, timeliness, refusedAt, stoppedAt, cancelledAt, files, true);
	}

	/** Whether the dossier counts in the standard table. */
	boolean counts() {
		return registered && parentCode == null && unitCode != null && procedureCode != null && receivedAt != null
				&& channel != null;
	}

	/** The first end of processing: refusal, stop, cancellation or the result (ties in that order). */
	@Nullable Closing closing() {
		Closing best = null;
		best = earlier(best, refusedAt, Counter.REFUSED);
		best = earlier(best, stoppedAt, Counter.STOPPED);
		best = earlier(best, cancelledAt, Counter.CANCELLED);
		if (timeliness != null) {
			best = earlier(best, finishedAt, switch (timeliness) {
				case EARLY -> Counter.FINISHED_EARLY;
				case ON_TIME -> Counter.FINISHED_ON_TIME;
				case LATE -> Counter.FINISHED_LATE;
			});
		}
		return best;
	}

	@Nullable Instant closedAt() {
		Closing c = closing();
		return c == null ? null : c.at();
	}

	/**
	 * The counters this dossier adds, each on its day in Vietnam: its receipt by channel and, on the same day, the
	 * state of its result and files that Decision 766 group 4 counts over the dossiers received in a period; its end,
	 * and when the end is the result, the seconds from receipt to result (indicator 2.2's average).
	 */
	List<Contribution> contributions() {
		List<Contribution> list = new ArrayList<>();
		if (!counts()) {
			return list;
		}
		Counter received = switch (channel) {
			case "ONLINE" -> Counter.RECEIVED_ONLINE;
			case "POST" -> Counter.RECEIVED_POST;
			default -> Counter.RECEIVED_COUNTER;
		};
		LocalDate receivedOn = day(receivedAt);
		list.add(new Contribution(unitCode, procedureCode, field, receivedOn, received));
		if (finishedAt != null) {
			list.add(new Contribution(unitCode, procedureCode, field, receivedOn, Counter.RECEIVED_FINISHED));
			if (files.electronicResult()) {
				list.add(new Contribution(unitCode, procedureCode, field, receivedOn, Counter.RECEIVED_ELECTRONIC_RESULT));
			}
		}
		if (files.componentsDigitized() && (finishedAt == null || files.electronicResult())) {
			list.add(new Contribution(unitCode, procedureCode, field, receivedOn, Counter.RECEIVED_DIGITIZED));
		}
		if (files.reused()) {
			list.add(new Contribution(unitCode, procedureCode, field, receivedOn, Counter.RECEIVED_REUSED));
		}
		Closing c = closing();
		if (c != null) {
			LocalDate closedOn = day(c.at());
			list.add(new Contribution(unitCode, procedureCode, field, closedOn, c.counter()));
			if (c.counter() == Counter.FINISHED_EARLY || c.counter() == Counter.FINISHED_ON_TIME
					|| c.counter() == Counter.FINISHED_LATE) {
				list.add(new Contribution(unitCode, procedureCode, field, closedOn, Counter.FINISHED_SECONDS,
						java.time.Duration.between(receivedAt, c.at()).getSeconds()));
			}
			if (dissatisfied && (c.counter() == Counter.FINISHED_EARLY || c.counter() == Counter.FINISHED_ON_TIME)) {
				// finished in time but disliked: what indicator 5.4 subtracts besides the late ones
				list.add(new Contribution(unitCode, procedureCode, field, closedOn, Counter.FINISHED_DISSATISFIED));
			}
		}
		return list;
	}

	static LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, WorkingCalendar.ZONE);
	}

	private static @Nullable Closing earlier(@Nullable Closing best, @Nullable Instant at, Counter counter) {
		if (at == null) {
			return best;
		}
		return best == null || at.isBefore(best.at()) ? new Closing(at, counter) : best;
	}

	private static boolean newer(Instant at, @Nullable Instant asOf) {
		return asOf == null || !at.isBefore(asOf);
	}

	private static Instant earliest(@Nullable Instant a, Instant b) {
		return a == null || b.isBefore(a) ? b : a;
	}
}
