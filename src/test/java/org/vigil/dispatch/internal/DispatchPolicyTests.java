package org.vigil.dispatch.internal;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigil.accounts.Role;
import org.vigil.accounts.Viewer;
import org.vigil.appeals.AppealStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may send an appeal and handle its replies. */
class DispatchPolicyTests {

	private static final UUID TEAM = UUID.randomUUID();

	@Test
	void anAdvocacyOfficerOfTheTeamDispatchesAnApprovedAppeal() {
		assertThat(DispatchPolicy.toDispatch(viewer(Role.ADVOCACY, TEAM), TEAM, AppealStatus.APPROVED, false)).isEmpty();
	}

	@Test
	void aReviewerOfTheTeamDispatchesToo() {
		assertThat(DispatchPolicy.toDispatch(viewer(Role.REVIEWER, TEAM), TEAM, AppealStatus.APPROVED, false)).isEmpty();
	}

	@Test
	void anAdvocacyOfficerOfAnotherTeamMayNot() {
		assertThat(DispatchPolicy.toDispatch(viewer(Role.ADVOCACY, UUID.randomUUID()), TEAM, AppealStatus.APPROVED, false))
			.contains(DispatchRule.NOT_TEAM_ADVOCATE);
	}

	@Test
	void aResearcherMayNot() {
		assertThat(DispatchPolicy.toDispatch(viewer(Role.RESEARCHER, TEAM), TEAM, AppealStatus.APPROVED, false))
			.contains(DispatchRule.NOT_TEAM_ADVOCATE);
	}

	@Test
	void anAppealInReviewIsNotSent() {
		assertThat(DispatchPolicy.toDispatch(viewer(Role.ADVOCACY, TEAM), TEAM, AppealStatus.IN_REVIEW, false))
			.contains(DispatchRule.APPEAL_NOT_APPROVED);
	}

	@Test
	void anAppealOfAPurgedCaseIsNotSent() {
		assertThat(DispatchPolicy.toDispatch(viewer(Role.ADVOCACY, TEAM), TEAM, AppealStatus.APPROVED, true))
			.contains(DispatchRule.CASE_PURGED);
	}

	@Test
	void anAdministratorReadsTheTriageListButAResearcherDoesNot() {
		assertThat(DispatchPolicy.toTriage(viewer(Role.ADMINISTRATOR, TEAM))).isEmpty();
		assertThat(DispatchPolicy.toTriage(viewer(Role.RESEARCHER, TEAM))).contains(DispatchRule.NOT_TEAM_ADVOCATE);
	}

	private static Viewer viewer(Role role, UUID team) {
		return new Viewer(UUID.randomUUID(), "someone", Set.of(role), Set.of(team));
	}

}
