package org.vigil.urgency.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What time it is for the urgency rules: the application's {@link Clock} bean when there is one
 * (tests move one forward to see an alert escalate), else the system's.
 */
@Component
class UrgencyClock {

	private final Clock clock;

	UrgencyClock(ObjectProvider<Clock> clocks) {
		this.clock = clocks.getIfUnique(Clock::systemUTC);
	}

	Instant now() {
		return clock.instant();
	}

	LocalDate today() {
		return LocalDate.ofInstant(now(), ZoneOffset.UTC);
	}

}
