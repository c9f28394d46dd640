package org.vigil.appeals.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Viewer;
import org.vigil.appeals.AppealStatus;
import org.vigil.cases.AwaitingReview;
import org.vigil.cases.CaseDirectory;
import org.vigil.cases.VisibleCase;

/**
 * The appeals waiting for a reviewer: in review, on a case of the reviewer's teams, and not
 * drafted, edited or submitted by them — those they may approve. Named by addressee, never by the
 * protected subject.
 */
@Component
class AppealsAwaitingReview implements AwaitingReview {

	private final AppealRepository appeals;

	private final CaseDirectory cases;

	AppealsAwaitingReview(AppealRepository appeals, CaseDirectory cases) {
		this.appeals = appeals;
		this.cases = cases;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Item> waitingFor(Viewer viewer, int limit) {
		List<Item> items = new ArrayList<>();
		for (Appeal appeal : appeals.findByStatusOrderBySubmittedAtAsc(AppealStatus.IN_REVIEW)) {
			if (items.size() == limit) {
				break;
			}
			Optional<VisibleCase> visible = cases.describe(appeal.caseId());
			if (visible.isPresent() && AppealPolicy.toApprove(viewer, visible.get().teamId(), appeal.facts(false)).isEmpty()) {
				items.add(new Item("waiting.appeal", List.of(appeal.sealedContent().addressee()), appeal.caseId(), visible.get().reference(),
						appeal.submittedAt(), "/cases/" + appeal.caseId() + "/appeals/" + appeal.id()));
			}
		}
		return items;
	}

}
