package org.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.organization.Caller;
import org.motcua.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Circular 01/2018 Art. 13 indicator 8: the unit's handling of feedback (PAKN) in the quarter. */
@IntegrationTest
class FeedbackHandlingScoreTests {

	/** A former district and a quarter of its own time, where no other test writes feedback. */
	static final String UNIT = "H41.20";
	static final String QUARTER = "2025-Q1";

	@Autowired
	FeedbackFigures figures;

	@Autowired
	Reports reports;

	@Autowired
	Scoring scoring;

	@Test
	void noProlongedFeedbackAndAllOnTimeScoresTwoAtLeastNinetyPercentOneAndAnyProlongedNone() {
		assertThat(new Scoring.FeedbackHandling(0, 0, 0).points()).isEqualTo(2);
		assertThat(new Scoring.FeedbackHandling(10, 10, 0).points()).isEqualTo(2);
		assertThat(new Scoring.FeedbackHandling(10, 9, 0).points()).isEqualTo(1);
		assertThat(new Scoring.FeedbackHandling(10, 8, 0).points()).isEqualTo(0);
		assertThat(new Scoring.FeedbackHandling(10, 10, 1).points()).isEqualTo(0);
		assertThat(new Scoring.FeedbackHandling(0, 0, 1).points()).isEqualTo(0);
	}

	@Test
	void theQuartersAnswersAreCountedAndFeedbackStillOpenPastItsDeadlineAtTheQuartersEndIsProlongedButRefusedIsNot() {
		Reports.Scope scope = reports.scope(Caller.system(), new ReportQuery(UNIT, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), null, null));
		Scoring.FeedbackHandling before = scoring.feedbackHandling(scope);
		long id = 9_100_000_000L + (System.nanoTime() % 1_000_000) * 10;

		// answered by its deadline
		figures.received(id, UNIT, at(2025, 1, 5), at(2025, 1, 20));
		figures.answered(id, UNIT, at(2025, 1, 20), at(2025, 1, 15), true);
		// answered after its deadline, within the quarter: late, not prolonged
		figures.received(id + 1, UNIT, at(2025, 1, 20), at(2025, 2, 10));
		figures.answered(id + 1, UNIT, at(2025, 2, 10), at(2025, 2, 20), false);
		// never answered: prolonged
		figures.received(id + 2, UNIT, at(2025, 2, 20), at(2025, 3, 10));
		// refused before its deadline: closed, not prolonged
		figures.received(id + 3, UNIT, at(2025, 2, 25), at(2025, 3, 12));
		figures.refused(id + 3, UNIT, at(2025, 3, 12), at(2025, 3, 1));
		// answered only after the quarter ended: prolonged in this quarter
		figures.received(id + 4, UNIT, at(2025, 3, 1), at(2025, 3, 20));
		figures.answered(id + 4, UNIT, at(2025, 3, 20), at(2025, 4, 2), false);
		// a redelivered answer changes nothing
		figures.answered(id, UNIT, at(2025, 1, 20), at(2025, 1, 15), true);

		Scoring.FeedbackHandling after = scoring.feedbackHandling(scope);
		assertThat(after.answered() - before.answered()).isEqualTo(2);
		assertThat(after.answeredOnTime() - before.answeredOnTime()).isEqualTo(1);
		assertThat(after.prolonged() - before.prolonged()).isEqualTo(2);
		assertThat(after.points()).isZero();

		Scores scores = scoring.compute(Caller.system(), UNIT, QUARTER);
		Scores.Indicator eight = scores.indicators().get(7);
		assertThat(eight.number()).isEqualTo(8);
		assertThat(eight.measurable()).isTrue();
		assertThat(eight.average()).isEqualByComparingTo("0");
	}

	private static Instant at(int year, int month, int day) {
		return LocalDate.of(year, month, day).atTime(LocalTime.of(9, 0)).atZone(WorkingCalendar.ZONE).toInstant();
	}
}
