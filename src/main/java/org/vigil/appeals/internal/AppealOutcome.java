package org.vigil.appeals.internal;

import java.util.List;

import org.vigil.platform.EditRule;
import org.vigil.platform.Refusal;

/**
 * What became of a step on an appeal: done; refused by the rules; or stale, because someone saved
 * the appeal after the version the person acted on. A stale edit names the fields whose saved
 * value now differs from what the person sent, so that they can reconcile.
 */
sealed interface AppealOutcome {

	record Done(AppealView appeal) implements AppealOutcome {
	}

	record Refused(Refusal refusal) implements AppealOutcome {

		Refused(AppealRule rule) {
			this(Refusal.of(rule));
		}

	}

	record Stale(AppealView current, List<String> differingFields) implements AppealOutcome {

		/** The refusal of the step, for API callers: the current version and the fields that differ. */
		Refusal refusal() {
			return EditRule.stale(current.version(), differingFields);
		}

	}

}
