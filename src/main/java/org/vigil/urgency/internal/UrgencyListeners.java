package org.vigil.urgency.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.vigil.cases.CaseChanged;
import org.vigil.cases.CaseOpened;
import org.vigil.cases.CasePurged;
import org.vigil.dispatch.AppealDispatched;
import org.vigil.followup.OutcomeRecorded;
import org.vigil.whereabouts.WhereaboutsChanged;

/**
 * Assesses a case again whenever a fact the rules rest on changes: the case was opened or changed
 * (its status, its country of feared return), purged, its whereabouts changed, a letter of one of
 * its appeals went out, or an outcome was recorded at follow-up; and every
 * followed case when the thresholds change. Each runs after the change committed; a reassessment
 * that fails stays recorded in the event publication registry and is tried again, and the
 * schedule catches up in any case.
 */
@Component
class UrgencyListeners {

	private final Reassessment reassessment;

	private final Recomputation recomputation;

	UrgencyListeners(Reassessment reassessment, Recomputation recomputation) {
		this.reassessment = reassessment;
		this.recomputation = recomputation;
	}

	@ApplicationModuleListener
	void on(CaseOpened opened) {
		reassessment.reassess(opened.caseId());
	}

	@ApplicationModuleListener
	void on(CaseChanged changed) {
		reassessment.reassess(changed.caseId());
	}

	@ApplicationModuleListener
	void on(CasePurged purged) {
		reassessment.reassess(purged.caseId());
	}

	@ApplicationModuleListener
	void on(WhereaboutsChanged changed) {
		reassessment.reassess(changed.caseId());
	}

	@ApplicationModuleListener
	void on(AppealDispatched dispatched) {
		reassessment.reassess(dispatched.caseId());
	}

	@ApplicationModuleListener
	void on(OutcomeRecorded recorded) {
		reassessment.reassess(recorded.caseId());
	}

	@ApplicationModuleListener
	void on(UrgencySettingsChanged changed) {
		recomputation.all();
	}

}
