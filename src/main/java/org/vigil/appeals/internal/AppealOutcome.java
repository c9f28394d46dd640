package org.vigil.appeals.internal;

import java.util.List;

/**
 * What became of a step on an appeal: done; refused by the rules; or stale, because someone saved
 * the appeal after the version the person acted on. A stale edit names the fields whose saved
 * value now differs from what the person sent, so that they can reconcile.
 */
sealed interface AppealOutcome {

	record Done(AppealView appeal) implements AppealOutcome {
	}

	record Refused(Refusal refusal) implements AppealOutcome {
	}

	record Stale(AppealView current, List<String> differingFields) implements AppealOutcome {
	}

}
