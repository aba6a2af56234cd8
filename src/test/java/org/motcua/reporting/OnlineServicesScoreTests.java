package org.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.motcua.calendar.Timeliness;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.catalog.Catalog;
import org.motcua.dossier.Channel;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierEvents;
import org.motcua.dossier.DossierStatus;
import org.motcua.organization.Caller;
import org.motcua.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Circular 01/2018 Art. 13 indicator 9: the unit's online service in the quarter. */
@IntegrationTest
class OnlineServicesScoreTests {

	/** The former district Tân Kỳ in a quarter of its own time, where no other test writes dossiers. */
	static final String UNIT = "H41.21";
	static final String QUARTER = "2024-Q4";
	static final String PROCEDURE = "H41-X-HKD-031";

	@Autowired
	ReadModel readModel;

	@Autowired
	Reports reports;

	@Autowired
	Scoring scoring;

	@Autowired
	Catalog catalog;

	@Autowired
	TransactionTemplate tx;

	@Test
	void twoPointsNeedAFifthOfTheProceduresAndThirtyPercentOfTheDossiersOnlineOnePointFifteenPercentAndNeitherALateOne() {
		assertThat(new Scores.Online(10, 2, 10, 3, 0).points()).isEqualTo(2);
		assertThat(new Scores.Online(10, 1, 10, 3, 0).points()).as("a tenth of the procedures online").isEqualTo(1);
		assertThat(new Scores.Online(10, 5, 20, 5, 0).points()).as("25% of the dossiers online").isEqualTo(1);
		assertThat(new Scores.Online(10, 5, 20, 3, 0).points()).as("15% of the dossiers online").isEqualTo(1);
		assertThat(new Scores.Online(10, 5, 100, 14, 0).points()).as("14% online").isZero();
		assertThat(new Scores.Online(10, 5, 10, 9, 1).points()).as("an online dossier late or overdue").isZero();
		assertThat(new Scores.Online(10, 0, 10, 9, 0).points()).as("no procedure online").isZero();
		assertThat(new Scores.Online(0, 0, 10, 9, 0).measurable()).isFalse();
		assertThat(new Scores.Online(10, 2, 0, 0, 0).measurable()).isFalse();
	}

	@Test
	void theQuartersDossiersOnlineAndTheLateOnesAmongThemAreCountedAgainstTheCataloguesProceduresOnline() {
		// the events are applied to the read model directly, with no dossier behind them: undone at the end, so that a
		// recount (RecountAgreementTests) finds only what the dossiers explain
		tx.executeWithoutResult(status -> {
			try {
				countsTheQuartersOnlineDossiers();
			}
			finally {
				status.setRollbackOnly();
			}
		});
	}

	private void countsTheQuartersOnlineDossiers() {
		Reports.Scope scope = reports.scope(Caller.system(), new ReportQuery(UNIT, LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31), null, null));
		Scores.Online before = scoring.onlineServices(scope);
		String prefix = "I9-" + System.nanoTime() + "-";

		// three received online: one finished early, one finished late, one still open and not yet due at the quarter's end
		register(prefix + 1, Channel.ONLINE, at(2024, 10, 7), at(2024, 10, 21));
		finish(prefix + 1, Channel.ONLINE, at(2024, 10, 14), Timeliness.EARLY);
		register(prefix + 2, Channel.ONLINE, at(2024, 11, 4), at(2024, 11, 18));
		finish(prefix + 2, Channel.ONLINE, at(2024, 11, 25), Timeliness.LATE);
		register(prefix + 3, Channel.ONLINE, at(2024, 12, 23), at(2025, 1, 10));
		// four at the desk, one of them late: not an online dossier
		register(prefix + 4, Channel.COUNTER, at(2024, 10, 8), at(2024, 10, 22));
		finish(prefix + 4, Channel.COUNTER, at(2024, 10, 30), Timeliness.LATE);
		register(prefix + 5, Channel.COUNTER, at(2024, 10, 9), at(2024, 10, 23));
		register(prefix + 6, Channel.POST, at(2024, 11, 9), at(2024, 12, 23));
		register(prefix + 7, Channel.COUNTER, at(2024, 12, 9), at(2024, 12, 23));
		// received online before the quarter, still open and overdue when it ended
		register(prefix + 8, Channel.ONLINE, at(2024, 9, 2), at(2024, 9, 16));

		Scores.Online after = scoring.onlineServices(scope);
		assertThat(after.received() - before.received()).isEqualTo(7);
		assertThat(after.receivedOnline() - before.receivedOnline()).isEqualTo(3);
		assertThat(after.onlineLateOrOverdue() - before.onlineLateOrOverdue()).as("the late one and the overdue one").isEqualTo(2);
		var stats = catalog.stats(UNIT, LocalDate.of(2024, 12, 31));
		assertThat(after.procedures()).isEqualTo(stats.total());
		assertThat(after.proceduresOnline()).isEqualTo(stats.online());
		assertThat(after.points()).as("an online dossier was late").isZero();

		Scores scores = scoring.compute(Caller.system(), UNIT, QUARTER);
		assertThat(scores.online()).isEqualTo(after);
		Scores.Indicator nine = scores.indicators().get(8);
		assertThat(nine.number()).isEqualTo(9);
		assertThat(nine.measurable()).isEqualTo(after.measurable());
		if (after.measurable()) {
			assertThat(nine.average()).isEqualByComparingTo("0");
		}
	}

	private void register(String code, Channel channel, Instant at, Instant due) {
		readModel.apply(new DossierEvents.DossierRegistered(code, null, UNIT, PROCEDURE, channel, DossierStatus.RECEIVED, at, due));
	}

	private void finish(String code, Channel channel, Instant at, Timeliness timeliness) {
		readModel.apply(new DossierEvents.DossierActionTaken(code, DossierAction.APPROVE, DossierStatus.IN_PROGRESS,
				DossierStatus.RESULT_READY, UNIT, PROCEDURE, channel, at, "system", null, timeliness, null));
	}

	private static Instant at(int year, int month, int day) {
		return LocalDate.of(year, month, day).atTime(LocalTime.of(9, 0)).atZone(WorkingCalendar.ZONE).toInstant();
	}
}
