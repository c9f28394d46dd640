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
 * drafted, edited or submitted by them — those they may approve; when an appeal names signatories,
 * only for those of them who have not approved it. And, for a signatory, the notices that their
 * approval was withdrawn because the text changed. Named by addressee, never by the protected subject.
 */
@Component
class AppealsAwaitingReview implements AwaitingReview {

	private final AppealRepository appeals;

	private final CaseDirectory cases;

	private final SignatoryApprovalRepository approvals;

	private final SignatoryNoticeRepository notices;

	AppealsAwaitingReview(AppealRepository appeals, CaseDirectory cases, SignatoryApprovalRepository approvals,
			SignatoryNoticeRepository notices) {
		this.appeals = appeals;
		this.cases = cases;
		this.approvals = approvals;
		this.notices = notices;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Item> waitingFor(Viewer viewer, int limit) {
		List<Item> items = new ArrayList<>();
		for (SignatoryNotice notice : notices.findByUserIdOrderByCreatedAtAsc(viewer.userId())) {
			Optional<VisibleCase> visible = cases.describe(notice.caseId());
			Optional<Appeal> appeal = appeals.findByIdAndCaseId(notice.appealId(), notice.caseId());
			if (items.size() < limit && visible.isPresent() && appeal.isPresent()) {
				items.add(new Item("waiting.approvalWithdrawn", List.of(appeal.get().sealedContent().addressee()), notice.caseId(),
						visible.get().reference(), notice.createdAt(), "/cases/" + notice.caseId() + "/appeals/" + notice.appealId()));
			}
		}
		for (Appeal appeal : appeals.findByStatusOrderBySubmittedAtAsc(AppealStatus.IN_REVIEW)) {
			if (items.size() == limit) {
				break;
			}
			Optional<VisibleCase> visible = cases.describe(appeal.caseId());
			if (visible.isPresent() && AppealPolicy.toApprove(viewer, visible.get().teamId(), appeal.facts(false)).isEmpty()
					&& waitsForSignatureOf(appeal, viewer)) {
				items.add(new Item("waiting.appeal", List.of(appeal.sealedContent().addressee()), appeal.caseId(), visible.get().reference(),
						appeal.submittedAt(), "/cases/" + appeal.caseId() + "/appeals/" + appeal.id()));
			}
		}
		return items;
	}

	/** An appeal with no signatories waits for any second person; one with signatories, for those who have not approved. */
	private boolean waitsForSignatureOf(Appeal appeal, Viewer viewer) {
		List<java.util.UUID> signatories = appeal.signatories();
		return signatories.isEmpty()
				|| signatories.contains(viewer.userId()) && approvals.findByAppealIdAndUserId(appeal.id(), viewer.userId()).isEmpty();
	}

}
