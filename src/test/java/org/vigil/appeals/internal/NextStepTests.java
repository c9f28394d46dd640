package org.vigil.appeals.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigil.accounts.Role;
import org.vigil.accounts.Viewer;
import org.vigil.appeals.AppealStatus;

import static org.assertj.core.api.Assertions.assertThat;

class NextStepTests {

	private final UUID team = UUID.randomUUID();

	private final UUID caseId = UUID.randomUUID();

	private final Viewer researcher = new Viewer(UUID.randomUUID(), "amina", EnumSet.of(Role.RESEARCHER), Set.of(team));

	private final Viewer reviewer = new Viewer(UUID.randomUUID(), "director", EnumSet.of(Role.REVIEWER), Set.of(team));

	@Test
	void aCaseWithoutPeopleAsksAResearcherToRecordThem() {
		assertThat(next(researcher, true, 0, null)).isEqualTo(new NextStep("nextStep.recordPeople", "/cases/" + caseId + "/persons/new"));
		assertThat(next(reviewer, false, 0, null).link()).isNull();
	}

	@Test
	void aCaseWithPeopleAndNoAppealAsksForTheUrgentAppeal() {
		assertThat(next(researcher, true, 5, null).messageKey()).isEqualTo("nextStep.draft");
		assertThat(next(reviewer, false, 5, null).messageKey()).isEqualTo("nextStep.researchersDraft");
	}

	@Test
	void aDraftIsFinishedAndSubmittedEvenWhileIncomplete() {
		assertThat(next(researcher, true, 5, facts(AppealStatus.DRAFT, Set.of(), false)).messageKey()).isEqualTo("nextStep.submit");
	}

	@Test
	void anAppealInReviewAsksASecondReviewerAndTellsTheAuthorItWaits() {
		AppealFacts inReview = facts(AppealStatus.IN_REVIEW, Set.of(researcher.userId()), true);
		assertThat(next(reviewer, false, 5, inReview).messageKey()).isEqualTo("nextStep.approve");
		assertThat(next(researcher, true, 5, inReview).messageKey()).isEqualTo("nextStep.awaitReview");
		Viewer authorWhoReviews = new Viewer(researcher.userId(), "amina", EnumSet.of(Role.RESEARCHER, Role.REVIEWER), Set.of(team));
		assertThat(next(authorWhoReviews, true, 5, inReview).messageKey()).isEqualTo("nextStep.awaitReview");
	}

	@Test
	void anApprovedAppealIsToBeSent() {
		assertThat(next(researcher, true, 5, facts(AppealStatus.APPROVED, Set.of(), true)).messageKey()).isEqualTo("nextStep.send");
	}

	@Test
	void aPurgedCaseAsksForNothing() {
		assertThat(NextStep.of(researcher, caseId, team, true, true, 5, Optional.empty())).isEqualTo(new NextStep("nextStep.purged", null));
	}

	private NextStep next(Viewer viewer, boolean mayChange, int people, AppealFacts latest) {
		return NextStep.of(viewer, caseId, team, mayChange, false, people,
				Optional.ofNullable(latest).map(facts -> new NextStep.Latest(UUID.randomUUID(), facts)));
	}

	private static AppealFacts facts(AppealStatus status, Set<UUID> contributors, boolean complete) {
		return new AppealFacts(status, contributors, complete, false);
	}

}
