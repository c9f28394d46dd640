package org.vigil.geo;

import java.util.List;
import java.util.Optional;

/**
 * What a text may mean, best first.
 *
 * @param text the text as given
 * @param candidates the places it may mean, best first (empty when nothing fits)
 * @param clearlyBest whether the first candidate fits clearly better than any other; when false the
 *                    user should pick one of the candidates, or give coordinates
 */
public record PlaceResolution(String text, List<PlaceCandidate> candidates, boolean clearlyBest) {

	public PlaceResolution {
		candidates = List.copyOf(candidates);
	}

	/** A resolution that found nothing. */
	public static PlaceResolution none(String text) {
		return new PlaceResolution(text, List.of(), false);
	}

	/** The best candidate, when there is one. */
	public Optional<PlaceCandidate> best() {
		return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
	}

	/** The best candidate when it is clearly best; empty when the user should choose. */
	public Optional<Place> unambiguous() {
		return clearlyBest ? best().map(PlaceCandidate::place) : Optional.empty();
	}

}
