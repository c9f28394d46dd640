package org.vigil.cases.internal;

import java.util.Set;

import org.vigil.cases.CaseStatus;
import org.vigil.cases.Outcome;
import org.vigil.cases.Priority;

/** The editable facts of a case, as one value that can be compared field by field. */
record CaseDetails(String title, String summary, String countryOfCustody, String countryOfFearedReturn, String region,
		Set<String> themes, CaseStatus status, Priority priority, Outcome outcome) {

	CaseDetails {
		themes = themes == null ? Set.of() : Set.copyOf(themes);
		summary = blankToNull(summary);
		region = blankToNull(region);
		countryOfFearedReturn = blankToNull(countryOfFearedReturn);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
