package org.vigil.cases;

import java.util.Set;
import java.util.UUID;

/**
 * A case's facts were changed: which fields changed (by the names the API uses, e.g.
 * {@code countryOfFearedReturn}, {@code status}), and the facts others reason about as they are now
 * — enough for urgency or obligations to be worked out again without asking back.
 */
public record CaseChanged(UUID caseId, Set<String> changedFields, String countryOfCustody, String countryOfFearedReturn,
		CaseStatus status, Priority priority) {

	public CaseChanged {
		changedFields = Set.copyOf(changedFields);
	}

}
