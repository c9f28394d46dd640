package org.vigil.urgency.internal;

import java.util.List;
import java.util.Objects;

import org.vigil.urgency.UrgencyLevel;

/**
 * What the urgency rules concluded for a case: its level, the reasons for it (the weightiest
 * first) and the next step for the team.
 */
record Assessment(UrgencyLevel level, List<Phrase> reasons, Phrase nextStep) {

	Assessment {
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(nextStep, "nextStep");
		reasons = List.copyOf(reasons);
	}

}
