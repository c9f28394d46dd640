package org.vigil.cases;

import java.util.UUID;

import org.vigil.accounts.Viewer;

/**
 * What other modules may ask the case registry about a case, under the same need-to-know rules as
 * the case pages: a case the viewer may not see does not exist for them.
 */
public interface CaseDirectory {

	/**
	 * The case, if the viewer may see it (a member of the owning team, or someone it is shared with).
	 * @throws org.vigil.platform.NotFoundException when it does not exist or the viewer may not see it
	 */
	VisibleCase find(Viewer viewer, UUID caseId);

	/** Whether the viewer may change the case: they see it and hold the researcher role. */
	boolean mayChange(Viewer viewer, UUID caseId);

}
