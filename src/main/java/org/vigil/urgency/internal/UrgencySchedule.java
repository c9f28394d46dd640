package org.vigil.urgency.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The rules that depend on time — a transfer's day drawing near, days without news, an alert
 * nobody acknowledged — are applied on a schedule, by the server only: operator commands start
 * no web application, and so never run it. The intervals are {@code vigil.urgency.recompute-every}
 * (every followed case assessed again; the first run a minute after start, which also assesses
 * the cases that existed before the urgency module) and {@code vigil.urgency.escalation-check-every}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class UrgencySchedule {

	private static final Logger log = LoggerFactory.getLogger(UrgencySchedule.class);

	private final Recomputation recomputation;

	private final Alerts alerts;

	UrgencySchedule(Recomputation recomputation, Alerts alerts) {
		this.recomputation = recomputation;
		this.alerts = alerts;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "${vigil.urgency.recompute-every:PT15M}")
	void recompute() {
		log.debug("Assessed the urgency of {} cases again", recomputation.all());
	}

	@Scheduled(initialDelayString = "${vigil.urgency.escalation-check-every:PT1M}",
			fixedDelayString = "${vigil.urgency.escalation-check-every:PT1M}")
	void escalate() {
		int escalated = alerts.escalateDue();
		if (escalated > 0) {
			log.info("{} unacknowledged alerts went on to the teams' reviewers", escalated);
		}
	}

}
