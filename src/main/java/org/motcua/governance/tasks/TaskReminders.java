package org.motcua.governance.tasks;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily reminder and escalation run: reminds the responsible official of an open task in the last
 * {@value TaskRules#REMIND_WORKING_DAYS_BEFORE} working days before its deadline, and escalates an overdue task, once,
 * to the head of the owning office or unit. Both are recorded on the task (its events, visible on the task page and in
 * the head's list) and in the audit trail. One instance runs it at a time (a PostgreSQL advisory lock), so several
 * application instances do not remind twice.
 */
@Component
public class TaskReminders {

	private static final Logger log = LoggerFactory.getLogger(TaskReminders.class);

	private final Tasks tasks;
	private final JdbcClient jdbc;
	private final TransactionTemplate tx;

	TaskReminders(Tasks tasks, JdbcClient jdbc, TransactionTemplate tx) {
		this.tasks = tasks;
		this.jdbc = jdbc;
		this.tx = tx;
	}

	/** How many tasks one run reminded and escalated. */
	public record Run(int reminded, int escalated) {
	}

	@Scheduled(cron = "${motcua.governance.reminder-cron:0 0 7 * * MON-FRI}", zone = "Asia/Ho_Chi_Minh")
	void daily() {
		Run run = runFor(tasks.today());
		if (run.reminded() + run.escalated() > 0) {
			log.info("Task reminders: {} reminded, {} escalated", run.reminded(), run.escalated());
		}
	}

	/** Reminds and escalates as of {@code today}; a task is reminded once and escalated once. */
	public Run runFor(LocalDate today) {
		Run run = tx.execute(status -> {
			if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext('motcua.governance.reminders'))").query(Boolean.class).single()) {
				return new Run(0, 0);
			}
			int reminded = 0;
			int escalated = 0;
			for (Tasks.Due due : tasks.openTasks()) {
				if (TaskRules.overdue(due.status(), due.deadline(), today)) {
					if (due.escalatedOn() == null) {
						tasks.escalate(due, today);
						escalated++;
					}
				}
				else if (TaskRules.remindToday(due.status(), due.deadline(), today, due.remindedOn(), tasks.calendarOf(due.unitCode()))) {
					tasks.remind(due, today);
					reminded++;
				}
			}
			return new Run(reminded, escalated);
		});
		return run == null ? new Run(0, 0) : run;
	}
}
