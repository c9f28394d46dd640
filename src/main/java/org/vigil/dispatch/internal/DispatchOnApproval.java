package org.vigil.dispatch.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.accounts.UserDirectory;
import org.vigil.accounts.Viewer;
import org.vigil.appeals.AppealApproved;
import org.vigil.appeals.AppealStatus;
import org.vigil.appeals.ApprovedAppeals;
import org.vigil.cases.CaseDirectory;
import org.vigil.cases.CaseStanding;
import org.vigil.platform.EditRule;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;
import org.vigil.platform.Refused;

/**
 * An appeal set to go by itself on approval. Before the approval, an advocacy officer of the team
 * chooses its destinations as on the dispatch page (checked as a dispatch checks them); when
 * {@link AppealApproved} is heard, the appeal is dispatched there through {@link Dispatching}, as that
 * officer — who must still be an advocate of the team — so that its attempts are sent from the event
 * publication registry like any other. The plan is marked carried out in the transaction that creates
 * the attempts: an event heard twice (a retry after a crash) finds it done and sends nothing again.
 * A refusal at approval (the officer left the team, the fax is too long, the mail server was unset
 * meanwhile) is kept with the plan and shown on the appeal, which then waits to be dispatched by hand.
 */
@Service
class DispatchOnApproval {

	private final PlannedDispatches plans;

	private final Dispatching dispatching;

	private final ApprovedAppeals appeals;

	private final CaseDirectory cases;

	private final UserDirectory users;

	private final DispatchAudit audit;

	private final TransactionTemplate ownTransaction;

	DispatchOnApproval(PlannedDispatches plans, Dispatching dispatching, ApprovedAppeals appeals, CaseDirectory cases, UserDirectory users,
			DispatchAudit audit, PlatformTransactionManager transactions) {
		this.plans = plans;
		this.dispatching = dispatching;
		this.appeals = appeals;
		this.cases = cases;
		this.users = users;
		this.audit = audit;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The appeal's plan, for whoever may see the case; empty when none was chosen. */
	@Transactional(readOnly = true)
	Optional<PlannedDispatch> planOf(CaseStanding standing, UUID appealId) {
		requireAppeal(standing, appealId);
		return plans.of(standing.caseId(), appealId);
	}

	/**
	 * Sets where the appeal goes once approved, replacing an earlier choice.
	 * @param version the version of the plan the choice replaces; {@code null} for the first
	 * @throws Refused when the caller may not, the appeal is approved already, the plan changed since
	 *         {@code version}, or a destination cannot be used (naming {@code channels[i]…})
	 */
	@Transactional
	PlannedDispatch choose(Viewer viewer, CaseStanding standing, UUID appealId, List<Dispatching.Choice> choices, boolean confirmLongFax,
			Long version) {
		refuseUnlessMayChoose(viewer, standing, appealId, "dispatch.on-approval.chosen");
		Optional<PlannedDispatch> current = plans.lock(standing.caseId(), appealId);
		if (current.isPresent() && !Objects.equals(version, current.get().version())) {
			throw (version == null ? EditRule.versionRequired() : EditRule.stale(current.get().version(), List.of())).toException();
		}
		List<Refusal> refusals = dispatching.refusalsOf(standing.caseId(), appealId, choices);
		if (!refusals.isEmpty()) {
			throw new Refused(refusals);
		}
		plans.save(standing.caseId(), appealId, choices, confirmLongFax, viewer.username(), Instant.now());
		audit.record(viewer, "dispatch.on-approval.chosen", "appeal", appealId, standing.caseId(),
				Map.of("destinations", Integer.toString(choices.size())));
		return plans.of(standing.caseId(), appealId).orElseThrow();
	}

	/** The appeal no longer goes by itself on approval. */
	@Transactional
	void cancel(Viewer viewer, CaseStanding standing, UUID appealId) {
		refuseUnlessMayChoose(viewer, standing, appealId, "dispatch.on-approval.cancelled");
		if (plans.lock(standing.caseId(), appealId).isEmpty()) {
			throw new NotFoundException("Dispatch on approval");
		}
		plans.delete(appealId);
		audit.record(viewer, "dispatch.on-approval.cancelled", "appeal", appealId, standing.caseId(), Map.of());
	}

	@ApplicationModuleListener
	void on(AppealApproved approved) {
		carryOut(approved.caseId(), approved.appealId());
	}

	/**
	 * Dispatches the approved appeal as chosen, if a choice waits. The dispatch and the mark run in a
	 * transaction of their own, so that a refusal rolls back everything but the record that it refused.
	 */
	void carryOut(UUID caseId, UUID appealId) {
		try {
			ownTransaction.executeWithoutResult(status -> plans.lock(caseId, appealId).filter(PlannedDispatch::waiting)
				.ifPresent(this::dispatchAsChosen));
		}
		catch (Refused refused) {
			String rule = refused.refusal().rule().name();
			ownTransaction.executeWithoutResult(status -> {
				plans.carriedOut(appealId, Instant.now(), rule);
				audit.byVigil("dispatch.on-approval", "appeal", appealId, caseId, Map.of("refusal", rule));
			});
		}
	}

	private void dispatchAsChosen(PlannedDispatch plan) {
		Refused leftTheTeam = Refusal.of(DispatchRule.NOT_TEAM_ADVOCATE).toException();
		Viewer officer = users.viewerNamed(plan.chosenBy()).orElseThrow(() -> leftTheTeam);
		CaseStanding standing;
		try {
			standing = cases.standing(officer, plan.caseId());
		}
		catch (NotFoundException noLongerSees) {
			throw leftTheTeam;
		}
		List<DeliveryAttempt> made = dispatching.dispatch(officer, standing, plan.appealId(), plan.choices(), plan.confirmLongFax());
		plans.carriedOut(plan.appealId(), Instant.now(), null);
		audit.byVigil("dispatch.on-approval", "appeal", plan.appealId(), plan.caseId(),
				Map.of("chosenBy", plan.chosenBy(), "attempts", Integer.toString(made.size())));
	}

	/**
	 * Refuses unless the appeal is still to be approved, holding it so until the transaction ends: an
	 * approval arriving meanwhile waits for the choice to commit (and its listener then finds it), and
	 * one committed just before is seen here and refused as {@code APPEAL_ALREADY_APPROVED}. Without
	 * the hold, a first choice saved while the approval committed was invisible to the approval's
	 * listener and never carried out.
	 */
	private void refuseUnlessMayChoose(Viewer viewer, CaseStanding standing, UUID appealId, String action) {
		AppealStatus status = appeals.holdStatus(standing.caseId(), appealId).orElseThrow(() -> new NotFoundException("Appeal"));
		Optional<DispatchRule> refused = DispatchPolicy.toChooseOnApproval(viewer, standing.visibleCase().teamId(), status, standing.purged());
		if (refused.isPresent()) {
			audit.denied(viewer, action, "appeal", appealId, standing.caseId(), refused.get());
			throw Refusal.of(refused.get()).toException();
		}
	}

	private AppealStatus requireAppeal(CaseStanding standing, UUID appealId) {
		return appeals.statusOf(standing.caseId(), appealId).orElseThrow(() -> new NotFoundException("Appeal"));
	}

}
