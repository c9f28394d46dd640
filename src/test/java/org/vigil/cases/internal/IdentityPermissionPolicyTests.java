package org.vigil.cases.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigil.accounts.Role;
import org.vigil.accounts.Viewer;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityPermissionPolicyTests {

	private final UUID team = UUID.randomUUID();

	private final Viewer reviewer = viewer(Role.REVIEWER);

	private final Viewer researcher = viewer(Role.RESEARCHER);

	@Test
	void aReviewerOfTheTeamGrantsThePermissionToSomeoneElse() {
		assertThat(IdentityPermissionPolicy.toGrant(reviewer, team, researcher.userId())).isEmpty();
	}

	@Test
	void nobodyGrantsThePermissionToThemselves() {
		assertThat(IdentityPermissionPolicy.toGrant(reviewer, team, reviewer.userId())).contains(CaseRule.OWN_GRANT);
	}

	@Test
	void aResearcherGrantsNothing() {
		assertThat(IdentityPermissionPolicy.toGrant(researcher, team, reviewer.userId())).contains(CaseRule.GRANT_BY_TEAM_REVIEWER);
	}

	@Test
	void aReviewerOfAnotherTeamGrantsNothing() {
		assertThat(IdentityPermissionPolicy.toGrant(reviewer, UUID.randomUUID(), researcher.userId()))
			.contains(CaseRule.GRANT_BY_TEAM_REVIEWER);
	}

	@Test
	void aMemberOfTheTeamAsksOnceAndOnlyWhenNotHoldingIt() {
		assertThat(IdentityPermissionPolicy.toRequest(researcher, team, false, false)).isEmpty();
		assertThat(IdentityPermissionPolicy.toRequest(researcher, team, true, false)).contains(CaseRule.ALREADY_PERMITTED);
		assertThat(IdentityPermissionPolicy.toRequest(researcher, team, false, true)).contains(CaseRule.REQUEST_WAITING);
		assertThat(IdentityPermissionPolicy.toRequest(researcher, UUID.randomUUID(), false, false))
			.contains(CaseRule.PERMISSION_FOR_TEAM_ONLY);
	}

	@Test
	void whoAskedDoesNotDecideTheirOwnRequest() {
		assertThat(IdentityPermissionPolicy.toDecide(reviewer, team, request(reviewer, null))).contains(CaseRule.OWN_REQUEST);
		assertThat(IdentityPermissionPolicy.toDecide(viewer(Role.REVIEWER), team, request(reviewer, null))).isEmpty();
	}

	@Test
	void aRequestIsDecidedOnce() {
		assertThat(IdentityPermissionPolicy.toDecide(viewer(Role.REVIEWER), team, request(researcher, PermissionRequests.GRANTED)))
			.contains(CaseRule.REQUEST_DECIDED);
	}

	private Viewer viewer(Role role) {
		return new Viewer(UUID.randomUUID(), "user-" + role, EnumSet.of(role), Set.of(team));
	}

	private static PermissionRequests.Request request(Viewer by, String outcome) {
		return new PermissionRequests.Request(UUID.randomUUID(), UUID.randomUUID(), by.userId(), by.username(), "a reason",
				Instant.now(), null, Optional.ofNullable(outcome).map(o -> "someone").orElse(null), null, outcome);
	}

}
