package org.vigil.dispatch.internal;

import java.time.Instant;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Tries again the letters that could not be sent: every {@code vigil.dispatch.retry-every}, the
 * failed publications of {@link DeliveryRequested} whose attempt is due (its backoff has passed) are
 * resubmitted to {@link Delivery}. An attempt sent meanwhile is resubmitted too, so that its
 * publication completes — {@link Delivery} sends nothing for it. Run by the server only: operator
 * commands start no web application.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class DeliveryRetry {

	private final FailedEventPublications failed;

	private final AttemptLedger ledger;

	DeliveryRetry(FailedEventPublications failed, AttemptLedger ledger) {
		this.failed = failed;
		this.ledger = ledger;
	}

	@Scheduled(initialDelayString = "${vigil.dispatch.retry-every:PT1M}", fixedDelayString = "${vigil.dispatch.retry-every:PT1M}")
	void retryDue() {
		Instant now = Instant.now();
		failed.resubmit(ResubmissionOptions.defaults().withFilter(publication -> isDue(publication, now)));
	}

	private boolean isDue(EventPublication publication, Instant now) {
		return publication.getEvent() instanceof DeliveryRequested requested && ledger.due(requested.attemptId(), now);
	}

}
