package org.vigil.events.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The server's scheduled work on the registry: completed publications are deleted once older than
 * {@code vigil.events.keep-completed}; scheduling also runs Spring Modulith's check for publications
 * stuck in processing. Operator commands (which set {@code vigil.command}) schedule nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "vigil.command", havingValue = "serve", matchIfMissing = true)
class CompletedPublicationsCleanup {

	private final EventPublications publications;

	private final EventsProperties properties;

	CompletedPublicationsCleanup(EventPublications publications, EventsProperties properties) {
		this.publications = publications;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${vigil.events.cleanup-every:1h}", initialDelayString = "${vigil.events.cleanup-every:1h}")
	void deleteOldCompletedPublications() {
		publications.deleteCompletedOlderThan(properties.keepCompleted());
	}

}
