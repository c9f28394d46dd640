package org.vigil.urgency.internal;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Assessing every followed case again (open or monitored): on the schedule, for the rules that
 * depend on time, and when an administrator changed the thresholds. A batch of cases at a time, each
 * batch in one transaction with one statement per need; a batch that cannot be assessed is assessed
 * again one case at a time, so that one case that cannot be assessed does not hold up the others.
 */
@Component
class Recomputation {

	private static final Logger log = LoggerFactory.getLogger(Recomputation.class);

	static final int BATCH = 1_000;

	private final AssessmentStore assessments;

	private final Reassessment reassessment;

	private final UrgencyFactsAssembly assembly;

	Recomputation(AssessmentStore assessments, Reassessment reassessment, UrgencyFactsAssembly assembly) {
		this.assessments = assessments;
		this.reassessment = reassessment;
		this.assembly = assembly;
	}

	/** Answers how many cases were assessed. */
	int all() {
		int done = 0;
		UUID after = new UUID(0, 0); // the lowest uuid as PostgreSQL orders them (unsigned)
		List<UUID> batch;
		UrgencyFactsAssembly.Run run = assembly.newRun();
		do {
			batch = assessments.followedCases(after, BATCH);
			try {
				done += reassessment.reassess(batch, run).size();
			}
			catch (RuntimeException ex) {
				log.warn("A batch of {} cases could not be assessed together; assessing them one by one", batch.size(), ex);
				done += oneByOne(batch);
			}
			after = batch.isEmpty() ? after : batch.get(batch.size() - 1);
		}
		while (batch.size() == BATCH);
		return done;
	}

	private int oneByOne(List<UUID> batch) {
		int done = 0;
		for (UUID caseId : batch) {
			try {
				done += reassessment.reassess(caseId).isPresent() ? 1 : 0;
			}
			catch (RuntimeException ex) {
				log.warn("The urgency of case {} could not be assessed; it keeps its last assessment", caseId, ex);
			}
		}
		return done;
	}

}
