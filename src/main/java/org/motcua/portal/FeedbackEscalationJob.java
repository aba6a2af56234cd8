package org.motcua.portal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link FeedbackHandling#escalateOverdue} on a schedule ({@code motcua.portal.feedback.escalation-cron}, env
 * {@code MOTCUA_FEEDBACK_ESCALATION_CRON}; every hour by default, {@code -} turns it off). Each feedback is escalated
 * once per stage, and a PostgreSQL advisory lock keeps several instances from running it at the same time.
 */
@Component
class FeedbackEscalationJob {

	private static final Logger log = LoggerFactory.getLogger(FeedbackEscalationJob.class);

	private final FeedbackHandling handling;
	private final Clock clock;

	FeedbackEscalationJob(FeedbackHandling handling, ObjectProvider<Clock> clock) {
		this.handling = handling;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Scheduled(cron = "${motcua.portal.feedback.escalation-cron:0 5 * * * *}", zone = "Asia/Ho_Chi_Minh")
	void run() {
		FeedbackHandling.Escalations run = handling.escalateOverdue(clock.instant());
		if (run.escalated() > 0) {
			log.info("Feedback escalation: {} overdue feedback escalated to unit heads", run.escalated());
		}
	}
}
