package org.motcua.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.motcua.calendar.DurationUnit;
import org.motcua.calendar.WorkingCalendar;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationRulesTests {

	static final WorkingCalendar CALENDAR = WorkingCalendar.standard();
	static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	static ProcedureContent content(Announcement announcement, LocalDate publishedOn) {
		return new ProcedureContent(null, "Thủ tục", "Lĩnh vực", List.of(CompetenceLevel.of("COMMUNE", LocalDate.of(2020, 1, 1))),
				List.of("H41.52"), "UBND xã", null, List.of(Subject.CITIZEN), List.of(Channel.IN_PERSON),
				new ProcessingTime(BigDecimal.ONE, DurationUnit.WORKING_DAYS), null, List.of(),
				List.of(new DossierComponent("TK", "Tờ khai", null, 1, 0, true, false, false)), new ProcedureResult("Giấy", true, false),
				null, "Nộp; nhận.", List.of(new LegalReference("1/2026/QĐ-UBND", "Quyết định", null, null)), false, null, announcement,
				publishedOn, ProcedureStatus.ACTIVE, false, null);
	}

	static List<PublicationIssue.Kind> kinds(ProcedureContent c, LocalDate effectiveFrom) {
		ProcedureVersion v = new ProcedureVersion(1, "T", 1, effectiveFrom, c, "t", Instant.EPOCH, null);
		return PublicationRules.check(v, CALENDAR, TODAY).stream().map(PublicationIssue::kind).toList();
	}

	@Test
	void anAnnouncementFiveWorkingDaysBeforeTakingEffectIsOnTimeAndOneDayLaterIsLate() {
		// takes effect Monday 9/3/2026: the 5th working day before is Monday 2/3/2026
		LocalDate effective = LocalDate.of(2026, 3, 9);
		assertThat(PublicationRules.workingDaysBefore(CALENDAR, effective, 5)).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(kinds(content(new Announcement("1/QĐ-UBND", LocalDate.of(2026, 3, 2)), LocalDate.of(2026, 3, 3)), effective)).isEmpty();
		assertThat(kinds(content(new Announcement("1/QĐ-UBND", LocalDate.of(2026, 3, 3)), LocalDate.of(2026, 3, 3)), effective))
			.containsExactly(PublicationIssue.Kind.ANNOUNCEMENT_LATE);
	}

	@Test
	void theDeadlinesCountWorkingDaysSoTetAndWeekendsDoNotCount() {
		// Tết 2026: 16–20/2 off; announced Friday 13/2, the 5th working day after is Friday 27/2
		assertThat(PublicationRules.workingDaysAfter(CALENDAR, LocalDate.of(2026, 2, 13), 5)).isEqualTo(LocalDate.of(2026, 2, 27));
		LocalDate effective = LocalDate.of(2026, 4, 1);
		Announcement a = new Announcement("2/QĐ-UBND", LocalDate.of(2026, 2, 13));
		assertThat(kinds(content(a, LocalDate.of(2026, 2, 27)), effective)).isEmpty();
		assertThat(kinds(content(a, LocalDate.of(2026, 3, 2)), effective)).containsExactly(PublicationIssue.Kind.PUBLICATION_LATE);
		assertThat(kinds(content(a, null), effective)).containsExactly(PublicationIssue.Kind.NOT_PUBLISHED);
	}

	@Test
	void missingRequiredPartsAndAMissingAnnouncementAreFlagged() {
		ProcedureContent empty = new ProcedureContent(null, "Thủ tục", "Lĩnh vực", List.of(), List.of(), null, null, List.of(), List.of(),
				null, null, List.of(), List.of(), null, null, null, List.of(), false, null, null, null, ProcedureStatus.ACTIVE, false, null);
		assertThat(kinds(empty, LocalDate.of(2026, 1, 1))).containsExactly(PublicationIssue.Kind.NOT_ANNOUNCED,
				PublicationIssue.Kind.MISSING_STEPS, PublicationIssue.Kind.MISSING_CHANNELS, PublicationIssue.Kind.MISSING_COMPONENTS,
				PublicationIssue.Kind.MISSING_PROCESSING_TIME, PublicationIssue.Kind.MISSING_SUBJECTS, PublicationIssue.Kind.MISSING_AGENCY,
				PublicationIssue.Kind.MISSING_RESULT, PublicationIssue.Kind.MISSING_LEGAL_BASIS);
		assertThat(kinds(empty.withStatus(ProcedureStatus.ABOLISHED), LocalDate.of(2026, 1, 1))).isEmpty();
	}

	@Test
	void aPublicationNotYetDueIsNoIssue() {
		Announcement a = new Announcement("3/QĐ-UBND", TODAY.minusDays(1));
		assertThat(kinds(content(a, null), TODAY.plusDays(30))).isEmpty();
	}
}
