package org.vigil.events.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long completed event publications are kept, and how often they are cleared.
 *
 * @param keepCompleted completed publications older than this are deleted ({@code VIGIL_EVENTS_KEEP_COMPLETED}, default 7 days)
 * @param cleanupEvery how often the deletion runs (default every hour)
 */
@ConfigurationProperties("vigil.events")
record EventsProperties(@DefaultValue("7d") Duration keepCompleted, @DefaultValue("1h") Duration cleanupEvery) {

	EventsProperties {
		if (keepCompleted.isNegative() || cleanupEvery.isNegative() || cleanupEvery.isZero()) {
			throw new IllegalArgumentException("vigil.events.keep-completed must not be negative and vigil.events.cleanup-every must be positive.");
		}
	}

}
