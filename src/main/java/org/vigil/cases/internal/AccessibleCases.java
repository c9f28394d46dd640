package org.vigil.cases.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Role;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseDirectory;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.VisibleCase;
import org.vigil.vault.CaseKeys;

/** The case registry's answer to other modules and to its own pages, through {@link CaseAccess}. */
@Component
@Transactional(readOnly = true)
class AccessibleCases implements CaseDirectory {

	private final CaseAccess access;

	private final CaseFileRepository cases;

	private final CaseKeys keys;

	AccessibleCases(CaseAccess access, CaseFileRepository cases, CaseKeys keys) {
		this.access = access;
		this.cases = cases;
		this.keys = keys;
	}

	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public CaseStanding standing(Viewer viewer, UUID caseId) {
		CaseAccess.Seen seen = access.seen(viewer, caseId);
		return new CaseStanding(seen.visibleCase(), viewer.has(Role.RESEARCHER), seen.revealed(), keys.isShredded(caseId));
	}

	@Override
	public Optional<VisibleCase> describe(UUID caseId) {
		return cases.findById(caseId).map(AccessibleCases::describe);
	}

	@Override
	public Map<UUID, VisibleCase> describeAll(Collection<UUID> caseIds) {
		return cases.findAllById(caseIds).stream().map(AccessibleCases::describe)
			.collect(Collectors.toMap(VisibleCase::id, Function.identity()));
	}

	static VisibleCase describe(CaseFile caseFile) {
		CaseDetails d = caseFile.details();
		return new VisibleCase(caseFile.id(), caseFile.reference(), caseFile.teamId(), d.countryOfCustody(),
				d.countryOfFearedReturn(), d.status(), d.priority(), d.region(), d.themes());
	}

}
