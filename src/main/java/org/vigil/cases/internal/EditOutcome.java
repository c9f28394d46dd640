package org.vigil.cases.internal;

import java.time.Instant;
import java.util.List;

import org.vigil.platform.EditRule;
import org.vigil.platform.Refusal;

/**
 * What became of an edit: saved, or refused because someone else saved the record after the
 * editor loaded it. A conflict lists what the other person changed, so the editor can reconcile:
 * pages show it beside the form, the API answers it as a refusal ({@link #refusal()}).
 */
sealed interface EditOutcome<T> {

	record Saved<T>(T record) implements EditOutcome<T> {
	}

	record Conflict<T>(T current, long currentVersion, String changedBy, Instant changedAt, List<FieldChange> changes)
			implements EditOutcome<T> {

		/** The stale edit as a refusal: the current version and the changes made since the edit's version. */
		Refusal refusal() {
			return EditRule.stale(currentVersion, changes);
		}

	}

}
