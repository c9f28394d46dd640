package org.vigil.publishing.internal.prepare;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigil.accounts.Role;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.CaseStatus;
import org.vigil.cases.Priority;
import org.vigil.cases.VisibleCase;
import org.vigil.platform.Refusal;
import org.vigil.platform.RefusalRule;
import org.vigil.publishing.PublicKind;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationPolicyTests {

	private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

	private static final UUID TEAM = UUID.randomUUID();

	private final CaseStanding standing = new CaseStanding(new VisibleCase(UUID.randomUUID(), "CN 1/2026", TEAM, "CN", "KP",
			CaseStatus.OPEN, Priority.URGENT, "East Asia", Set.of()), true, false, false);

	private final Viewer alice = reviewer("alice");

	private final Viewer bob = reviewer("bob");

	private final Publication draft = Publication.prepared(standing.caseId(), null, PublicKind.PRESS_RELEASE,
			new PublicationText("Title", "", "Body", "en", "030", "CN", List.of()), "alice", NOW);

	@Test
	void theReviewerWhoPreparedADraftDoesNotReleaseIt() {
		assertThat(rule(PublicationPolicy.mayRelease(alice, standing, draft, null, NOW))).isEqualTo(PublicationRule.SECOND_REVIEWER_REQUIRED);
	}

	@Test
	void theReviewerWhoEditedADraftLastDoesNotReleaseIt() {
		Publication edited = draft.edited(draft.text(), "bob", NOW);
		assertThat(rule(PublicationPolicy.mayRelease(bob, standing, edited, null, NOW))).isEqualTo(PublicationRule.SECOND_REVIEWER_REQUIRED);
	}

	@Test
	void aSecondReviewerReleasesADraft() {
		assertThat(PublicationPolicy.mayRelease(bob, standing, draft, null, NOW)).isEmpty();
	}

	@Test
	void aResearcherDoesNotReleaseEvenWhenSomeoneElsePreparedIt() {
		Viewer researcher = new Viewer(UUID.randomUUID(), "carol", Set.of(Role.RESEARCHER), Set.of(TEAM));
		assertThat(rule(PublicationPolicy.mayRelease(researcher, standing, draft, null, NOW))).isEqualTo(PublicationRule.REVIEWER_REQUIRED);
	}

	@Test
	void anEmbargoEndsInTheFutureWithinAYear() {
		assertThat(rule(PublicationPolicy.mayRelease(bob, standing, draft, NOW, NOW))).isEqualTo(PublicationRule.EMBARGO_OUT_OF_RANGE);
		assertThat(rule(PublicationPolicy.mayRelease(bob, standing, draft, NOW.plus(Duration.ofDays(400)), NOW)))
			.isEqualTo(PublicationRule.EMBARGO_OUT_OF_RANGE);
		assertThat(PublicationPolicy.mayRelease(bob, standing, draft, NOW.plus(Duration.ofHours(1)), NOW)).isEmpty();
	}

	@Test
	void aReleasedPublicationIsNoLongerEdited() {
		Publication embargoed = draft.embargoed("bob", NOW, NOW.plus(Duration.ofHours(1)));
		assertThat(rule(PublicationPolicy.mayEdit(alice, standing, embargoed))).isEqualTo(PublicationRule.NO_LONGER_A_DRAFT);
	}

	@Test
	void onlyAPublishedItemIsCorrectedAndACorrectionSaysWhatChanged() {
		assertThat(rule(PublicationPolicy.mayCorrect(bob, standing, draft, "typo"))).isEqualTo(PublicationRule.NOT_PUBLISHED);
		Publication published = draft.published("bob", NOW, new org.vigil.publishing.PublicItem("s", "/public/s", 1, NOW, null), NOW);
		assertThat(rule(PublicationPolicy.mayCorrect(bob, standing, published, " "))).isEqualTo(PublicationRule.NOTE_REQUIRED);
		assertThat(PublicationPolicy.mayCorrect(alice, standing, published, "typo")).isEmpty();
	}

	@Test
	void aReviewerOfAnotherTeamWithWhomTheCaseIsSharedDoesNotPublishIt() {
		Viewer outsider = new Viewer(UUID.randomUUID(), "dan", Set.of(Role.REVIEWER), Set.of(UUID.randomUUID()));
		assertThat(rule(PublicationPolicy.mayRelease(outsider, standing, draft, null, NOW))).isEqualTo(PublicationRule.NOT_THE_TEAMS);
	}

	@Test
	void aDraftWithoutItsRegionIsNotReleased() {
		Publication untagged = draft.edited(new PublicationText("Title", "", "Body", "en", null, "CN", List.of()), "alice", NOW);
		Optional<Refusal> refusal = PublicationPolicy.mayRelease(bob, standing, untagged, null, NOW);
		assertThat(rule(refusal)).isEqualTo(PublicationRule.TAG_REQUIRED);
		assertThat(refusal.get().field()).isEqualTo("region");
	}

	@Test
	void nothingOfAPurgedCaseIsPublished() {
		CaseStanding purged = new CaseStanding(standing.visibleCase(), true, false, true);
		assertThat(rule(PublicationPolicy.mayRelease(bob, purged, draft, null, NOW))).isEqualTo(PublicationRule.PURGED_CASE_NOT_PUBLISHED);
	}

	private static RefusalRule rule(Optional<Refusal> refusal) {
		return refusal.map(Refusal::rule).orElse(null);
	}

	private static Viewer reviewer(String name) {
		return new Viewer(UUID.randomUUID(), name, Set.of(Role.REVIEWER), Set.of(TEAM));
	}

}
