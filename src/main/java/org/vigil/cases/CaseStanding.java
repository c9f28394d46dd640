package org.vigil.cases;

import java.util.UUID;

/**
 * Where a viewer stands on a case they may see, as the case registry answered once for a request.
 *
 * @param visibleCase the case's non-protected facts
 * @param mayChange whether the viewer may record and change things in the case: they see it and
 *        hold the researcher role (whether the case still accepts protected data is {@code purged})
 * @param mayReadIdentities whether the identities of the case are revealed to the viewer now: they
 *        hold the identity permission and revealed them, for a stated reason, within the last
 *        minutes. A module that then shows protected values audits the read.
 * @param purged whether the case's key was destroyed: its protected data can no longer be read,
 *        and nothing protected can be recorded in it
 */
public record CaseStanding(VisibleCase visibleCase, boolean mayChange, boolean mayReadIdentities, boolean purged) {

	public UUID caseId() {
		return visibleCase.id();
	}

}
