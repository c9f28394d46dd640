package org.vigil.appeals.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Viewer;
import org.vigil.appeals.AppealApproved;
import org.vigil.appeals.AppealStatus;
import org.vigil.appeals.DispatchedAppeals;
import org.vigil.cases.CaseStanding;
import org.vigil.platform.NotFoundException;

/**
 * Approval by each signatory. Every signatory approves the exact text they sign — its digest is
 * kept with their approval — under the rules of a second person's approval and with their
 * password; the appeal is approved, and {@link AppealApproved} announced, only once every
 * signatory has approved the text it says now. A change of the text withdraws the approvals given
 * and tells those signatories; a signatory may withdraw their own approval until the letter is
 * dispatched, and the appeal is then no longer approved.
 */
@Service
@Transactional
class AppealSigning {

	private final AppealRepository appeals;

	private final AppealRecords records;

	private final AppealSignatories signatories;

	private final SignatoryApprovalRepository approvals;

	private final SignatoryNoticeRepository notices;

	private final AppealAudit audit;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<DispatchedAppeals> dispatched;

	AppealSigning(AppealRepository appeals, AppealRecords records, AppealSignatories signatories, SignatoryApprovalRepository approvals,
			SignatoryNoticeRepository notices, AppealAudit audit, ApplicationEventPublisher events, ObjectProvider<DispatchedAppeals> dispatched) {
		this.appeals = appeals;
		this.records = records;
		this.signatories = signatories;
		this.approvals = approvals;
		this.notices = notices;
		this.audit = audit;
		this.events = events;
		this.dispatched = dispatched;
	}

	/** The appeal's signatories with their approvals, for whoever may see the case. */
	@Transactional(readOnly = true)
	List<AppealSignatories.Signatory> approvalsOf(CaseStanding standing, UUID appealId) {
		Appeal appeal = records.find(standing, appealId);
		return signatories.of(appeal, digestOf(records.view(appeal)));
	}

	/**
	 * The viewer approves the appeal as one of its signatories; {@code signatureConfirmed} as for
	 * {@link AppealReview#approve}. Answers the appeal, approved when the viewer was the last to approve.
	 */
	AppealOutcome sign(Viewer viewer, CaseStanding standing, UUID appealId, long baseVersion, BooleanSupplier signatureConfirmed) {
		Appeal appeal = appeals.lockByIdAndCaseId(appealId, standing.caseId()).orElseThrow(() -> new NotFoundException("Appeal"));
		AppealView view = records.view(appeal);
		String digest = digestOf(view);
		List<AppealSignatories.Signatory> now = signatories.of(appeal, digest);
		boolean approved = now.stream().anyMatch(s -> s.userId().equals(viewer.userId()) && s.approved());
		Optional<AppealRule> refusal = AppealPolicy.toSign(viewer, standing.visibleCase().teamId(), view.facts(), appeal.signatories(), approved)
			.or(() -> signatureConfirmed.getAsBoolean() ? Optional.empty() : Optional.of(AppealRule.SIGNATURE_NOT_CONFIRMED));
		if (refusal.isPresent()) {
			audit.denied(viewer, "appeal.signed", appeal.caseId(), appealId, refusal.get());
			return new AppealOutcome.Refused(refusal.get());
		}
		if (appeal.version() != baseVersion) {
			return new AppealOutcome.Stale(view, List.of());
		}
		approvals.findByAppealIdAndUserId(appealId, viewer.userId()).ifPresent(approvals::delete);
		approvals.flush();
		approvals.saveAndFlush(new SignatoryApproval(appealId, viewer.userId(), digest));
		notices.deleteByUserIdAndAppealId(viewer.userId(), appealId);
		audit.record(viewer, "appeal.signed", appeal.caseId(), appealId, Map.of("digest", digest));
		boolean everyone = now.stream().allMatch(s -> s.userId().equals(viewer.userId()) || s.approved());
		if (everyone) {
			appeal.approve(viewer);
			appeals.saveAndFlush(appeal);
			audit.record(viewer, "appeal.approved", appeal.caseId(), appealId, Map.of("status", appeal.status().name(),
					"signatories", String.valueOf(now.size())));
			events.publishEvent(new AppealApproved(appealId, standing.caseId(), appeal.approvedBy(), appeal.approvedAt()));
		}
		return new AppealOutcome.Done(records.view(appeal));
	}

	/** The viewer withdraws their approval; an approved appeal goes back to waiting for them. */
	AppealOutcome withdraw(Viewer viewer, CaseStanding standing, UUID appealId) {
		Appeal appeal = appeals.lockByIdAndCaseId(appealId, standing.caseId()).orElseThrow(() -> new NotFoundException("Appeal"));
		Optional<SignatoryApproval> own = approvals.findByAppealIdAndUserId(appealId, viewer.userId());
		DispatchedAppeals sent = dispatched.getIfAvailable();
		boolean wentOut = sent != null && sent.dispatched(standing.caseId(), appealId);
		Optional<AppealRule> refusal = AppealPolicy.toWithdraw(own.isPresent(), appeal.facts(standing.purged()), wentOut);
		if (refusal.isPresent()) {
			audit.denied(viewer, "appeal.approval-withdrawn", appeal.caseId(), appealId, refusal.get());
			return new AppealOutcome.Refused(refusal.get());
		}
		approvals.delete(own.get());
		if (appeal.status() == AppealStatus.APPROVED) {
			appeal.withdrawApproval(viewer);
			appeals.saveAndFlush(appeal);
		}
		audit.record(viewer, "appeal.approval-withdrawn", appeal.caseId(), appealId, Map.of("status", appeal.status().name()));
		return new AppealOutcome.Done(records.view(appeal));
	}

	/**
	 * After an edit: the approvals of a text the appeal no longer says, or of someone no longer a
	 * signatory, are withdrawn, and each of those signatories is told (a notice in Vigil, and an
	 * email with the reference only when they gave an address and SMTP is configured).
	 *
	 * @param open the appeal's content now, open
	 */
	void textChanged(Viewer viewer, Appeal appeal, AppealContent open) {
		String digest = SignedText.digest(open);
		List<UUID> withdrawn = approvals.findByAppealId(appeal.id()).stream()
			.filter(a -> !a.textDigest().equals(digest) || !appeal.signatories().contains(a.userId()))
			.map(approval -> {
				approvals.delete(approval);
				return approval.userId();
			})
			.toList();
		if (withdrawn.isEmpty()) {
			return;
		}
		withdrawn.forEach(userId -> notices.save(new SignatoryNotice(userId, appeal.caseId(), appeal.id())));
		audit.record(viewer, "appeal.approvals-withdrawn", appeal.caseId(), appeal.id(), Map.of("count", String.valueOf(withdrawn.size())));
		events.publishEvent(new ApprovalsWithdrawn(appeal.caseId(), appeal.id(), withdrawn));
	}

	private static String digestOf(AppealView view) {
		return view.purged() ? null : SignedText.digest(view.content());
	}

	/** The approvals of these signatories were withdrawn because the appeal's text changed (ids only). */
	record ApprovalsWithdrawn(UUID caseId, UUID appealId, List<UUID> signatories) {
	}

}
