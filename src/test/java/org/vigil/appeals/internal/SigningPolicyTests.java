package org.vigil.appeals.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigil.accounts.Role;
import org.vigil.accounts.Viewer;
import org.vigil.appeals.AppealStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of approval by each signatory and of withdrawing one's approval, and what a signatory signs, one behaviour each. */
class SigningPolicyTests {

	private static final UUID TEAM = UUID.randomUUID();

	private final Viewer author = new Viewer(UUID.randomUUID(), "author", Set.of(Role.RESEARCHER, Role.REVIEWER), Set.of(TEAM));

	private final Viewer director = new Viewer(UUID.randomUUID(), "director", Set.of(Role.REVIEWER), Set.of(TEAM));

	private final AppealFacts inReview = new AppealFacts(AppealStatus.IN_REVIEW, Set.of(author.userId()), true, false);

	@Test
	void aSignatoryWhoIsASecondReviewerSigns() {
		assertThat(AppealPolicy.toSign(director, TEAM, inReview, List.of(director.userId()), false)).isEmpty();
	}

	@Test
	void aReviewerWhoIsNotASignatoryDoesNotSign() {
		assertThat(AppealPolicy.toSign(director, TEAM, inReview, List.of(UUID.randomUUID()), false)).contains(AppealRule.NOT_A_SIGNATORY);
	}

	@Test
	void theDrafterDoesNotSignEvenWhenListed() {
		assertThat(AppealPolicy.toSign(author, TEAM, inReview, List.of(author.userId()), false)).contains(AppealRule.OWN_APPEAL);
	}

	@Test
	void aSignatoryApprovesTheSameTextOnce() {
		assertThat(AppealPolicy.toSign(director, TEAM, inReview, List.of(director.userId()), true)).contains(AppealRule.ALREADY_SIGNED);
	}

	@Test
	void aSignatoryOfAnotherTeamDoesNotSign() {
		Viewer outsider = new Viewer(director.userId(), "director", Set.of(Role.REVIEWER), Set.of(UUID.randomUUID()));
		assertThat(AppealPolicy.toSign(outsider, TEAM, inReview, List.of(director.userId()), false)).contains(AppealRule.NOT_TEAM_REVIEWER);
	}

	@Test
	void anApprovalIsWithdrawnOnlyByWhoGaveItAndOnlyBeforeDispatch() {
		assertThat(AppealPolicy.toWithdraw(true, inReview, false)).isEmpty();
		assertThat(AppealPolicy.toWithdraw(false, inReview, false)).contains(AppealRule.NOT_SIGNED);
		assertThat(AppealPolicy.toWithdraw(true, inReview, true)).contains(AppealRule.LETTER_ALREADY_SENT);
	}

	@Test
	void textMovedFromOneFieldToAnotherIsAnotherText() {
		AppealContent one = new AppealContent("Xi Jinping", "en", "Do not return them", "ask", "body");
		AppealContent moved = new AppealContent("Xi Jinping", "en", "Do not return them ask", null, "body");
		assertThat(SignedText.digest(one)).isNotEqualTo(SignedText.digest(moved));
		assertThat(SignedText.digest(one)).as("the language tag is not part of what is signed")
			.isEqualTo(SignedText.digest(new AppealContent("Xi Jinping", "zh", "Do not return them", "ask", "body")));
	}

}
