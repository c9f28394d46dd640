package org.vigil.publishing.internal.site;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends the webhook's failed notices again every {@code vigil.publishing.webhook.retry-every}, so that a
 * receiver that was down hears every change once it is back, without an operator. Run by the server only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class WebhookRetries {

	private final FailedEventPublications failed;

	private final WebhookProperties properties;

	WebhookRetries(FailedEventPublications failed, WebhookProperties properties) {
		this.failed = failed;
		this.properties = properties;
	}

	@Scheduled(initialDelayString = "${vigil.publishing.webhook.retry-every:PT5M}", fixedDelayString = "${vigil.publishing.webhook.retry-every:PT5M}")
	void resendFailed() {
		if (properties.configured()) {
			failed.resubmit(ResubmissionOptions.defaults().withFilter(publication -> publication.getEvent() instanceof PublicItemChanged));
		}
	}

}
