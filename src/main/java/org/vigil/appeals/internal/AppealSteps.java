package org.vigil.appeals.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditTrail;
import org.vigil.cases.CaseSteps;

/**
 * The appeal steps of a case for its history: every draft, edit, submission, return and approval,
 * as the audit log recorded them (the appeal itself keeps only the latest of each). An appeal is
 * named by its addressee; its subject is protected.
 */
@Component
class AppealSteps implements CaseSteps {

	/** The audited actions that are steps, and what the history calls each. */
	private static final Set<String> STEPS = Set.of("drafted", "changed", "submitted", "returned", "approved");

	/** Enough for any appeal's life; the audit log keeps the rest. */
	private static final int MOST_STEPS = 500;

	private final AppealRepository appeals;

	private final AuditTrail trail;

	AppealSteps(AppealRepository appeals, AuditTrail trail) {
		this.appeals = appeals;
		this.trail = trail;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Step> of(UUID caseId) {
		List<Step> steps = new ArrayList<>();
		for (Appeal appeal : appeals.findByCaseIdOrderByCreatedAtDesc(caseId)) {
			String addressee = appeal.sealedContent().addressee();
			for (AuditTrail.Line line : trail.forRecord(AppealText.RECORD_TYPE, appeal.id().toString(), MOST_STEPS)) {
				String step = line.action().substring(line.action().indexOf('.') + 1);
				if (line.action().startsWith("appeal.") && STEPS.contains(step) && AuditEvent.SUCCESS.equals(line.outcome())) {
					steps.add(new Step(line.at(), line.actor(), AppealText.RECORD_TYPE, appeal.id(), addressee, step));
				}
			}
		}
		return steps;
	}

}
