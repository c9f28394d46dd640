package org.vigil.appeals;

import java.util.UUID;

import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseStanding;

/**
 * Drafts a follow-up appeal to an earlier appeal of a case that went out: a letter of kind
 * {@link org.vigil.letters.LetterKind#FOLLOW_UP_APPEAL} to the same addressees, copies, signatories and
 * partners, in the same language, that cites the earlier letter (its reference, the day it was sent,
 * its addressee), says whether it was answered and what was learnt of the people's whereabouts since,
 * and renews the appeal with the facts as they stand now. The draft then goes through the same review
 * and approval as any other. For a module acting on a user's request (the follow-up of an unanswered
 * letter); it checks the drafter's rights and audits as drafting on the page does.
 */
public interface FollowUpAppeals {

	/**
	 * The id of the follow-up drafted.
	 * @throws org.vigil.platform.Refused when the drafter may not draft on the case, or the earlier appeal is not approved
	 *         and sent ({@code EARLIER_APPEAL_NOT_SENT})
	 * @throws org.vigil.platform.NotFoundException when the case holds no such appeal
	 */
	UUID draftFollowUp(Viewer drafter, CaseStanding standing, UUID earlierAppealId);

}
