package org.vigil.cases.internal;

import java.time.Instant;
import java.util.UUID;

import org.vigil.accounts.Team;
import org.vigil.cases.CaseStatus;
import org.vigil.cases.Outcome;
import org.vigil.cases.Priority;

/** What a page shows of a case at a glance. */
record CaseSummary(UUID id, String reference, String title, String countryOfCustody, String countryOfFearedReturn,
		CaseStatus status, Priority priority, Outcome outcome, String teamName, Instant updatedAt, String updatedBy,
		long version) {

	static CaseSummary of(CaseFile c, Team team) {
		CaseDetails d = c.details();
		return new CaseSummary(c.id(), c.reference(), d.title(), d.countryOfCustody(), d.countryOfFearedReturn(), d.status(),
				d.priority(), d.outcome(), team == null ? null : team.name(), c.updatedAt(), c.updatedBy(), c.version());
	}

}
