package org.vigil.cases.internal;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.vigil.cases.CaseStatus;
import org.vigil.cases.Outcome;
import org.vigil.cases.Priority;
import org.vigil.cases.ReturnRisk;

/**
 * The editable facts of a case, as one value that can be compared field by field.
 *
 * @param risks what the people face if returned, none when none is recorded
 */
record CaseDetails(String title, String summary, String countryOfCustody, String countryOfFearedReturn, String region,
		Set<String> themes, Set<ReturnRisk> risks, CaseStatus status, Priority priority, Outcome outcome) {

	CaseDetails {
		themes = themes == null ? Set.of() : Set.copyOf(themes);
		risks = risks == null || risks.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(risks)); // in declaration order
		summary = blankToNull(summary);
		region = blankToNull(region);
		countryOfFearedReturn = blankToNull(countryOfFearedReturn);
	}

	/** A case recording no risks. */
	CaseDetails(String title, String summary, String countryOfCustody, String countryOfFearedReturn, String region,
			Set<String> themes, CaseStatus status, Priority priority, Outcome outcome) {
		this(title, summary, countryOfCustody, countryOfFearedReturn, region, themes, Set.of(), status, priority, outcome);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
