package org.motcua.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.motcua.calendar.DurationUnit;
import org.motcua.calendar.Pause;
import org.motcua.calendar.Timeliness;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.shared.InvalidInputException;

/**
 * The dossier aggregate. Each intention-revealing method checks that the action is allowed now, applies it,
 * keeps every key date, and appends an entry to the history. Deadlines are computed on the working calendar
 * the caller passes in, so a calendar change applies to deadlines computed afterwards only.
 */
public final class Dossier {

	/** Decree 61/2018 Art. 19(4): a completion request during processing within 3 working days of receipt. */
	static final BigDecimal COMPLETION_WINDOW_DAYS = BigDecimal.valueOf(3);

	private final DossierCode code;
	private final String procedureCode;
	private final String receivingUnitCode;
	private final Channel channel;
	private final ProcessingTime processingTime;
	private final List<PlannedStep> steps;
	private DossierStatus status;
	private final Instant submittedAt;
	private @Nullable Instant receivedAt;
	private boolean backdated;
	private @Nullable Instant clockStart;
	private @Nullable Instant baseDueAt;
	private @Nullable Instant dueAt;
	private @Nullable Instant originalDueAt;
	private @Nullable Instant apologisedAt;
	private @Nullable Instant resultIssuedAt;
	private @Nullable Instant returnedAt;
	private @Nullable Instant stoppedAt;
	private @Nullable Instant completionRequestedAt;
	private boolean completionRequestedDuringProcessing;
	private @Nullable Instant pausedAt;
	private final List<Pause> pauses = new ArrayList<>();
	private int currentStep = -1;
	private final List<StepProgress> progress = new ArrayList<>();
	private final List<Consultation> consultations = new ArrayList<>();
	private @Nullable Timeliness timeliness;
	private @Nullable String transferredTo;
	private final List<HistoryEntry> history = new ArrayList<>();
	private int version;
	private int storedHistory;

	/**
	 * Marks a history note written by the system rather than an official: {@code @key} or {@code @key:argument},
	 * shown in the reader's language (message {@code dossier.history.<key>}).
	 */
	public static final String SYSTEM_NOTE = "@";

	/** Progress through one step: when it started, was due and finished, and how timely it was. */
	public record StepProgress(int step, Instant startedAt, Instant dueAt, @Nullable Instant finishedAt,
			@Nullable Timeliness timeliness, @Nullable String lead, List<String> coProcessors, List<String> followers) {
	}

	/** A consultation of another agency with its deadline (Decree 61/2018 Art. 19(5)). */
	public record Consultation(int number, String agencyCode, Instant requestedAt, Instant deadline,
			@Nullable Instant answeredAt, @Nullable String answer) {
	}

	/** One line of the dossier's history. */
	public record HistoryEntry(Instant at, DossierAction action, String actor, DossierStatus from, DossierStatus to,
			String note) {
	}

	private Dossier(DossierCode code, String procedureCode, String receivingUnitCode, Channel channel,
			ProcessingTime processingTime, List<PlannedStep> steps, Instant submittedAt) {
		this.code = code;
		this.procedureCode = procedureCode;
		this.receivingUnitCode = receivingUnitCode;
		this.channel = channel;
		this.processingTime = processingTime;
		this.steps = List.copyOf(steps);
		if (steps.isEmpty()) {
			throw InvalidInputException.of("procedureCode", "error.dossier.no-process");
		}
		this.submittedAt = submittedAt;
		this.status = DossierStatus.SUBMITTED;
	}

	/** A dossier submitted online or by post, waiting for the desk's completeness check. */
	public static Dossier submit(DossierCode code, String procedureCode, String receivingUnitCode, Channel channel,
			ProcessingTime time, List<PlannedStep> steps, Instant submittedAt, String actor) {
		return new Dossier(code, procedureCode, receivingUnitCode, channel, time, steps, submittedAt);
	}

	/**
	 * A dossier accepted at the desk: receipt and appointment (Mẫu 01). A receipt time earlier than now is
	 * allowed (a paper dossier entered later, data migration) and recorded as backdated.
	 */
	public static Dossier receiveAtDesk(DossierCode code, String procedureCode, String receivingUnitCode, Channel channel,
			ProcessingTime time, List<PlannedStep> steps, Instant receivedAt, Instant now, String actor,
			WorkingCalendar calendar) {
		if (receivedAt.isAfter(now)) {
			throw InvalidInputException.of("receivedAt", "error.dossier.received-in-future");
		}
		Dossier d = new Dossier(code, procedureCode, receivingUnitCode, channel, time, steps, receivedAt);
		d.accept(receivedAt, now, actor, calendar);
		return d;
	}

	/**
	 * The linked dossier created at the higher level for an inter-level transfer (liên thông): received there now,
	 * due on the original appointment of the dossier it comes from (Decree 61/2018 Art. 19(7)).
	 */
	public static Dossier receiveTransferred(DossierCode code, String procedureCode, String unitCode, ProcessingTime time,
			List<PlannedStep> steps, Instant appointment, Instant now, String actor, WorkingCalendar calendar) {
		Dossier d = new Dossier(code, procedureCode, unitCode, Channel.COUNTER, time, steps, now);
		d.receivedAt = now;
		d.clockStart = now;
		d.baseDueAt = appointment;
		d.dueAt = appointment;
		d.originalDueAt = appointment;
		if (!steps.isEmpty()) {
			d.beginStep(0, now, calendar);
		}
		d.move(DossierStatus.SUBMITTED, DossierStatus.RECEIVED, DossierAction.ACCEPT, now, actor, SYSTEM_NOTE + "transfer-received");
		return d;
	}

	// ------------------------------------------------------------------ intake

	public void accept(Instant receivedAt, Instant now, String actor, WorkingCalendar calendar) {
		DossierStatus from = require(DossierAction.ACCEPT);
		this.receivedAt = receivedAt;
		this.backdated = receivedAt.isBefore(now.minusSeconds(300));
		startClock(receivedAt, calendar);
		this.originalDueAt = dueAt;
		if (!steps.isEmpty()) {
			beginStep(0, receivedAt, calendar); // the receipt step of the internal process is the desk's, from receipt
		}
		move(from, DossierStatus.RECEIVED, DossierAction.ACCEPT, now, actor, backdated ? SYSTEM_NOTE + "backdated" : "");
	}

	/**
	 * Asks the applicant, once and completely, for what is missing (Decree 61/2018 Art. 11(2)(c), 15(3)). During
	 * processing this is only possible within 3 working days of receipt (Art. 19(4)).
	 */
	public void requestCompletion(List<String> missingItems, Instant now, String actor, WorkingCalendar calendar) {
		DossierStatus from = require(DossierAction.REQUEST_COMPLETION);
		if (missingItems.isEmpty() || missingItems.stream().anyMatch(String::isBlank)) {
			throw InvalidInputException.of("missingItems", "error.dossier.missing-items");
		}
		if (from == DossierStatus.IN_PROGRESS) {
			Instant window = calendar.due(receivedAt(), COMPLETION_WINDOW_DAYS, DurationUnit.WORKING_DAYS).due();
			if (now.isAfter(window)) {
				throw notAllowed(DossierAction.REQUEST_COMPLETION, "error.dossier.completion-window-passed");
			}
			completionRequestedDuringProcessing = true;
		}
		completionRequestedAt = now;
		move(from, DossierStatus.COMPLETION_REQUESTED, DossierAction.REQUEST_COMPLETION, now, actor,
				String.join("; ", missingItems));
	}

	/**
	 * The completed dossier arrives. At intake it goes back to the desk's check; during processing the processing
	 * time restarts from zero (Decree 61/2018 Art. 19(4)).
	 */
	public void resubmit(Instant now, String actor, WorkingCalendar calendar) {
		DossierStatus from = require(DossierAction.RESUBMIT);
		if (completionRequestedDuringProcessing) {
			this.receivedAt = now;
			pauses.clear();
			startClock(now, calendar);
			restartCurrentStep(now, calendar);
			move(from, DossierStatus.IN_PROGRESS, DossierAction.RESUBMIT, now, actor, SYSTEM_NOTE + "restarted");
		}
		else {
			move(from, DossierStatus.SUBMITTED, DossierAction.RESUBMIT, now, actor, "");
		}
	}

	/** Refusal at intake (Mẫu 03) or after appraisal, with reasons (Art. 19(8)); graded when after appraisal. */
	public void refuse(String reasons, Instant now, String actor, WorkingCalendar calendar) {
		DossierStatus from = require(DossierAction.REFUSE);
		requireText(reasons, "reasons");
		if (from == DossierStatus.IN_PROGRESS) {
			finishClock(now, calendar);
		}
		move(from, DossierStatus.REFUSED, DossierAction.REFUSE, now, actor, reasons);
	}

	// ------------------------------------------------------------------ processing

	public void assign(String lead, List<String> coProcessors, List<String> followers, Instant now, String actor,
			WorkingCalendar calendar) {
		DossierStatus from = require(DossierAction.ASSIGN);
		requireText(lead, "lead");
		if (currentStep < 0) {
			beginStep(0, now, calendar);
		}
		StepProgress p = progress.get(progress.size() - 1);
		progress.set(progress.size() - 1, new StepProgress(p.step(), p.startedAt(), p.dueAt(), null, null, lead,
				List.copyOf(coProcessors), List.copyOf(followers)));
		move(from, DossierStatus.IN_PROGRESS, DossierAction.ASSIGN, now, actor, SYSTEM_NOTE + "lead:" + lead);
	}

	/** Hands the dossier to the next step of the internal process, grading the step just finished. */
	public void forward(Instant now, String actor, String note, WorkingCalendar calendar) {
		DossierStatus from = require(DossierAction.FORWARD);
		int next = currentStep + 1;
		if (next >= steps.size()) {
			throw notAllowed(DossierAction.FORWARD, "error.dossier.last-step");
		}
		if (currentStep >= 0) {
			finishCurrentStep(now, calendar);
		}
		beginStep(next, now, calendar);
		move(from, DossierStatus.IN_PROGRESS, DossierAction.FORWARD, now, actor, steps.get(next).name() + noteSuffix(note));
	}

	/** Sends the dossier back to an earlier step, with the reason. */
	public void returnToStep(int step, String reason, Instant now, String actor, WorkingCalendar calendar) {
		DossierStatus from = require(DossierAction.RETURN_TO_STEP);
		requireText(reason, "note");
		if (step < 0 || step >= currentStep) {
			throw InvalidInputException.of("step", "error.dossier.step-not-earlier");
		}
		finishCurrentStep(now, calendar);
		beginStep(step, now, calendar);
		move(from, DossierStatus.IN_PROGRESS, DossierAction.RETURN_TO_STEP, now, actor, steps.get(step).name() + ": " + reason);
	}

	/** Consults another agency with a reply deadline (Decree 61/2018 Art. 19(5)); several may run in parallel. */
	public Consultation consult(String agencyCode, Instant deadline, Instant now, String actor) {
		DossierStatus from = require(DossierAction.CONSULT);
		requireText(agencyCode, "agencyCode");
		if (!deadline.isAfter(now)) {
			throw InvalidInputException.of("deadline", "error.dossier.deadline-in-past");
		}
		Consultation c = new Consultation(consultations.size() + 1, agencyCode, now, deadline, null, null);
		consultations.add(c);
		move(from, DossierStatus.IN_PROGRESS, DossierAction.CONSULT, now, actor, agencyCode);
		return c;
	}

	public void reply(int consultation, String answer, Instant now, String actor) {
		DossierStatus from = require(DossierAction.REPLY);
		requireText(answer, "note");
		Consultation c = consultations.stream().filter(x -> x.number() == consultation && x.answeredAt() == null).findFirst()
			.orElseThrow(() -> InvalidInputException.of("consultation", "error.dossier.no-open-consultation"));
		consultations.set(consultations.indexOf(c), new Consultation(c.number(), c.agencyCode(), c.requestedAt(),
				c.deadline(), now, answer));
		move(from, DossierStatus.IN_PROGRESS, DossierAction.REPLY, now, actor, c.agencyCode() + ": " + answer);
	}

	/** Stops the clock for a legally excluded period; the legal basis is recorded. */
	public void pause(String legalBasis, Instant now, String actor) {
		DossierStatus from = require(DossierAction.PAUSE);
		requireText(legalBasis, "note");
		pausedAt = now;
		move(from, DossierStatus.PAUSED, DossierAction.PAUSE, now, actor, legalBasis);
	}

	/** Restarts the clock; the due date moves forward by the working time paused. */
	public void resume(Instant now, String actor, WorkingCalendar calendar) {
		DossierStatus from = require(DossierAction.RESUME);
		pauses.add(new Pause(pausedOrThrow(), now));
		pausedAt = null;
		dueAt = calendar.extendByPauses(baseDue(), pauses);
		move(from, DossierStatus.IN_PROGRESS, DossierAction.RESUME, now, actor, "");
	}

	/** Sends the dossier to the competent agency of another level; its linked dossier carries on there. */
	public void transfer(String toUnitCode, Instant now, String actor, WorkingCalendar calendar) {
		DossierStatus from = require(DossierAction.TRANSFER);
		requireText(toUnitCode, "toUnitCode");
		if (toUnitCode.equals(receivingUnitCode)) {
			throw InvalidInputException.of("toUnitCode", "error.dossier.transfer-same-unit");
		}
		if (currentStep >= 0) {
			finishCurrentStep(now, calendar); // this level's part ends with the hand-over
		}
		transferredTo = toUnitCode;
		move(from, DossierStatus.TRANSFERRED, DossierAction.TRANSFER, now, actor, toUnitCode);
	}

	/**
	 * The processing agency apologises and gives a new appointment (Mẫu 04): at most once per dossier, and no
	 * later than one working day before the due date (Decree 61/2018 Art. 19(9)). The new appointment becomes
	 * the due date.
	 */
	public void apologise(Instant newDueAt, String reason, Instant now, String actor, WorkingCalendar calendar) {
		DossierStatus from = require(DossierAction.APOLOGISE);
		requireText(reason, "note");
		Instant due = dueAtOrThrow();
		if (!newDueAt.isAfter(due)) {
			throw InvalidInputException.of("newDueAt", "error.dossier.new-due-not-later");
		}
		Instant latest = calendar.due(now, BigDecimal.ONE, DurationUnit.WORKING_DAYS).due();
		if (latest.isAfter(due)) {
			throw notAllowed(DossierAction.APOLOGISE, "error.dossier.apology-too-late");
		}
		apologisedAt = now;
		baseDueAt = newDueAt;
		pauses.clear();
		dueAt = newDueAt;
		move(from, from, DossierAction.APOLOGISE, now, actor, reason);
	}

	/** The competent person approves and the result is issued: the dossier is graded on its due date. */
	public void approve(Instant now, String actor, WorkingCalendar calendar) {
		DossierStatus from = require(DossierAction.APPROVE);
		finishClock(now, calendar);
		move(from, DossierStatus.IN_PROGRESS, DossierAction.APPROVE, now, actor, SYSTEM_NOTE + "result-issued");
	}

	/** The result is at the desk (for a transferred dossier: it came back from the other level). */
	public void resultReady(Instant now, String actor, WorkingCalendar calendar) {
		DossierStatus from = require(DossierAction.RESULT_READY);
		if (from == DossierStatus.TRANSFERRED) {
			finishClock(now, calendar);
		}
		else if (currentStep >= 0 && currentStep < steps.size() - 1) {
			beginStep(steps.size() - 1, now, calendar); // the process's last step: returning the result
		}
		move(from, DossierStatus.RESULT_READY, DossierAction.RESULT_READY, now, actor, "");
	}

	/** The result is handed to the applicant at the desk, by post or online; the return step ends. */
	public void returnResult(Channel via, Instant now, String actor, WorkingCalendar calendar) {
		DossierStatus from = require(DossierAction.RETURN_RESULT);
		returnedAt = now;
		if (currentStep >= 0) {
			finishCurrentStep(now, calendar);
		}
		move(from, DossierStatus.RETURNED, DossierAction.RETURN_RESULT, now, actor, SYSTEM_NOTE + "via-" + via.name());
	}

	/** The applicant asks to stop before a result is issued (Decree 118/2025 Art. 21; notice of stopping). */
	public void stopOnRequest(String reason, Instant now, String actor) {
		DossierStatus from = require(DossierAction.STOP_REQUESTED);
		requireText(reason, "note");
		stoppedAt = now;
		closePause(now);
		move(from, DossierStatus.STOPPED, DossierAction.STOP_REQUESTED, now, actor, reason);
	}

	/** Cancels a dossier entered by mistake (privileged; the reason is kept). */
	public void cancel(String reason, Instant now, String actor) {
		DossierStatus from = require(DossierAction.CANCEL);
		requireText(reason, "note");
		closePause(now);
		move(from, DossierStatus.CANCELLED, DossierAction.CANCEL, now, actor, reason);
	}

	// ------------------------------------------------------------------ rules

	/** The actions allowed now: the status's actions narrowed by this dossier's facts. */
	public Set<DossierAction> allowedActions() {
		Set<DossierAction> allowed = LifecyclePolicy.allowedIn(status);
		if (completionRequestedAt != null) {
			allowed.remove(DossierAction.REQUEST_COMPLETION);
		}
		if (apologisedAt != null) {
			allowed.remove(DossierAction.APOLOGISE);
		}
		if (resultIssuedAt != null) {
			allowed.removeAll(EnumSet.of(DossierAction.ASSIGN, DossierAction.FORWARD, DossierAction.RETURN_TO_STEP,
					DossierAction.CONSULT, DossierAction.REPLY, DossierAction.REQUEST_COMPLETION, DossierAction.PAUSE,
					DossierAction.TRANSFER, DossierAction.APOLOGISE, DossierAction.APPROVE, DossierAction.REFUSE,
					DossierAction.STOP_REQUESTED));
		}
		else if (status != DossierStatus.TRANSFERRED) {
			allowed.remove(DossierAction.RESULT_READY);
		}
		if (consultations.stream().noneMatch(c -> c.answeredAt() == null)) {
			allowed.remove(DossierAction.REPLY);
		}
		if (currentStep + 1 >= steps.size()) {
			allowed.remove(DossierAction.FORWARD);
		}
		if (currentStep <= 0) {
			allowed.remove(DossierAction.RETURN_TO_STEP);
		}
		return allowed;
	}

	/** The dossier is at risk when its due lies within the given working time from now. */
	public boolean isAtRisk(Instant now, java.time.Duration workingTime, WorkingCalendar calendar) {
		if (dueAt == null || status.isTerminal() || resultIssuedAt != null || now.isAfter(dueAt)) {
			return false;
		}
		return calendar.workingTimeBetween(now, dueAt).compareTo(workingTime) <= 0;
	}

	public boolean isOverdue(Instant now) {
		return dueAt != null && !status.isTerminal() && resultIssuedAt == null && now.isAfter(dueAt);
	}

	private DossierStatus require(DossierAction action) {
		if (!allowedActions().contains(action)) {
			throw new ActionNotAllowedException(action, status, allowedActions(), "error.dossier.action-not-allowed",
					action, status);
		}
		return status;
	}

	private ActionNotAllowedException notAllowed(DossierAction action, String key) {
		return new ActionNotAllowedException(action, status, allowedActions(), key, action, status);
	}

	private void startClock(Instant start, WorkingCalendar calendar) {
		clockStart = start;
		baseDueAt = calendar.due(start, processingTime.amount(), processingTime.unit()).due();
		dueAt = baseDueAt;
	}

	private void finishClock(Instant now, WorkingCalendar calendar) {
		if (currentStep >= 0) {
			finishCurrentStep(now, calendar);
		}
		resultIssuedAt = now;
		timeliness = calendar.grade(now, dueAtOrThrow());
	}

	private void beginStep(int step, Instant now, WorkingCalendar calendar) {
		ProcessingTime allotment = steps.get(step).allotment();
		Instant stepDue = calendar.due(now, allotment.amount(), allotment.unit()).due();
		progress.add(new StepProgress(step, now, stepDue, null, null, null, List.of(), List.of()));
		currentStep = step;
	}

	private void restartCurrentStep(Instant now, WorkingCalendar calendar) {
		if (currentStep >= 0) {
			finishCurrentStep(now, calendar);
			beginStep(currentStep, now, calendar);
		}
	}

	private void finishCurrentStep(Instant now, WorkingCalendar calendar) {
		StepProgress p = progress.get(progress.size() - 1);
		if (p.finishedAt() == null) {
			progress.set(progress.size() - 1, new StepProgress(p.step(), p.startedAt(), p.dueAt(), now,
					calendar.grade(now, p.dueAt()), p.lead(), p.coProcessors(), p.followers()));
		}
	}

	private void closePause(Instant now) {
		if (pausedAt != null) {
			pauses.add(new Pause(pausedAt, now));
			pausedAt = null;
		}
	}

	private void move(DossierStatus from, DossierStatus to, DossierAction action, Instant now, String actor, String note) {
		status = to;
		history.add(new HistoryEntry(now, action, actor, from, to, note));
	}

	private static void requireText(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw InvalidInputException.of(field, "error.required");
		}
	}

	private static String noteSuffix(String note) {
		return note.isBlank() ? "" : ": " + note;
	}

	private Instant receivedAt() {
		if (receivedAt == null) {
			throw new IllegalStateException("not received yet");
		}
		return receivedAt;
	}

	private Instant dueAtOrThrow() {
		if (dueAt == null) {
			throw new IllegalStateException("no due date before receipt");
		}
		return dueAt;
	}

	private Instant baseDue() {
		if (baseDueAt == null) {
			throw new IllegalStateException("no due date before receipt");
		}
		return baseDueAt;
	}

	private Instant pausedOrThrow() {
		if (pausedAt == null) {
			throw new IllegalStateException("not paused");
		}
		return pausedAt;
	}

	// ------------------------------------------------------------------ persistence

	/** Everything the aggregate holds, for storing and restoring it. */
	public record Snapshot(DossierCode code, String procedureCode, String receivingUnitCode, Channel channel,
			ProcessingTime processingTime, List<PlannedStep> steps, DossierStatus status, Instant submittedAt,
			@Nullable Instant receivedAt, boolean backdated, @Nullable Instant clockStart, @Nullable Instant baseDueAt,
			@Nullable Instant dueAt, @Nullable Instant originalDueAt, @Nullable Instant apologisedAt,
			@Nullable Instant resultIssuedAt, @Nullable Instant returnedAt, @Nullable Instant stoppedAt,
			@Nullable Instant completionRequestedAt, boolean completionRequestedDuringProcessing,
			@Nullable Instant pausedAt, List<Pause> pauses, int currentStep, List<StepProgress> progress,
			List<Consultation> consultations, @Nullable Timeliness timeliness, @Nullable String transferredTo,
			int version) {
	}

	public Snapshot snapshot() {
		return new Snapshot(code, procedureCode, receivingUnitCode, channel, processingTime, steps, status, submittedAt,
				receivedAt, backdated, clockStart, baseDueAt, dueAt, originalDueAt, apologisedAt, resultIssuedAt, returnedAt,
				stoppedAt, completionRequestedAt, completionRequestedDuringProcessing, pausedAt, List.copyOf(pauses),
				currentStep, List.copyOf(progress), List.copyOf(consultations), timeliness, transferredTo, version);
	}

	public static Dossier restore(Snapshot s) {
		Dossier d = new Dossier(s.code(), s.procedureCode(), s.receivingUnitCode(), s.channel(), s.processingTime(),
				s.steps(), s.submittedAt());
		d.status = s.status();
		d.receivedAt = s.receivedAt();
		d.backdated = s.backdated();
		d.clockStart = s.clockStart();
		d.baseDueAt = s.baseDueAt();
		d.dueAt = s.dueAt();
		d.originalDueAt = s.originalDueAt();
		d.apologisedAt = s.apologisedAt();
		d.resultIssuedAt = s.resultIssuedAt();
		d.returnedAt = s.returnedAt();
		d.stoppedAt = s.stoppedAt();
		d.completionRequestedAt = s.completionRequestedAt();
		d.completionRequestedDuringProcessing = s.completionRequestedDuringProcessing();
		d.pausedAt = s.pausedAt();
		d.pauses.addAll(s.pauses());
		d.currentStep = s.currentStep();
		d.progress.addAll(s.progress());
		d.consultations.addAll(s.consultations());
		d.timeliness = s.timeliness();
		d.transferredTo = s.transferredTo();
		d.version = s.version();
		return d;
	}

	/** History entries appended since the dossier was created or restored, not yet stored. */
	public List<HistoryEntry> pendingHistory() {
		return List.copyOf(history.subList(storedHistory, history.size()));
	}

	/** Called once the dossier and its pending history are stored with the given version. */
	public void markStored(int storedVersion) {
		storedHistory = history.size();
		version = storedVersion;
	}

	// ------------------------------------------------------------------ state

	public DossierCode code() { return code; }
	public String procedureCode() { return procedureCode; }
	public String receivingUnitCode() { return receivingUnitCode; }
	public Channel channel() { return channel; }
	public ProcessingTime processingTime() { return processingTime; }
	public List<PlannedStep> steps() { return steps; }
	public DossierStatus status() { return status; }
	public Instant submittedAt() { return submittedAt; }
	public Optional<Instant> receivedAtTime() { return Optional.ofNullable(receivedAt); }
	public boolean backdated() { return backdated; }
	public Optional<Instant> clockStart() { return Optional.ofNullable(clockStart); }
	public Optional<Instant> dueAt() { return Optional.ofNullable(dueAt); }
	public Optional<Instant> originalDueAt() { return Optional.ofNullable(originalDueAt); }
	public Optional<Instant> apologisedAt() { return Optional.ofNullable(apologisedAt); }
	public Optional<Instant> resultIssuedAt() { return Optional.ofNullable(resultIssuedAt); }
	public Optional<Instant> returnedAt() { return Optional.ofNullable(returnedAt); }
	public Optional<Instant> stoppedAt() { return Optional.ofNullable(stoppedAt); }
	public Optional<Instant> completionRequestedAt() { return Optional.ofNullable(completionRequestedAt); }
	public Optional<Instant> pausedSince() { return Optional.ofNullable(pausedAt); }
	public List<Pause> pauses() { return List.copyOf(pauses); }
	public int currentStep() { return currentStep; }
	public List<StepProgress> progress() { return List.copyOf(progress); }
	public List<Consultation> consultations() { return List.copyOf(consultations); }
	public Optional<Timeliness> timeliness() { return Optional.ofNullable(timeliness); }
	public Optional<String> transferredTo() { return Optional.ofNullable(transferredTo); }
	public List<HistoryEntry> history() { return List.copyOf(history); }
	public int version() { return version; }
}
