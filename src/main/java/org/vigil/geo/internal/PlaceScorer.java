package org.vigil.geo.internal;

import org.vigil.geo.PlaceKind;

/**
 * How well a place fits a reading of a text, from 0 to 1, and when the best fit is clearly best.
 * Every weight lives here, so that the rules can be read and tested in one place.
 *
 * <ul>
 * <li>The name counts most: the exact spelling 1, the same sound in another romanisation a little
 * less, each edit less again.</li>
 * <li>Prominence breaks ties between places of one name: a capital or a city of millions over a
 * village.</li>
 * <li>Context confirms: "… of Lioaning province" raises the Shenyang that lies in Liaoning, "…,
 * China" a place in China, "Nanping, Helong" the Nanping near Helong; context that fits nothing
 * lowers every candidate alike.</li>
 * <li>A generic word agrees or not: "Jilin province" prefers the province, "Jilin city" the city.</li>
 * <li>What an administrator added wins over shipped data of the same fit.</li>
 * </ul>
 */
final class PlaceScorer {

	static final double NAME_WEIGHT = 0.55;

	static final double IMPORTANCE_WEIGHT = 0.22;

	static final double CONTEXT_WEIGHT = 0.15;

	static final double KIND_WEIGHT = 0.08;

	static final double ADDED_BONUS = 0.04;

	/** For the reading whose name stands where a place's name usually does (see {@link PlaceText.Reading}). */
	static final double LEADING_BONUS = 0.08;

	/** Names less alike than this are not candidates at all. */
	static final double MIN_NAME_SIMILARITY = 0.6;

	/** A best candidate is clearly best only from this score ... */
	static final double CLEAR_SCORE = 0.72;

	/** ... and this far ahead of the next. */
	static final double CLEAR_MARGIN = 0.06;

	/** What the sound key adds over the spelling: a little less than the same spelling. */
	static final double SOUND_MATCH = 0.96;

	private PlaceScorer() {
	}

	/**
	 * How alike a written name and a name of the place are, from their spelling keys (see
	 * {@link NameFolding}): 1 for the same spelling, {@value #SOUND_MATCH} for the same sound, less
	 * for each edit.
	 */
	static double nameSimilarity(String writtenKey, String placeKey) {
		if (writtenKey.equals(placeKey)) {
			return 1;
		}
		return nameSimilarity(writtenKey, placeKey, Similarity.of(NameFolding.loosen(writtenKey), NameFolding.loosen(placeKey)));
	}

	/**
	 * The same, when how alike the two sound keys are is already known ({@link Similarity#of} of the
	 * two): a hit of the place index carries its sound key and its distance.
	 */
	static double nameSimilarity(String writtenKey, String placeKey, double soundSimilarity) {
		if (writtenKey.equals(placeKey)) {
			return 1;
		}
		double bySpelling = Similarity.of(writtenKey, placeKey);
		double bySound = SOUND_MATCH * soundSimilarity;
		return Math.max(bySpelling, bySound);
	}

	/**
	 * The score of a candidate.
	 *
	 * @param nameSimilarity from {@link #nameSimilarity}
	 * @param importance from 0 to 1
	 * @param contextPieces how many context pieces the reading has
	 * @param contextMatched how many of them the place fits
	 * @param hint the kind the text's generic word names, or {@code null}
	 * @param kind the place's kind
	 * @param added whether an administrator added the place or the matched name
	 * @param leading whether the name stands where a place's name usually does in the text
	 */
	static double score(double nameSimilarity, double importance, int contextPieces, int contextMatched, PlaceKind hint,
			PlaceKind kind, boolean added, boolean leading) {
		double context = contextPieces == 0 ? 0.5 : (double) contextMatched / contextPieces;
		double kindFit = hint == null ? 0.5 : hint == kind || hint == PlaceKind.CITY && kind == PlaceKind.OTHER ? 1 : 0;
		double score = NAME_WEIGHT * nameSimilarity + IMPORTANCE_WEIGHT * importance + CONTEXT_WEIGHT * context
				+ KIND_WEIGHT * kindFit + (added ? ADDED_BONUS : 0) + (leading ? LEADING_BONUS : 0);
		return Math.min(1, Math.max(0, score));
	}

	/** Whether the best of the scores (sorted, best first) is clearly best. */
	static boolean clearlyBest(double best, double second) {
		return best >= CLEAR_SCORE && best - second >= CLEAR_MARGIN;
	}

	/** A context piece that names a town fits a candidate this close to it ("Nanping, Helong"). */
	static final double NEARBY_KM = 60;

	/** How alike a context piece must be to a name to name that place. */
	static final double CONTEXT_SIMILARITY = 0.8;

	/** Whether a context piece matches a name (their spelling keys). */
	static boolean contextFits(String pieceKey, String nameKey) {
		return !pieceKey.isEmpty() && nameSimilarity(pieceKey, nameKey) >= CONTEXT_SIMILARITY;
	}

	/**
	 * The same, from the spelling and sound keys of both, worked out beforehand: the same answer as
	 * {@link #contextFits(String, String)}, and the sound keys are compared only when the spellings
	 * alone do not fit.
	 */
	static boolean contextFits(String pieceKey, String pieceSound, String nameKey, String nameSound) {
		if (pieceKey.isEmpty()) {
			return false;
		}
		if (pieceKey.equals(nameKey) || Similarity.of(pieceKey, nameKey) >= CONTEXT_SIMILARITY) {
			return true;
		}
		return SOUND_MATCH * Similarity.of(pieceSound, nameSound) >= CONTEXT_SIMILARITY;
	}

}
