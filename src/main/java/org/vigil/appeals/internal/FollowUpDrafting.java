package org.vigil.appeals.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.vigil.accounts.Viewer;
import org.vigil.appeals.DraftSource.DraftOrder;
import org.vigil.appeals.FollowUpAppeals;
import org.vigil.cases.CaseStanding;
import org.vigil.letters.LetterKind;
import org.vigil.platform.Refusal;

/**
 * Drafts the follow-up of an earlier appeal: the same addressees and copies (those Vigil generated it
 * for, unless the drafter names others), signatories, partners and language, written by drafting from
 * the earlier letter and the case's facts now.
 */
@Service
class FollowUpDrafting implements FollowUpAppeals {

	private final AppealRecords records;

	private final AppealDrafting drafting;

	private final GeneratedAppeals generated;

	FollowUpDrafting(AppealRecords records, AppealDrafting drafting, GeneratedAppeals generated) {
		this.records = records;
		this.drafting = drafting;
		this.generated = generated;
	}

	@Override
	public UUID draftFollowUp(Viewer drafter, CaseStanding standing, UUID earlierAppealId) {
		AppealOutcome outcome = draft(drafter, standing, earlierAppealId, null, null);
		if (outcome instanceof AppealOutcome.Refused refused) {
			throw refused.refusal().toException();
		}
		return ((AppealOutcome.Done) outcome).appeal().id();
	}

	/**
	 * @param addresseeIds the directory entries it goes to, or {@code null} for those of the earlier appeal
	 * @param copyIds the copies, or {@code null} for those of the earlier appeal
	 */
	AppealOutcome draft(Viewer drafter, CaseStanding standing, UUID earlierAppealId, List<UUID> addresseeIds, List<UUID> copyIds) {
		Appeal earlier = records.find(standing, earlierAppealId);
		return drafting.draftGenerated(drafter, standing, () -> {
			Optional<GeneratedAppeals.Generated> was = generated.find(standing.caseId(), earlierAppealId);
			List<UUID> to = addresseeIds != null ? addresseeIds : was.map(GeneratedAppeals.Generated::addresseeIds).orElse(List.of());
			if (to.isEmpty()) {
				throw Refusal.onField(AppealRule.ADDRESSEE_REQUIRED, "addresseeIds").toException();
			}
			return new DraftOrder(standing, drafter, LetterKind.FOLLOW_UP_APPEAL, earlier.sealedContent().language(), to,
					copyIds != null ? copyIds : was.map(GeneratedAppeals.Generated::copyIds).orElse(List.of()), List.of(), java.util.Set.of(),
					false, earlierAppealId);
		}, earlier.signatories(), earlier.partners());
	}

}
