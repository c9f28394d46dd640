package org.vigil.appeals.internal;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigil.accounts.Role;
import org.vigil.accounts.Viewer;
import org.vigil.appeals.AppealStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of drafting and two-person approval, one behaviour each. */
class AppealPolicyTests {

	private static final UUID TEAM = UUID.randomUUID();

	private final Viewer author = viewer(TEAM, Role.RESEARCHER, Role.REVIEWER);

	private final Viewer secondReviewer = viewer(TEAM, Role.REVIEWER);

	@Test
	void aResearcherWhoMayChangeTheCaseDraftsAppeals() {
		assertThat(AppealPolicy.toDraft(viewer(TEAM, Role.RESEARCHER), true, false)).isEmpty();
	}

	@Test
	void draftingTakesTheResearcherRoleEvenOnACaseTheViewerMayOtherwiseChange() {
		assertThat(AppealPolicy.toDraft(secondReviewer, true, false)).contains(AppealRule.CASE_NOT_CHANGEABLE);
	}

	@Test
	void aResearcherWhoMayNotChangeTheCaseCannotDraft() {
		assertThat(AppealPolicy.toDraft(viewer(TEAM, Role.RESEARCHER), false, false)).contains(AppealRule.CASE_NOT_CHANGEABLE);
	}

	@Test
	void nothingCanBeDraftedInAPurgedCase() {
		assertThat(AppealPolicy.toDraft(author, true, true)).contains(AppealRule.CASE_PURGED);
	}

	@Test
	void onlyADraftCanBeEdited() {
		assertThat(AppealPolicy.toEdit(author, true, appeal(AppealStatus.DRAFT))).isEmpty();
		assertThat(AppealPolicy.toEdit(author, true, appeal(AppealStatus.IN_REVIEW))).contains(AppealRule.NOT_A_DRAFT);
	}

	@Test
	void anApprovedAppealIsNoLongerEditable() {
		assertThat(AppealPolicy.toEdit(author, true, appeal(AppealStatus.APPROVED))).contains(AppealRule.APPROVED_IS_FINAL);
		assertThat(AppealPolicy.toSubmit(author, true, appeal(AppealStatus.APPROVED))).contains(AppealRule.APPROVED_IS_FINAL);
	}

	@Test
	void anAppealGoesToReviewOnlyWithItsAsksAndBody() {
		AppealFacts incomplete = new AppealFacts(AppealStatus.DRAFT, Set.of(author.userId()), false, false);
		assertThat(AppealPolicy.toSubmit(author, true, incomplete)).contains(AppealRule.INCOMPLETE);
		assertThat(AppealPolicy.toSubmit(author, true, appeal(AppealStatus.DRAFT))).isEmpty();
	}

	@Test
	void aSecondReviewerOfTheOwningTeamApproves() {
		assertThat(AppealPolicy.toApprove(secondReviewer, TEAM, appeal(AppealStatus.IN_REVIEW))).isEmpty();
	}

	@Test
	void theAuthorCannotApproveEvenAsAReviewerOfTheTeam() {
		assertThat(AppealPolicy.toApprove(author, TEAM, appeal(AppealStatus.IN_REVIEW))).contains(AppealRule.OWN_APPEAL);
	}

	@Test
	void anyoneWhoEditedOrSubmittedTheAppealCannotApproveIt() {
		Viewer editor = viewer(TEAM, Role.RESEARCHER, Role.REVIEWER);
		Viewer submitter = viewer(TEAM, Role.RESEARCHER, Role.REVIEWER);
		AppealFacts appeal = new AppealFacts(AppealStatus.IN_REVIEW,
				Set.of(author.userId(), editor.userId(), submitter.userId()), true, false);
		assertThat(AppealPolicy.toApprove(editor, TEAM, appeal)).contains(AppealRule.OWN_APPEAL);
		assertThat(AppealPolicy.toApprove(submitter, TEAM, appeal)).contains(AppealRule.OWN_APPEAL);
	}

	@Test
	void aReviewerOfAnotherTeamCannotApproveNorReturn() {
		Viewer outsider = viewer(UUID.randomUUID(), Role.REVIEWER);
		assertThat(AppealPolicy.toApprove(outsider, TEAM, appeal(AppealStatus.IN_REVIEW))).contains(AppealRule.NOT_TEAM_REVIEWER);
		assertThat(AppealPolicy.toReturn(outsider, TEAM, appeal(AppealStatus.IN_REVIEW))).contains(AppealRule.NOT_TEAM_REVIEWER);
	}

	@Test
	void aTeamMemberWithoutTheReviewerRoleCannotApprove() {
		Viewer researcher = viewer(TEAM, Role.RESEARCHER, Role.ADMINISTRATOR, Role.ADVOCACY);
		assertThat(AppealPolicy.toApprove(researcher, TEAM, appeal(AppealStatus.IN_REVIEW))).contains(AppealRule.NOT_TEAM_REVIEWER);
	}

	@Test
	void onlyAnAppealInReviewIsApprovedOrReturned() {
		assertThat(AppealPolicy.toApprove(secondReviewer, TEAM, appeal(AppealStatus.DRAFT))).contains(AppealRule.NOT_IN_REVIEW);
		assertThat(AppealPolicy.toApprove(secondReviewer, TEAM, appeal(AppealStatus.APPROVED))).contains(AppealRule.NOT_IN_REVIEW);
		assertThat(AppealPolicy.toReturn(secondReviewer, TEAM, appeal(AppealStatus.APPROVED))).contains(AppealRule.NOT_IN_REVIEW);
		assertThat(AppealPolicy.toReturn(secondReviewer, TEAM, appeal(AppealStatus.IN_REVIEW))).isEmpty();
	}

	@Test
	void theTextOfAPurgedCaseIsNeitherApprovedNorReturned() {
		AppealFacts purged = new AppealFacts(AppealStatus.IN_REVIEW, Set.of(author.userId()), true, true);
		assertThat(AppealPolicy.toApprove(secondReviewer, TEAM, purged)).contains(AppealRule.CASE_PURGED);
		assertThat(AppealPolicy.toReturn(secondReviewer, TEAM, purged)).contains(AppealRule.CASE_PURGED);
	}

	@Test
	void theAuthorsPageExplainsThatAnotherReviewerMustApprove() {
		AppealPermissions forAuthor = AppealPolicy.permissions(author, true, TEAM, appeal(AppealStatus.IN_REVIEW));
		assertThat(forAuthor.mayApprove()).isFalse();
		assertThat(forAuthor.awaitsSecondReviewer()).isTrue();
		assertThat(forAuthor.mayReturn()).isTrue();
		AppealPermissions forSecond = AppealPolicy.permissions(secondReviewer, false, TEAM, appeal(AppealStatus.IN_REVIEW));
		assertThat(forSecond.mayApprove()).isTrue();
		assertThat(forSecond.awaitsSecondReviewer()).isFalse();
		assertThat(forSecond.mayEdit()).isFalse();
	}

	@Test
	void anIncompleteDraftStillOffersSubmittingSoThatPressingItSaysWhatIsMissing() {
		AppealFacts incomplete = new AppealFacts(AppealStatus.DRAFT, Set.of(author.userId()), false, false);
		assertThat(AppealPolicy.permissions(author, true, TEAM, incomplete).maySubmit()).isTrue();
		assertThat(AppealPolicy.permissions(secondReviewer, false, TEAM, incomplete).maySubmit()).isFalse();
	}

	/** An appeal drafted and submitted by {@link #author}, complete. */
	private AppealFacts appeal(AppealStatus status) {
		return new AppealFacts(status, Set.of(author.userId()), true, false);
	}

	private static Viewer viewer(UUID team, Role... roles) {
		return new Viewer(UUID.randomUUID(), "user-" + UUID.randomUUID(), Set.of(roles), Set.of(team));
	}

}
