package org.vigil.appeals.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Viewer;
import org.vigil.appeals.AppealApproved;
import org.vigil.cases.CaseStanding;

/**
 * Moving an appeal through review: a researcher submits the draft; a reviewer of the owning team
 * approves it — a second person, never one who drafted, edited or submitted it — or returns it to
 * draft with a comment. Each step names the version it was taken on, so that nobody approves or
 * returns a text other than the one they read. Refused approvals are audited as denied.
 */
@Service
@Transactional
class AppealReview {

	/** Longest comment a reviewer may give when returning an appeal. */
	static final int MAX_COMMENT = 2000;

	private final AppealRepository appeals;

	private final AppealRecords records;

	private final AppealText text;

	private final AppealAudit audit;

	private final ApplicationEventPublisher events;

	private final AppealSigning signing;

	AppealReview(AppealRepository appeals, AppealRecords records, AppealText text, AppealAudit audit,
			ApplicationEventPublisher events, AppealSigning signing) {
		this.signing = signing;
		this.appeals = appeals;
		this.records = records;
		this.text = text;
		this.audit = audit;
		this.events = events;
	}

	AppealOutcome submit(Viewer viewer, CaseStanding standing, UUID appealId, long baseVersion) {
		Appeal appeal = records.find(standing, appealId);
		Optional<AppealRule> refusal = AppealPolicy.toSubmit(viewer, standing.mayChange(), appeal.facts(standing.purged()));
		return decide(viewer, "appeal.submitted", appeal, refusal, baseVersion, () -> appeal.submit(viewer));
	}

	/**
	 * Approves the appeal: a signature on the organisation's behalf, so besides the rules the
	 * approver confirms it is them ({@code signatureConfirmed}: a password check within
	 * {@link ApprovalSignature#FRESH}, or the password given now), asked only once the rules allow the step.
	 * An appeal that names signatories is approved by each of them instead (see {@link AppealSigning#sign}).
	 */
	AppealOutcome approve(Viewer viewer, CaseStanding standing, UUID appealId, long baseVersion,
			java.util.function.BooleanSupplier signatureConfirmed) {
		Appeal appeal = records.find(standing, appealId);
		if (!appeal.signatories().isEmpty()) {
			return signing.sign(viewer, standing, appealId, baseVersion, signatureConfirmed);
		}
		Optional<AppealRule> refusal = AppealPolicy.toApprove(viewer, standing.visibleCase().teamId(), appeal.facts(standing.purged()))
			.or(() -> signatureConfirmed.getAsBoolean() ? Optional.empty() : Optional.of(AppealRule.SIGNATURE_NOT_CONFIRMED));
		AppealOutcome outcome = decide(viewer, "appeal.approved", appeal, refusal, baseVersion, () -> appeal.approve(viewer));
		if (outcome instanceof AppealOutcome.Done) {
			events.publishEvent(new AppealApproved(appealId, standing.caseId(), appeal.approvedBy(), appeal.approvedAt()));
		}
		return outcome;
	}

	/** @param comment what the author should change; required */
	AppealOutcome returnToDraft(Viewer viewer, CaseStanding standing, UUID appealId, long baseVersion, String comment) {
		Appeal appeal = records.find(standing, appealId);
		Optional<AppealRule> refusal = AppealPolicy.toReturn(viewer, standing.visibleCase().teamId(), appeal.facts(standing.purged()));
		return decide(viewer, "appeal.returned", appeal, refusal, baseVersion,
				() -> appeal.returnToDraft(text.sealComment(standing.caseId(), appealId, comment.strip()), viewer));
	}

	private AppealOutcome decide(Viewer viewer, String action, Appeal appeal, Optional<AppealRule> refusal, long baseVersion,
			Runnable step) {
		if (refusal.isPresent()) {
			audit.denied(viewer, action, appeal.caseId(), appeal.id(), refusal.get());
			return new AppealOutcome.Refused(refusal.get());
		}
		if (appeal.version() != baseVersion) {
			return new AppealOutcome.Stale(records.view(appeal), List.of());
		}
		step.run();
		appeals.saveAndFlush(appeal);
		audit.record(viewer, action, appeal.caseId(), appeal.id(), Map.of("status", appeal.status().name()));
		return new AppealOutcome.Done(records.view(appeal));
	}

}
