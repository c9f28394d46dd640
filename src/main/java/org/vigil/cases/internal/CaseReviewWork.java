package org.vigil.cases.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Team;
import org.vigil.accounts.Teams;
import org.vigil.accounts.Viewer;
import org.vigil.cases.AwaitingReview;

/** What the case registry keeps waiting for a reviewer: requests for the identity permission and bulk exports to approve. */
@Component
class CaseReviewWork implements AwaitingReview {

	private final IdentityGrants grants;

	private final CaseExports exports;

	private final Teams teams;

	CaseReviewWork(IdentityGrants grants, CaseExports exports, Teams teams) {
		this.grants = grants;
		this.exports = exports;
		this.teams = teams;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Item> waitingFor(Viewer viewer, int limit) {
		List<Item> items = new ArrayList<>();
		for (PermissionRequests.Waiting request : grants.waitingFor(viewer, limit)) {
			items.add(new Item("waiting.identityPermission", List.of(request.requester()), request.caseId(), request.caseReference(),
					request.requestedAt(), "/cases/" + request.caseId() + "/access#" + AccessPagesController.PERMISSION));
		}
		List<CaseExports.Waiting> waitingExports = exports.waitingFor(viewer, limit);
		Map<UUID, Team> byId = teams.byIds(waitingExports.stream().map(CaseExports.Waiting::teamId).toList());
		for (CaseExports.Waiting export : waitingExports) {
			String team = byId.containsKey(export.teamId()) ? byId.get(export.teamId()).name() : "";
			items.add(new Item("waiting.export", List.of(export.requester(), team), null, null, export.requestedAt(),
				"/exports/" + export.id()));
		}
		return items;
	}

}
