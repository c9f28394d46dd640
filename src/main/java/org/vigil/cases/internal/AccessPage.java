package org.vigil.cases.internal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Viewer;
import org.vigil.audit.AuditTrail;
import org.vigil.cases.CaseStanding;

/**
 * What the case's access page shows, gathered in one read-only transaction: who may reveal its
 * identities and who asked to, whether the viewer may hand that out or ask for it, who viewed and
 * changed the case, and — for administrators of the owning team — its legal hold and purging.
 * Each part is empty for a viewer who may not see it.
 */
@Service
class AccessPage {

	/**
	 * @param grants every grant and waiting request, for members of the owning team; empty otherwise
	 * @param mayRequest whether the viewer may ask for the permission now (a team member who holds none and asked for none)
	 * @param people the persons, by public label, for purging one of them
	 * @param passkeyConfirmed whether this sign-in was completed with the viewer's passkey
	 */
	record Content(CaseFile caseFile, boolean mayShare, boolean maySeeGrants, List<IdentityGrants.Line> grants, boolean mayGrant,
			boolean mayRequest, boolean maySeeTrail, List<AuditTrail.Line> trail, boolean mayPurge, boolean legalHold,
			boolean passkeyConfirmed, List<PersonView> people) {
	}

	private final CaseRegistry registry;

	private final IdentityGrants grants;

	private final IdentityAccess identities;

	private final PermissionRequests requests;

	private final CaseTrail trail;

	private final CasePurging purging;

	private final PersonRecords people;

	AccessPage(CaseRegistry registry, IdentityGrants grants, IdentityAccess identities, PermissionRequests requests, CaseTrail trail,
			CasePurging purging, PersonRecords people) {
		this.registry = registry;
		this.grants = grants;
		this.identities = identities;
		this.requests = requests;
		this.trail = trail;
		this.purging = purging;
		this.people = people;
	}

	@Transactional(readOnly = true)
	Content load(Viewer viewer, CaseStanding standing) {
		CaseFile caseFile = registry.find(standing);
		boolean member = IdentityPermissionPolicy.toSeeGrants(viewer, caseFile.teamId()).isEmpty();
		boolean mayRequest = IdentityPermissionPolicy.toRequest(viewer, caseFile.teamId(),
				identities.holdsPermission(viewer, caseFile.id()), requests.isWaiting(caseFile.id(), viewer.userId())).isEmpty();
		boolean mayPurge = CasePurging.mayPurge(viewer, standing);
		return new Content(caseFile, standing.mayChange() && member, member, member ? grants.lines(viewer, standing) : List.of(),
				IdentityPermissionPolicy.mayGrant(viewer, caseFile.teamId()), mayRequest, CaseTrail.maySee(viewer, standing),
				trail.of(viewer, standing), mayPurge, mayPurge && purging.isUnderLegalHold(caseFile.id()),
				purging.confirmedWithPasskey(viewer), mayPurge ? people.of(caseFile.id(), false) : List.of());
	}

}
