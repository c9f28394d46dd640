package org.vigil.urgency.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.cases.CaseDirectory;
import org.vigil.cases.Outcome;
import org.vigil.cases.VisibleCase;
import org.vigil.followup.CaseOutcomes;
import org.vigil.platform.NotFoundException;
import org.vigil.urgency.UrgencyChanged;
import org.vigil.urgency.UrgencyLevel;

/**
 * Assessing a case again: gathers its facts (the case, its whereabouts, its appeals, the outcome
 * recorded at follow-up), lets the
 * rules decide, stores the outcome when it differs from the stored one and, when the level changed,
 * says so — and alerts the team when the case has become imminent. Module code acting on its own: it answers nobody, so it checks no
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
		return Optional.ofNullable(reassess(List.of(caseId)).get(caseId));
	}

	/**
	 * The new assessments of a batch of cases, by case id, in one transaction and a few statements
	 * for all of them (each need is asked once for the batch); a case that no longer exists loses its
	 * assessment and is left out. The changes of level are announced, and the alerts raised, once
	 * the batch is stored: the listeners (and so the alert emails) run after it commits.
	 */
	@Transactional
	public Map<UUID, StoredAssessment> reassess(List<UUID> caseIds) {
		return reassess(caseIds, assembly.newRun());
	}

	/** The same as one batch of a longer run, which measures each place once for all its batches. */
	@Transactional
	public Map<UUID, StoredAssessment> reassess(List<UUID> caseIds, UrgencyFactsAssembly.Run run) {
		assessments.lock(caseIds);
		Map<UUID, VisibleCase> found = cases.describeAll(caseIds);
		assessments.delete(caseIds.stream().filter(id -> !found.containsKey(id)).toList());
		Instant now = clock.now();
		UrgencyPolicy policy = new UrgencyPolicy(settings.current().settings());
		Map<UUID, KnownWhereabouts> known = whereabouts.of(found.keySet());
		Map<UUID, Instant> lastAppeals = appeals.lastSentAt(found.keySet());
		Map<UUID, Outcome> recorded = outcomes.latest(found.keySet());
		Map<UUID, AssessmentStore.Previous> before = assessments.previousAll(found.keySet());
		Map<UUID, StoredAssessment> after = new LinkedHashMap<>();
		List<AssessmentStore.Saved> saved = new ArrayList<>();
		List<UrgencyChanged> changes = new ArrayList<>();
		for (VisibleCase visibleCase : found.values()) {
			UUID caseId = visibleCase.id();
			KnownWhereabouts facts = known.getOrDefault(caseId, KnownWhereabouts.none());
			Optional<Instant> lastAppeal = Optional.ofNullable(lastAppeals.get(caseId));
			Optional<Outcome> outcome = Optional.ofNullable(recorded.get(caseId));
			Assessment assessment = policy.assess(assembly.assemble(run, visibleCase, facts, lastAppeal, outcome, now));
			Optional<AssessmentStore.Previous> previously = Optional.ofNullable(before.get(caseId)).filter(b -> b.assessedAt() != null);
			UrgencyLevel previous = previously.map(AssessmentStore.Previous::level).orElse(null);
			Instant lastAction = Stream.of(previously.map(AssessmentStore.Previous::lastActionAt), facts.lastReportedAt(), lastAppeal)
				.flatMap(Optional::stream)
				.max(Instant::compareTo)
				.orElse(now);
			Instant levelSince = previous == assessment.level() ? previously.get().levelSince() : now;
			StoredAssessment stored = new StoredAssessment(caseId, visibleCase.teamId(), visibleCase.reference(), assessment.level(),
					assessment.reasons(), assessment.nextStep(), lastAction, levelSince, now);
			AssessmentStore.Saved toSave = AssessmentStore.Saved.of(stored, visibleCase.status());
			if (previously.isPresent() && previously.get().says(toSave)) {
				// The same as stored: the row is left alone, and keeps when this assessment was first reached.
				after.put(caseId, new StoredAssessment(caseId, visibleCase.teamId(), visibleCase.reference(), assessment.level(),
						assessment.reasons(), assessment.nextStep(), lastAction, levelSince, previously.get().assessedAt()));
				continue;
			}
			after.put(caseId, stored);
			saved.add(toSave);
			if (previous != assessment.level()) {
				changes.add(new UrgencyChanged(caseId, visibleCase.teamId(), visibleCase.reference(), previous, assessment.level()));
			}
		}
		assessments.saveAll(saved);
		for (UrgencyChanged change : changes) {
			events.publishEvent(change);
			if (change.to() == UrgencyLevel.IMMINENT) {
				alerts.raise(after.get(change.caseId()), now);
			}
		}
		return after;
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
