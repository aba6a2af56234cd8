package org.motcua.portal;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@RecordApplicationEvents
class FeedbackEscalationTests {

	@Autowired
	FeedbackService feedback;

	@Autowired
	FeedbackHandling handling;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	static Instant at(int month, int day, int hour) {
		return LocalDateTime.of(2026, month, day, hour, 0).atZone(WorkingCalendar.ZONE).toInstant();
	}

	@Test
	void feedbackUnansweredPastItsFifteenthWorkingDayIsEscalatedOnceToTheUnitHead() {
		// received Monday 1 June 2026 09:00: the answer is due Monday 22 June 09:00 (15 working days)
		long id = feedback.submit(FeedbackTests.aboutRules(), at(6, 1, 9)).id();

		assertThat(handling.escalateOverdue(at(6, 22, 8)).feedbackIds()).as("an hour before the deadline").doesNotContain(id);
		assertThat(jdbc.sql("SELECT overdue_at IS NULL FROM portal.feedback WHERE id = :id").param("id", id).query(Boolean.class).single()).isTrue();

		assertThat(handling.escalateOverdue(at(6, 22, 10)).feedbackIds()).contains(id);
		assertThat(jdbc.sql("SELECT escalated_to FROM portal.feedback WHERE id = :id AND overdue_at = :at")
			.param("id", id).param("at", java.sql.Timestamp.from(at(6, 22, 10))).query(String.class).single())
			.as("the commune's chairman heads the unit").isEqualTo("chutich.xadoluong");
		assertThat(jdbc.sql("SELECT stage || ':' || head_username FROM portal.feedback_escalation WHERE feedback_id = :id")
			.param("id", id).query(String.class).list()).containsExactly("ANSWER:chutich.xadoluong");
		assertThat(events.stream(PortalEvents.FeedbackOverdue.class).filter(e -> e.feedbackId() == id))
			.singleElement().satisfies(e -> {
				assertThat(e.stage()).isEqualTo("ANSWER");
				assertThat(e.deadline()).isEqualTo(at(6, 22, 9));
				assertThat(e.headUsername()).isEqualTo("chutich.xadoluong");
			});
		assertThat(jdbc.sql("SELECT count(*) FROM audit.entry WHERE action = 'FEEDBACK_OVERDUE' AND target_id = (SELECT tracking_code FROM portal.feedback WHERE id = :id)")
			.param("id", id).query(Long.class).single()).isEqualTo(1);

		assertThat(handling.escalateOverdue(at(6, 23, 10)).feedbackIds()).as("once per stage").doesNotContain(id);
	}

	@Test
	void aConductReportAboutTheChairmanIsEscalatedToTheHeadAboveAndNeverToHim() {
		long id = feedback.submit(FeedbackHandlingTests.conductReport("ông Trần Văn Tâm"), at(6, 1, 9)).id();
		assertThat(handling.escalateOverdue(at(6, 22, 10)).feedbackIds()).contains(id);
		String head = jdbc.sql("SELECT head_username FROM portal.feedback_escalation WHERE feedback_id = :id")
			.param("id", id).query(String.class).single();
		assertThat(head).as("the province chairman, the leader of the unit above").isEqualTo("chutich.nghean");
	}
}
