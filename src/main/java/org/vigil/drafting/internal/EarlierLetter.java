package org.vigil.drafting.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;

import org.vigil.whereabouts.CaseWhereabouts;

/**
 * The earlier letter a follow-up appeal cites, as it went out.
 *
 * @param reference as the letter printed it: the case's reference, then the appeal's
 * @param addressee the first line of its addressee block
 * @param subject its subject line
 * @param sentOn the day its first copy went out
 * @param repliedOn the day its first reply came, if one did
 */
record EarlierLetter(String reference, String addressee, String subject, LocalDate sentOn, Optional<LocalDate> repliedOn) {

	/** What of the whereabouts was reported on or after the day the letter went out: what the follow-up tells as news. */
	CaseWhereabouts since(CaseWhereabouts known) {
		return only(known, this::reportedSince);
	}

	/** What was reported before the letter went out: what it could already say. */
	CaseWhereabouts before(CaseWhereabouts known) {
		return only(known, Predicate.not(this::reportedSince));
	}

	private boolean reportedSince(LocalDate reportedOn) {
		return reportedOn != null && !reportedOn.isBefore(sentOn);
	}

	private static CaseWhereabouts only(CaseWhereabouts known, Predicate<LocalDate> reported) {
		return new CaseWhereabouts(known.caseId(), known.custody().stream().filter(c -> reported.test(c.reportedOn())).toList(),
				known.expectedTransfers().stream().filter(t -> reported.test(t.reportedOn())).toList(),
				known.sightings().stream().filter(s -> reported.test(s.reportedOn())).toList(), known.lastReportedAt());
	}

}
