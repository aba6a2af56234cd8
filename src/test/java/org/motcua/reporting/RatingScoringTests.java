package org.motcua.reporting;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.motcua.dossier.DossierEvents;
import org.motcua.reporting.RatingFigures.Attitude;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules that turn applicants' ratings into Circular 01/2018 Art. 13 points per dossier and into Decision 766
 * indicator 5.4, without Spring.
 */
class RatingScoringTests {

	@ParameterizedTest(name = "{0}, {1} completion requests, rated {2}: indicators 1={5} 3={6} 4={7} 7={8}")
	@CsvSource(nullValues = "-", textBlock = """
			# timeliness, completions, contacts, agencies, attitude+charges, i1, i3, i4, i7
			EARLY,   0, -, -, -,          2, 2, -, 2
			ON_TIME, 1, -, -, -,          1, 1, -, 1
			LATE,    2, -, -, -,          0, 0, -, 0
			EARLY,   0, 0, 0, GOOD,       2, 2, 2, 2
			EARLY,   0, 1, 1, ACCEPTABLE, 2, 1, 1, 2
			EARLY,   1, 0, 2, GOOD,       2, 1, 0, 2
			EARLY,   0, 3, 0, POOR,       2, 0, 2, 0
			ON_TIME, 0, 0, 1, GOOD+EXTRA, 1, 2, 1, 0
			LATE,    0, 0, 0, GOOD,       0, 2, 2, 0
			""")
	void eachDossierScoresTimeContactsBodiesAndAttitudeFromItsEventsAndItsRating(String timeliness, long completions,
			Integer contacts, Integer agencies, String attitude, int i1, int i3, Integer i4, int i7) {
		Scores.Rating rating = contacts == null ? null
				: new Scores.Rating(true, contacts, agencies, Attitude.valueOf(attitude.replace("+EXTRA", "")), attitude.endsWith("+EXTRA"));
		Scores.DossierScore s = Scoring.score("D", timeliness, null, completions, rating);
		assertThat(s.indicator1()).isEqualTo(i1);
		assertThat(s.indicator3()).isEqualTo(i3);
		assertThat(s.indicator4()).isEqualTo(i4);
		assertThat(s.indicator7()).isEqualTo(i7);
		assertThat(s.rating()).isEqualTo(rating);
	}

	@Test
	void indicatorTwoGivesTwoWhenEveryStepWasEarlyOneWhenNoneWasLateAndIsLeftOutWithoutAFinishedStep() {
		assertThat(Scoring.score("A", "EARLY", new DossierEvents.StepGrades(3, 0, 0), 0, null).indicator2()).isEqualTo(2);
		assertThat(Scoring.score("B", "EARLY", new DossierEvents.StepGrades(2, 1, 0), 0, null).indicator2()).isEqualTo(1);
		assertThat(Scoring.score("C", "EARLY", new DossierEvents.StepGrades(2, 1, 1), 0, null).indicator2()).isZero();
		assertThat(Scoring.score("D", "LATE", new DossierEvents.StepGrades(0, 0, 0), 0, null).indicator2()).isNull();
		assertThat(Scoring.score("E", "LATE", null, 0, null).indicator2()).isNull();
		List<Scores.DossierScore> scored = List.of(Scoring.score("A", "EARLY", new DossierEvents.StepGrades(3, 0, 0), 0, null),
				Scoring.score("B", "EARLY", new DossierEvents.StepGrades(2, 1, 0), 0, null),
				Scoring.score("E", "LATE", null, 0, null));
		// (2 + 1) / 2 dossiers with steps
		assertThat(Scoring.average(scored, 2)).isEqualByComparingTo("1.5");
		assertThat(Scoring.average(scored.subList(2, 3), 2)).isNull();
	}

	@Test
	void indicatorFourIsAveragedOverTheRatedDossiersOnlyAndLeftOutWithoutAny() {
		List<Scores.DossierScore> scored = List.of(
				Scoring.score("A", "EARLY", null, 0, new Scores.Rating(true, 0, 0, Attitude.GOOD, false)),
				Scoring.score("B", "EARLY", null, 0, new Scores.Rating(true, 1, 1, Attitude.ACCEPTABLE, false)),
				Scoring.score("C", "EARLY", null, 0, new Scores.Rating(true, 2, 2, Attitude.GOOD, true)),
				Scoring.score("D", "EARLY", null, 0, new Scores.Rating(false, 0, 1, Attitude.POOR, false)),
				Scoring.score("E", "EARLY", null, 0, null));
		// 4: (2 + 1 + 0 + 1) / 4 rated = 1.0; 3: (2 + 1 + 0 + 2 + 2) / 5 = 1.4; 7: (2 + 2 + 0 + 0 + 2) / 5 = 1.2
		assertThat(Scoring.average(scored, 4)).isEqualByComparingTo("1.0");
		assertThat(Scoring.average(scored, 3)).isEqualByComparingTo("1.4");
		assertThat(Scoring.average(scored, 7)).isEqualByComparingTo("1.2");
		assertThat(Scoring.average(scored, 1)).isEqualByComparingTo("2.0");
		assertThat(Scoring.average(scored.subList(4, 5), 4)).isNull();
	}

	@Test
	void fiveDossiersInTimeOneDislikedGiveEightyPercentAndFivePointThreeThreeOfSixPoints() {
		long[] m = Scorecard766.satisfaction54(5, 5, 1);
		assertThat(m).containsExactly(4, 5);
		assertThat(Scorecard766.rate(m[0], m[1])).isEqualByComparingTo("80.00");
		// below 90%: proportional, 6 × 0.80 / 0.90 = 5.333…
		assertThat(Scorecard766.points(m[0], m[1], BigDecimal.valueOf(6), 0.9)).isEqualByComparingTo("5.33");
	}

	@Test
	void aLateDossierThatWasAlsoDislikedIsSubtractedOnceAndNinetyPercentEarnsFullPoints() {
		// 10 handled, 1 late (disliked too, so not in dislikedInTime), none else disliked: 9 of 10
		long[] m = Scorecard766.satisfaction54(10, 9, 0);
		assertThat(m).containsExactly(9, 10);
		assertThat(Scorecard766.rate(m[0], m[1])).isEqualByComparingTo("90.00");
		assertThat(Scorecard766.points(m[0], m[1], BigDecimal.valueOf(6), 0.9)).isEqualByComparingTo("6.00");
	}
}
