package org.vigil.cases.internal;

import java.time.Instant;
import java.util.List;

/**
 * What became of an edit: saved, or refused because someone else saved the record after the
 * editor loaded it. A refusal lists what the other person changed, so the editor can reconcile.
 */
sealed interface EditOutcome<T> {

	record Saved<T>(T record) implements EditOutcome<T> {
	}

	record Conflict<T>(T current, long currentVersion, String changedBy, Instant changedAt, List<FieldChange> changes)
			implements EditOutcome<T> {
	}

}
