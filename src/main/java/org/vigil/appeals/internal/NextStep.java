package org.vigil.appeals.internal;

import java.util.Optional;
import java.util.UUID;

import org.vigil.accounts.Viewer;

/**
 * What the case asks of the viewer next, as far as appeals see it: record the people, draft the
 * appeal, finish and submit it, approve it (a second reviewer), or send it once approved. The case
 * page shows it in its state of the case.
 *
 * @param messageKey what to do, in the message bundles ({@code nextStep.NAME})
 * @param link where to do it, a path on this site, or {@code null} when it is someone else's step
 */
record NextStep(String messageKey, String link) {

	/**
	 * @param people how many persons the case records
	 * @param latest the case's latest appeal, if any
	 */
	static NextStep of(Viewer viewer, UUID caseId, UUID owningTeam, boolean mayChangeCase, boolean purged, int people,
			Optional<Latest> latest) {
		String casePath = "/cases/" + caseId;
		if (purged) {
			return new NextStep("nextStep.purged", null);
		}
		if (latest.isEmpty()) {
			if (people == 0) {
				return mayChangeCase ? new NextStep("nextStep.recordPeople", casePath + "/persons/new")
						: new NextStep("nextStep.researchersRecord", null);
			}
			return AppealPolicy.toDraft(viewer, mayChangeCase, false).isEmpty()
					? new NextStep("nextStep.draft", casePath + "/drafting/urgent-appeal") : new NextStep("nextStep.researchersDraft", null);
		}
		Latest appeal = latest.get();
		String appealPath = casePath + "/appeals/" + appeal.id();
		return switch (appeal.facts().status()) {
			case DRAFT -> AppealPolicy.toSubmit(viewer, mayChangeCase, appeal.facts()).filter(rule -> rule != AppealRule.INCOMPLETE).isEmpty()
					? new NextStep("nextStep.submit", appealPath) : new NextStep("nextStep.researchersSubmit", null);
			case IN_REVIEW -> AppealPolicy.toApprove(viewer, owningTeam, appeal.facts()).isEmpty()
					? new NextStep("nextStep.approve", appealPath) : new NextStep("nextStep.awaitReview", appealPath);
			case APPROVED -> new NextStep("nextStep.send", appealPath);
		};
	}

	/** The latest appeal of a case, as far as the next step needs it. */
	record Latest(UUID id, AppealFacts facts) {

		static Latest of(AppealView appeal) {
			return new Latest(appeal.id(), appeal.facts());
		}

	}

}
