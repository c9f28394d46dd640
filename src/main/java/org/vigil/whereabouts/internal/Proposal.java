package org.vigil.whereabouts.internal;

import java.util.List;

import org.vigil.geo.PlaceCandidate;
import org.vigil.whereabouts.Certainty;
import org.vigil.whereabouts.FuzzyDate;

/**
 * An entry that a report seems to say, for the researcher to confirm, correct or leave. Nothing of it
 * is stored until confirmed.
 *
 * @param index its place among the report's proposals, from 0
 * @param quote the words of the report it was read from (protected like the report)
 * @param placeText the words naming the place, as written
 * @param candidates the places those words may mean, best first (empty when none was found)
 * @param clearlyBest whether the first candidate is clearly the place meant
 * @param fromText the words naming where a transfer starts, or {@code null}
 * @param fromCandidates the places those may mean
 * @param dateGiven whether the report gave the date; otherwise {@code date} is only the span it must lie in
 * @param custodian who holds them, as written ("police"), or {@code null}
 * @param intoHandsOf into whose hands they are to be handed, as written, or {@code null}
 * @param receivingState the state a handover is to (ISO2), or {@code null}
 */
record Proposal(int index, EntryKind kind, String quote, String placeText, List<PlaceCandidate> candidates, boolean clearlyBest,
		String fromText, List<PlaceCandidate> fromCandidates, FuzzyDate date, boolean dateGiven, FuzzyDate until, Certainty certainty,
		String custodian, String intoHandsOf, String receivingState) {

	Proposal {
		candidates = List.copyOf(candidates);
		fromCandidates = fromCandidates == null ? List.of() : List.copyOf(fromCandidates);
	}

	/** The place it most likely means, or {@code null}. */
	public PlaceCandidate best() {
		return candidates.isEmpty() ? null : candidates.get(0);
	}

	public PlaceCandidate bestFrom() {
		return fromCandidates.isEmpty() ? null : fromCandidates.get(0);
	}

	Proposal withUntil(FuzzyDate end) {
		return new Proposal(index, kind, quote, placeText, candidates, clearlyBest, fromText, fromCandidates, date, dateGiven, end,
				certainty, custodian, intoHandsOf, receivingState);
	}

	Proposal withDate(FuzzyDate start) {
		return new Proposal(index, kind, quote, placeText, candidates, clearlyBest, fromText, fromCandidates, start, dateGiven, until,
				certainty, custodian, intoHandsOf, receivingState);
	}

	Proposal withFrom(String text, List<PlaceCandidate> from) {
		return new Proposal(index, kind, quote, placeText, candidates, clearlyBest, text, from, date, dateGiven, until, certainty, custodian,
				intoHandsOf, receivingState);
	}

}
