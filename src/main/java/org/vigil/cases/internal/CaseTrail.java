package org.vigil.cases.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.vigil.accounts.Role;
import org.vigil.accounts.Viewer;
import org.vigil.audit.AuditTrail;
import org.vigil.cases.CaseStanding;

/**
 * Who viewed and changed a case, from the audit log. Shown to reviewers and administrators of the
 * owning team: knowing who looked at a case is itself sensitive.
 */
@Component
class CaseTrail {

	static final int SHOWN = 50;

	private final AuditTrail trail;

	CaseTrail(AuditTrail trail) {
		this.trail = trail;
	}

	static boolean maySee(Viewer viewer, CaseStanding standing) {
		return viewer.isMemberOf(standing.visibleCase().teamId()) && (viewer.has(Role.REVIEWER) || viewer.has(Role.ADMINISTRATOR));
	}

	/** The latest entries about the case, or nothing when the viewer may not see them. */
	List<AuditTrail.Line> of(Viewer viewer, CaseStanding standing) {
		return maySee(viewer, standing) ? trail.forRecord("case", standing.caseId().toString(), SHOWN) : List.of();
	}

}
