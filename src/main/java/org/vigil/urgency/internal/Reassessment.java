package org.vigil.urgency.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.cases.CaseDirectory;
import org.vigil.cases.VisibleCase;
import org.vigil.followup.CaseOutcomes;
import org.vigil.platform.NotFoundException;
import org.vigil.urgency.UrgencyChanged;
import org.vigil.urgency.UrgencyLevel;

/**
 * Assessing a case again: gathers its facts (the case, its whereabouts, its appeals, the outcome
 * recorded at follow-up), lets the
 * rules decide, stores the outcome and, when the level changed, says so — and alerts the team when
 * the case has become imminent. Module code acting on its own: it answers nobody, so it checks no
 * viewer.
 */
@Service
class Reassessment {

	private final CaseDirectory cases;

	private final WhereaboutsSource whereabouts;

	private final AppealsSource appeals;

	private final CaseOutcomes outcomes;

	private final UrgencyFactsAssembly assembly;

	private final SettingsStore settings;

	private final AssessmentStore assessments;

	private final Alerts alerts;

	private final ApplicationEventPublisher events;

	private final UrgencyClock clock;

	Reassessment(CaseDirectory cases, WhereaboutsSource whereabouts, AppealsSource appeals, CaseOutcomes outcomes, UrgencyFactsAssembly assembly,
			SettingsStore settings, AssessmentStore assessments, Alerts alerts, ApplicationEventPublisher events, UrgencyClock clock) {
		this.cases = cases;
		this.whereabouts = whereabouts;
		this.appeals = appeals;
		this.outcomes = outcomes;
		this.assembly = assembly;
		this.settings = settings;
		this.assessments = assessments;
		this.alerts = alerts;
		this.events = events;
		this.clock = clock;
	}

	/** The case's new assessment; empty when the case no longer exists. */
	@Transactional
	public Optional<StoredAssessment> reassess(UUID caseId) {
		assessments.lock(caseId);
		Optional<VisibleCase> found = cases.describe(caseId);
		if (found.isEmpty()) {
			assessments.delete(caseId);
			return Optional.empty();
		}
		VisibleCase visibleCase = found.get();
		Instant now = clock.now();
		KnownWhereabouts known = whereabouts.of(caseId);
		Optional<Instant> lastAppeal = appeals.lastSentAt(caseId);
		Assessment assessment = new UrgencyPolicy(settings.current().settings())
			.assess(assembly.assemble(visibleCase, known, lastAppeal, outcomes.latest(caseId), now));

		Optional<StoredAssessment> before = assessments.find(caseId).filter(b -> b.assessedAt() != null);
		UrgencyLevel previous = before.map(StoredAssessment::level).orElse(null);
		Instant lastAction = Stream.of(before.map(StoredAssessment::lastActionAt), known.lastReportedAt(), lastAppeal)
			.flatMap(Optional::stream)
			.max(Instant::compareTo)
			.orElse(now);
		Instant levelSince = previous == assessment.level() ? before.get().levelSince() : now;
		StoredAssessment stored = new StoredAssessment(caseId, visibleCase.teamId(), visibleCase.reference(), assessment.level(),
				assessment.reasons(), assessment.nextStep(), lastAction, levelSince, now);
		assessments.save(stored, visibleCase.status());
		if (previous != assessment.level()) {
			events.publishEvent(new UrgencyChanged(caseId, visibleCase.teamId(), visibleCase.reference(), previous, assessment.level()));
			if (assessment.level() == UrgencyLevel.IMMINENT) {
				alerts.raise(stored, now);
			}
		}
		return Optional.of(stored);
	}

	/**
	 * The case's stored assessment, assessing it first if it has none yet.
	 * @throws NotFoundException when the case no longer exists
	 */
	@Transactional
	public StoredAssessment current(UUID caseId) {
		Optional<StoredAssessment> stored = assessments.find(caseId).filter(a -> a.assessedAt() != null);
		return stored.or(() -> reassess(caseId)).orElseThrow(() -> new NotFoundException("case"));
	}

}
