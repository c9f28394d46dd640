package org.vigil.followup.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What time it is for follow-up: the application's {@link Clock} bean when there is one (tests move
 * one forward to see a task fall due), else the system's.
 */
@Component
class FollowupClock {

	private final Clock clock;

	FollowupClock(ObjectProvider<Clock> clocks) {
		this.clock = clocks.getIfUnique(Clock::systemUTC);
	}

	Instant now() {
		return clock.instant();
	}

}
