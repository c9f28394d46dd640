package org.vigil.followup.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Opens due follow-up tasks and reminds of them every {@code vigil.followup.check-every}, by the
 * server only (operator commands start no web application).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class FollowupSchedule {

	private static final Logger log = LoggerFactory.getLogger(FollowupSchedule.class);

	private final DueTasks due;

	FollowupSchedule(DueTasks due) {
		this.due = due;
	}

	@Scheduled(initialDelayString = "${vigil.followup.first-check-after:PT1M}", fixedDelayString = "${vigil.followup.check-every:PT15M}")
	void check() {
		DueTasks.Run run = due.run();
		if (run.opened() + run.answered() > 0) {
			log.info("Follow-up: {} tasks fell due, {} closed by a reply, {} reminders sent", run.opened(), run.answered(), run.reminded());
		}
	}

}
