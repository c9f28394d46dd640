package org.vigil.publishing.internal.prepare;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes embargoed publications when their embargo ends: every {@code vigil.publishing.embargo-check-every}
 * (a minute by default), by the application's clock, never before. Run by the server only: operator
 * commands start no web application.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class EmbargoEnds {

	private static final Logger log = LoggerFactory.getLogger(EmbargoEnds.class);

	private final Publications publications;

	EmbargoEnds(Publications publications) {
		this.publications = publications;
	}

	@Scheduled(initialDelayString = "${vigil.publishing.embargo-check-every:PT1M}",
			fixedDelayString = "${vigil.publishing.embargo-check-every:PT1M}")
	void releaseDue() {
		int published = publications.releaseEmbargoEnded();
		if (published > 0) {
			log.info("Published {} publication(s) whose embargo ended", published);
		}
	}

}
