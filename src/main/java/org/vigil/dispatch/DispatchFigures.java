package org.vigil.dispatch;

import java.util.List;

/**
 * What the appeals sent add up to, for the directors' report: counts and medians over every appeal,
 * worked out in the database. Nothing in it names a case or a person; an addressee is the official or
 * body written to, as the directory names them.
 */
public interface DispatchFigures {

	/** How many appeals first went out in each of the last {@code months} months (UTC), oldest first, as {@code 2026-05}. */
	List<Count> sentPerMonth(int months);

	/** Appeals sent and appeals answered, by the state holding the people (the case's country of custody, ISO 2). */
	List<Answered> answeredByState();

	/** Appeals sent and answered, by addressee (their title, else their name), the most written to first, at most {@code limit}. */
	List<Answered> answeredByAddressee(int limit);

	/**
	 * Median days from the case's opening to its appeal's first letter, and from that letter to the first
	 * reply (among appeals answered); {@code null} when there is nothing to count.
	 */
	Medians medians();

	/**
	 * Replies attached to appeals by their impact as the officers judged it (HURIDOCS MT44: {@code POSITIVE},
	 * {@code NO_IMPACT}, {@code NEGATIVE}, {@code UNKNOWN}), in that order, then those not judged ({@code null} label).
	 */
	List<Count> repliesByImpact();

	/**
	 * A number that grows whenever a letter goes out or a reply is attached in a way that changes the figures above
	 * but {@link #repliesByImpact()}: while it stays the same, so do they — except for a case moved to another
	 * country of custody, which it does not follow.
	 */
	long revision();

	record Count(String label, long count) {
	}

	record Answered(String label, long sent, long answered) {
	}

	record Medians(Double openingToDispatchDays, Double dispatchToReplyDays) {
	}

}
