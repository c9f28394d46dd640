package org.vigil.cases.internal;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseDirectory;
import org.vigil.cases.VisibleCase;
import org.vigil.platform.NotFoundException;

/** The case registry's answer to other modules, through {@link CaseAccess} like its own pages. */
@Component
@Transactional(readOnly = true)
class AccessibleCases implements CaseDirectory {

	private final CaseAccess access;

	AccessibleCases(CaseAccess access) {
		this.access = access;
	}

	@Override
	public VisibleCase find(Viewer viewer, UUID caseId) {
		CaseFile caseFile = access.visible(viewer, caseId);
		return new VisibleCase(caseFile.id(), caseFile.reference(), caseFile.teamId());
	}

	@Override
	public boolean mayChange(Viewer viewer, UUID caseId) {
		try {
			access.changeable(viewer, caseId);
			return true;
		}
		catch (NotFoundException | AccessDeniedException refused) {
			return false;
		}
	}

}
