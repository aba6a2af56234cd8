package org.motcua.dossier;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.motcua.calendar.DurationUnit;
import org.motcua.calendar.Timeliness;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.organization.Role;
import org.motcua.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.motcua.dossier.DossierAction.*;

class DossierLifecycleTests {

	static final WorkingCalendar CALENDAR = WorkingCalendar.standard();
	static final ProcessingTime FIVE_DAYS = new ProcessingTime(BigDecimal.valueOf(5), DurationUnit.WORKING_DAYS);
	static final List<PlannedStep> STEPS = List.of(
			new PlannedStep("Tiếp nhận, chuyển hồ sơ", null, Role.ONE_STOP_CLERK, new ProcessingTime(BigDecimal.valueOf(0.5), DurationUnit.WORKING_DAYS)),
			new PlannedStep("Thẩm định", "H41.20.03", Role.SPECIALIST, new ProcessingTime(BigDecimal.valueOf(3), DurationUnit.WORKING_DAYS)),
			new PlannedStep("Phê duyệt", "H41.20.01", Role.LEADER, new ProcessingTime(BigDecimal.valueOf(1), DurationUnit.WORKING_DAYS)));

	static Instant at(String local) {
		return OffsetDateTime.parse(local + "+07:00").toInstant();
	}

	static Dossier received(String when) {
		return Dossier.receiveAtDesk(DossierCode.of("H41.20.01", LocalDate.parse(when.substring(0, 10)), 7), "1.001193",
				"H41.20", Channel.COUNTER, FIVE_DAYS, STEPS, at(when), at(when), "tiepnhan.doluong", CALENDAR);
	}

	static Dossier online(String when) {
		return Dossier.submit(DossierCode.of("H41.20.01", LocalDate.parse(when.substring(0, 10)), 8), "1.001193", "H41.20",
				Channel.ONLINE, FIVE_DAYS, STEPS, at(when), "citizen");
	}

	@Test
	void aDossierAcceptedAtTheDeskIsDueOnTheWorkingCalendar() {
		Dossier d = received("2026-03-02T09:00:00");
		assertThat(d.status()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(d.dueAt()).contains(at("2026-03-09T09:00:00"));
		assertThat(d.originalDueAt()).isEqualTo(d.dueAt());
		assertThat(d.backdated()).isFalse();
	}

	@Test
	void aDueDateSkipsTet() {
		Dossier d = received("2026-02-12T10:00:00");
		// Thu 12/2 + 5 working days: 13/2, then Tết 16–20/2 is off, then 23, 24, 25, 26 February
		assertThat(d.dueAt()).contains(at("2026-02-26T10:00:00"));
	}

	@Test
	void aBackdatedReceiptIsRecordedAsSuch() {
		Dossier d = Dossier.receiveAtDesk(DossierCode.of("H41.20.01", LocalDate.of(2026, 3, 2), 1), "1.001193", "H41.20",
				Channel.COUNTER, FIVE_DAYS, STEPS, at("2026-03-02T09:00:00"), at("2026-03-04T15:00:00"), "tiepnhan.doluong", CALENDAR);
		assertThat(d.backdated()).isTrue();
		assertThat(d.dueAt()).contains(at("2026-03-09T09:00:00"));
	}

	@Test
	void aReceiptInTheFutureIsRefused() {
		assertThatThrownBy(() -> Dossier.receiveAtDesk(DossierCode.of("H41.20.01", LocalDate.of(2026, 3, 2), 1), "1.001193",
				"H41.20", Channel.COUNTER, FIVE_DAYS, STEPS, at("2026-03-05T09:00:00"), at("2026-03-02T09:00:00"), "x", CALENDAR))
			.isInstanceOf(InvalidInputException.class);
	}

	@ParameterizedTest
	@EnumSource(value = DossierStatus.class, names = { "REFUSED", "RETURNED", "STOPPED", "CANCELLED" })
	void terminalStatusesAllowNothing(DossierStatus status) {
		assertThat(LifecyclePolicy.allowedIn(status)).isEmpty();
		assertThat(status.isTerminal()).isTrue();
	}

	@Test
	void onlineSubmissionsWaitForTheDesksCheck() {
		Dossier d = online("2026-03-02T20:00:00");
		assertThat(d.allowedActions()).containsExactlyInAnyOrder(ACCEPT, REQUEST_COMPLETION, REFUSE, STOP_REQUESTED, CANCEL);
		assertThatThrownBy(() -> d.forward(at("2026-03-03T08:00:00"), "x", "", CALENDAR))
			.isInstanceOfSatisfying(ActionNotAllowedException.class, e -> assertThat(e.allowed()).contains(ACCEPT));
	}

	@Test
	void completionIsRequestedOnlyOnceAtIntake() {
		Dossier d = online("2026-03-02T09:00:00");
		d.requestCompletion(List.of("Bản sao giấy chứng sinh"), at("2026-03-02T10:00:00"), "tiepnhan.doluong", CALENDAR);
		assertThat(d.status()).isEqualTo(DossierStatus.COMPLETION_REQUESTED);
		d.resubmit(at("2026-03-03T09:00:00"), "citizen", CALENDAR);
		assertThat(d.status()).isEqualTo(DossierStatus.SUBMITTED);
		assertThat(d.allowedActions()).doesNotContain(REQUEST_COMPLETION).contains(ACCEPT, REFUSE);
		assertThatThrownBy(() -> d.requestCompletion(List.of("x"), at("2026-03-03T10:00:00"), "tiepnhan.doluong", CALENDAR))
			.isInstanceOf(ActionNotAllowedException.class);
	}

	@Test
	void aCompletionRequestMustListWhatIsMissing() {
		Dossier d = online("2026-03-02T09:00:00");
		assertThatThrownBy(() -> d.requestCompletion(List.of(), at("2026-03-02T10:00:00"), "x", CALENDAR))
			.isInstanceOf(InvalidInputException.class);
		assertThat(d.status()).isEqualTo(DossierStatus.SUBMITTED);
	}

	@Test
	void aCompletionRequestDuringProcessingRestartsTheClockFromZero() {
		Dossier d = received("2026-03-02T09:00:00");
		d.forward(at("2026-03-02T10:00:00"), "tiepnhan.doluong", "", CALENDAR);
		d.forward(at("2026-03-03T09:00:00"), "chuyenvien.doluong", "", CALENDAR);
		d.requestCompletion(List.of("Trích lục bản đồ địa chính"), at("2026-03-04T09:00:00"), "chuyenvien.doluong", CALENDAR);
		d.resubmit(at("2026-03-10T14:00:00"), "citizen", CALENDAR);
		assertThat(d.status()).isEqualTo(DossierStatus.IN_PROGRESS);
		assertThat(d.receivedAtTime()).contains(at("2026-03-10T14:00:00"));
		assertThat(d.dueAt()).contains(at("2026-03-17T14:00:00"));
		assertThat(d.originalDueAt()).contains(at("2026-03-09T09:00:00"));
	}

	@Test
	void aCompletionRequestDuringProcessingIsRefusedAfterThreeWorkingDays() {
		Dossier d = received("2026-03-02T09:00:00");
		d.forward(at("2026-03-02T10:00:00"), "x", "", CALENDAR);
		assertThatThrownBy(() -> d.requestCompletion(List.of("x"), at("2026-03-05T09:30:00"), "x", CALENDAR))
			.isInstanceOf(ActionNotAllowedException.class)
			.hasMessage("error.dossier.completion-window-passed");
	}

	@Test
	void stepsAreForwardedGradedAndReturned() {
		Dossier d = received("2026-03-02T09:00:00");
		assertThat(d.currentStep()).as("the receipt step runs from receipt").isZero();
		d.forward(at("2026-03-02T16:00:00"), "tiepnhan.doluong", "", CALENDAR);
		d.assign("chuyenvien.doluong", List.of(), List.of("truongphong.doluong"), at("2026-03-02T16:05:00"), "truongphong.doluong", CALENDAR);
		assertThat(d.currentStep()).isEqualTo(1);
		assertThat(d.progress().get(0).timeliness()).as("half a day from 09:00 ends at 15:00").isEqualTo(Timeliness.LATE);
		assertThat(d.progress().get(1).lead()).isEqualTo("chuyenvien.doluong");
		d.returnToStep(0, "Thiếu chữ ký", at("2026-03-03T09:00:00"), "chuyenvien.doluong", CALENDAR);
		assertThat(d.currentStep()).isZero();
		assertThat(d.progress()).hasSize(3);
		assertThatThrownBy(() -> d.returnToStep(0, "again", at("2026-03-03T10:00:00"), "x", CALENDAR))
			.isInstanceOf(ActionNotAllowedException.class);
	}

	@Test
	void aPauseStopsTheClockAndMovesTheDueDateByTheWorkingTimePaused() {
		Dossier d = received("2026-03-02T09:00:00");
		d.forward(at("2026-03-02T10:00:00"), "x", "", CALENDAR);
		d.pause("Luật Đất đai 2024: thời gian thực hiện nghĩa vụ tài chính", at("2026-03-03T09:00:00"), "x");
		assertThat(d.allowedActions()).containsExactlyInAnyOrder(RESUME, APOLOGISE, STOP_REQUESTED, CANCEL);
		d.resume(at("2026-03-05T09:00:00"), "x", CALENDAR);
		assertThat(d.dueAt()).contains(at("2026-03-11T09:00:00"));
		assertThat(d.pauses()).hasSize(1);
	}

	@Test
	void anApologyGivesANewAppointmentOnlyOnceAndNoLaterThanADayBeforeTheDueDate() {
		Dossier d = received("2026-03-02T09:00:00");
		d.forward(at("2026-03-02T10:00:00"), "x", "", CALENDAR);
		assertThatThrownBy(() -> d.apologise(at("2026-03-13T09:00:00"), "Chờ xác minh", at("2026-03-06T10:00:00"), "x", CALENDAR))
			.isInstanceOf(ActionNotAllowedException.class)
			.hasMessage("error.dossier.apology-too-late");
		assertThatThrownBy(() -> d.apologise(at("2026-03-06T09:00:00"), "Chờ xác minh", at("2026-03-04T10:00:00"), "x", CALENDAR))
			.isInstanceOf(InvalidInputException.class);
		d.apologise(at("2026-03-13T09:00:00"), "Chờ xác minh", at("2026-03-05T09:00:00"), "truongphong.doluong", CALENDAR);
		assertThat(d.dueAt()).contains(at("2026-03-13T09:00:00"));
		assertThat(d.originalDueAt()).contains(at("2026-03-09T09:00:00"));
		assertThat(d.allowedActions()).doesNotContain(APOLOGISE);
		assertThatThrownBy(() -> d.apologise(at("2026-03-20T09:00:00"), "again", at("2026-03-05T10:00:00"), "x", CALENDAR))
			.isInstanceOf(ActionNotAllowedException.class);
	}

	@Test
	void theResultIsGradedAgainstTheDueDate() {
		Dossier early = received("2026-03-02T09:00:00");
		early.forward(at("2026-03-02T10:00:00"), "x", "", CALENDAR);
		early.approve(at("2026-03-06T16:00:00"), "chutich.doluong", CALENDAR);
		assertThat(early.timeliness()).contains(Timeliness.EARLY);

		Dossier onTime = received("2026-03-02T09:00:00");
		onTime.forward(at("2026-03-02T10:00:00"), "x", "", CALENDAR);
		onTime.approve(at("2026-03-09T08:30:00"), "chutich.doluong", CALENDAR);
		assertThat(onTime.timeliness()).contains(Timeliness.ON_TIME);

		Dossier late = received("2026-03-02T09:00:00");
		late.forward(at("2026-03-02T10:00:00"), "x", "", CALENDAR);
		late.approve(at("2026-03-09T09:30:00"), "chutich.doluong", CALENDAR);
		assertThat(late.timeliness()).contains(Timeliness.LATE);
	}

	@Test
	void theFullDeskJourneyEndsReturnedWithEveryKeyDate() {
		Dossier d = received("2026-03-02T09:00:00");
		d.forward(at("2026-03-02T10:00:00"), "tiepnhan.doluong", "", CALENDAR);
		d.forward(at("2026-03-04T14:00:00"), "chuyenvien.doluong", "", CALENDAR);
		assertThat(d.allowedActions()).doesNotContain(FORWARD).contains(APPROVE, REFUSE);
		d.approve(at("2026-03-05T09:00:00"), "chutich.doluong", CALENDAR);
		assertThat(d.allowedActions()).containsExactlyInAnyOrder(DossierAction.RESULT_READY, CANCEL);
		d.resultReady(at("2026-03-05T10:00:00"), "tiepnhan.doluong", CALENDAR);
		d.returnResult(Channel.COUNTER, at("2026-03-06T08:00:00"), "tiepnhan.doluong", CALENDAR);
		assertThat(d.status()).isEqualTo(DossierStatus.RETURNED);
		assertThat(d.resultIssuedAt()).contains(at("2026-03-05T09:00:00"));
		assertThat(d.returnedAt()).contains(at("2026-03-06T08:00:00"));
		assertThat(d.history()).extracting(Dossier.HistoryEntry::action)
			.containsExactly(ACCEPT, FORWARD, FORWARD, APPROVE, DossierAction.RESULT_READY, RETURN_RESULT);
		assertThat(d.progress()).allSatisfy(p -> assertThat(p.timeliness()).isNotNull());
	}

	@Test
	void aTransferredDossierIsGradedWhenItsResultComesBack() {
		Dossier d = received("2026-03-02T09:00:00");
		d.transfer("H41", at("2026-03-02T10:00:00"), "tiepnhan.xa.doluong", CALENDAR);
		assertThat(d.status()).isEqualTo(DossierStatus.TRANSFERRED);
		d.resultReady(at("2026-03-10T10:00:00"), "tiepnhan.xa.doluong", CALENDAR);
		assertThat(d.timeliness()).contains(Timeliness.LATE);
	}

	@Test
	void theApplicantMayStopOnlyBeforeTheResultIsIssued() {
		Dossier d = received("2026-03-02T09:00:00");
		d.forward(at("2026-03-02T10:00:00"), "x", "", CALENDAR);
		d.approve(at("2026-03-03T10:00:00"), "x", CALENDAR);
		assertThatThrownBy(() -> d.stopOnRequest("Không cần nữa", at("2026-03-03T11:00:00"), "citizen"))
			.isInstanceOf(ActionNotAllowedException.class);
		Dossier other = received("2026-03-02T09:00:00");
		other.stopOnRequest("Không cần nữa", at("2026-03-03T11:00:00"), "citizen");
		assertThat(other.status()).isEqualTo(DossierStatus.STOPPED);
		assertThat(other.stoppedAt()).isPresent();
	}

	@Test
	void atRiskAndOverdueFollowTheWorkingClock() {
		Dossier d = received("2026-03-02T09:00:00");
		assertThat(d.isAtRisk(at("2026-03-06T09:00:00"), Duration.ofHours(8), CALENDAR)).isTrue();
		assertThat(d.isAtRisk(at("2026-03-03T09:00:00"), Duration.ofHours(8), CALENDAR)).isFalse();
		assertThat(d.isOverdue(at("2026-03-09T09:01:00"))).isTrue();
		assertThat(d.isOverdue(at("2026-03-09T08:59:00"))).isFalse();
	}

	@Test
	void everyStatusAllowsOnlyItsActions() {
		assertThat(LifecyclePolicy.allowedIn(DossierStatus.COMPLETION_REQUESTED)).containsExactlyInAnyOrder(RESUBMIT, STOP_REQUESTED, CANCEL);
		assertThat(LifecyclePolicy.allowedIn(DossierStatus.RESULT_READY)).containsExactly(RETURN_RESULT);
		assertThat(EnumSet.allOf(DossierStatus.class)).allSatisfy(s -> assertThat(LifecyclePolicy.allowedIn(s)).isNotNull());
	}
}
