package org.vigil.appeals.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.accounts.Viewer;
import org.vigil.appeals.DraftSource;
import org.vigil.appeals.DraftSource.Draft;
import org.vigil.appeals.DraftSource.DraftOrder;
import org.vigil.cases.CaseStanding;

/**
 * Drafting an appeal and editing the draft: researchers who may change the case, while the
 * appeal is a draft. An edit made on a stale version is refused and says which fields now differ.
 */
@Service
@Transactional
class AppealDrafting {

	private final AppealRepository appeals;

	private final AppealRecords records;

	private final AppealText text;

	private final AppealAudit audit;

	private final DraftSource drafts;

	private final GeneratedAppeals generated;

	private final AppealSignatories signatories;

	private final AppealSigning signing;

	private final PartnerOrganisations partners;

	private final TransactionTemplate writing;

	AppealDrafting(AppealRepository appeals, AppealRecords records, AppealText text, AppealAudit audit, DraftSource drafts,
			GeneratedAppeals generated, AppealSignatories signatories, AppealSigning signing, PartnerOrganisations partners,
			PlatformTransactionManager transactions) {
		this.writing = new TransactionTemplate(transactions);
		this.partners = partners;
		this.appeals = appeals;
		this.records = records;
		this.text = text;
		this.audit = audit;
		this.drafts = drafts;
		this.generated = generated;
		this.signatories = signatories;
		this.signing = signing;
	}

	/** Why the viewer may not draft an appeal on the case, if they may not. */
	static Optional<AppealRule> refusalToDraft(Viewer viewer, CaseStanding standing) {
		return AppealPolicy.toDraft(viewer, standing.mayChange(), standing.purged());
	}

	AppealOutcome draft(Viewer viewer, CaseStanding standing, AppealContent content) {
		return draft(viewer, standing, content, List.of(), List.of());
	}

	/**
	 * @param signatoryIds who signs it, in order; none: a second person approves it
	 * @param partnerIds partner organisations that sign it too (a joint appeal); none for the organisation alone
	 */
	AppealOutcome draft(Viewer viewer, CaseStanding standing, AppealContent content, List<UUID> signatoryIds, List<UUID> partnerIds) {
		UUID caseId = standing.caseId();
		Optional<AppealRule> refusal = refusalToDraft(viewer, standing);
		if (refusal.isPresent()) {
			audit.denied(viewer, "appeal.drafted", caseId, null, refusal.get());
			return new AppealOutcome.Refused(refusal.get());
		}
		Optional<org.vigil.platform.Refusal> badSignatories = signatories.refusal(signatoryIds).or(() -> partners.refusal(partnerIds));
		if (badSignatories.isPresent()) {
			return new AppealOutcome.Refused(badSignatories.get());
		}
		UUID appealId = UUID.randomUUID();
		Appeal drafted = new Appeal(appealId, caseId, text.seal(caseId, appealId, content, null), viewer);
		drafted.chooseSignatories(signatoryIds);
		drafted.joinPartners(partnerIds);
		Appeal appeal = appeals.saveAndFlush(drafted);
		audit.record(viewer, "appeal.drafted", caseId, appealId, Map.of("language", content.language()));
		return new AppealOutcome.Done(records.view(appeal));
	}

	/**
	 * Drafts an appeal from the case's facts: Vigil writes it (see {@link DraftSource}) and keeps
	 * what it wrote beside the draft, which the drafter then edits like any other. Who may draft is
	 * decided before the order is read, so that a case nobody may draft on says so whatever was ordered.
	 *
	 * @param ordered the order, read from the request once drafting is allowed (it may refuse bad input)
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	AppealOutcome draftGenerated(Viewer viewer, CaseStanding standing, Supplier<DraftOrder> ordered) {
		return draftGenerated(viewer, standing, ordered, List.of(), List.of());
	}

	/**
	 * Drafts an appeal from the case's facts, signed by the given signatories and partners.
	 *
	 * @param signatoryIds who signs it, in order; none: a second person approves it
	 * @param partnerIds partner organisations that sign it too; none for the organisation alone
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	AppealOutcome draftGenerated(Viewer viewer, CaseStanding standing, Supplier<DraftOrder> ordered, List<UUID> signatoryIds,
			List<UUID> partnerIds) {
		UUID caseId = standing.caseId();
		Optional<AppealRule> refusal = refusalToDraft(viewer, standing);
		if (refusal.isPresent()) {
			audit.denied(viewer, "appeal.drafted", caseId, null, refusal.get());
			return new AppealOutcome.Refused(refusal.get());
		}
		Optional<org.vigil.platform.Refusal> badSignatories = signatories.refusal(signatoryIds).or(() -> partners.refusal(partnerIds));
		if (badSignatories.isPresent()) {
			return new AppealOutcome.Refused(badSignatories.get());
		}
		DraftOrder order = ordered.get();
		// The facts are gathered before the draft's transaction (unless the caller holds one), each module
		// reading in a read-only transaction of its own: the one that writes the draft then holds only the
		// draft, instead of flushing and checking every entity the facts were read from.
		Draft draft = drafts.generate(order);
		return writing.execute(status -> keep(viewer, caseId, order, draft, signatoryIds, partnerIds));
	}

	private AppealOutcome keep(Viewer viewer, UUID caseId, DraftOrder order, Draft draft, List<UUID> signatoryIds, List<UUID> partnerIds) {
		AppealContent content = AppealContent.typed(String.join("\n", draft.addressee()), order.language(), draft.subject(),
				String.join("\n", draft.asks()), draft.body());
		UUID appealId = UUID.randomUUID();
		Appeal drafted = new Appeal(appealId, caseId, text.seal(caseId, appealId, content, null), viewer);
		drafted.chooseSignatories(signatoryIds);
		drafted.joinPartners(partnerIds);
		Appeal appeal = appeals.saveAndFlush(drafted);
		generated.save(caseId, appealId, order.kind(), order.addresseeIds(), order.copyIds(), content, draft, viewer.username());
		audit.record(viewer, "appeal.drafted", caseId, appealId, Map.of("language", content.language(), "generated", order.kind().name()));
		// The text just sealed, as it was given: opening it again would only decrypt what is in hand.
		return new AppealOutcome.Done(AppealView.open(appeal, content, null));
	}

	AppealOutcome edit(Viewer viewer, CaseStanding standing, UUID appealId, AppealContent content, long baseVersion) {
		return edit(viewer, standing, appealId, content, null, null, baseVersion);
	}

	/**
	 * Edits the draft; a change of its text or of who signs withdraws the approvals given and tells those signatories.
	 * @param signatoryIds who signs it now, or {@code null} to keep them
	 * @param partnerIds the partners of the joint appeal now, or {@code null} to keep them
	 */
	AppealOutcome edit(Viewer viewer, CaseStanding standing, UUID appealId, AppealContent content, List<UUID> signatoryIds,
			List<UUID> partnerIds, long baseVersion) {
		UUID caseId = standing.caseId();
		Appeal appeal = records.find(standing, appealId);
		Optional<AppealRule> refusal = AppealPolicy.toEdit(viewer, standing.mayChange(), appeal.facts(standing.purged()));
		if (refusal.isPresent()) {
			audit.denied(viewer, "appeal.changed", caseId, appealId, refusal.get());
			return new AppealOutcome.Refused(refusal.get());
		}
		if (appeal.version() != baseVersion) {
			AppealView current = records.view(appeal);
			return new AppealOutcome.Stale(current, current.content().differingFields(content));
		}
		Optional<org.vigil.platform.Refusal> badSignatories = (signatoryIds == null ? Optional.<org.vigil.platform.Refusal>empty()
				: signatories.refusal(signatoryIds)).or(() -> partnerIds == null ? Optional.empty() : partners.refusal(partnerIds));
		if (badSignatories.isPresent()) {
			return new AppealOutcome.Refused(badSignatories.get());
		}
		AppealContent before = appeal.sealedContent();
		AppealContent sealed = text.seal(caseId, appealId, content, before);
		appeal.change(sealed, viewer);
		if (signatoryIds != null) {
			appeal.chooseSignatories(signatoryIds);
		}
		if (partnerIds != null) {
			appeal.joinPartners(partnerIds);
		}
		appeals.saveAndFlush(appeal);
		signing.textChanged(viewer, appeal, content);
		audit.record(viewer, "appeal.changed", caseId, appealId, Map.of("fields", String.join(",", before.differingFields(sealed))));
		return new AppealOutcome.Done(records.view(appeal));
	}

}
