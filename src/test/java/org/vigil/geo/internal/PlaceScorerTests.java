package org.vigil.geo.internal;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.vigil.geo.PlaceKind;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceScorerTests {

	private static double score(double similarity, double importance, int pieces, int matched, PlaceKind hint, PlaceKind kind) {
		return PlaceScorer.score(similarity, importance, pieces, matched, hint, kind, false, true);
	}

	@Test
	void theExactSpellingFitsBetterThanTheSameNameInAnotherRomanisation() {
		double exact = PlaceScorer.nameSimilarity(NameFolding.fold("Yanji"), NameFolding.fold("Yanji"));
		double wadeGiles = PlaceScorer.nameSimilarity(NameFolding.fold("Yen-chi"), NameFolding.fold("Yanji"));
		assertThat(exact).isEqualTo(1.0);
		assertThat(wadeGiles).isEqualTo(PlaceScorer.SOUND_MATCH).isLessThan(exact);
	}

	@Test
	void aMisspellingFitsLessThanAnotherRomanisationButStillFits() {
		double misspelt = PlaceScorer.nameSimilarity(NameFolding.fold("Shengyang"), NameFolding.fold("Shenyang"));
		assertThat(misspelt).isLessThan(PlaceScorer.SOUND_MATCH).isGreaterThanOrEqualTo(PlaceScorer.MIN_NAME_SIMILARITY);
	}

	@Test
	void anUnrelatedNameDoesNotFitAtAll() {
		assertThat(PlaceScorer.nameSimilarity(NameFolding.fold("Helong"), NameFolding.fold("Vladivostok")))
			.isLessThan(PlaceScorer.MIN_NAME_SIMILARITY);
	}

	@Test
	void amongPlacesOfOneNameTheCityOfMillionsScoresAboveTheVillage() {
		double city = score(1, IndexedPlace.importance(3_512_192, "A"), 0, 0, null, PlaceKind.CITY);
		double village = score(1, IndexedPlace.importance(0, "A4"), 0, 0, null, PlaceKind.CITY);
		assertThat(city).isGreaterThan(village);
	}

	@Test
	void contextThatNamesThePlacesProvinceOutweighsAVillageBeingSpeltExactly() {
		double misspeltInLiaoning = score(0.88, IndexedPlace.importance(3_512_192, "A"), 1, 1, PlaceKind.CITY, PlaceKind.CITY);
		double exactElsewhere = score(1, IndexedPlace.importance(0, "A4"), 1, 0, PlaceKind.CITY, PlaceKind.CITY);
		assertThat(misspeltInLiaoning).isGreaterThan(exactElsewhere);
	}

	@Test
	void aProvinceWordPrefersTheProvinceOverTheCityOfTheSameName() {
		double province = score(1, 0.65, 0, 0, PlaceKind.ADMIN1, PlaceKind.ADMIN1);
		double city = score(1, IndexedPlace.importance(1_881_977, ""), 0, 0, PlaceKind.ADMIN1, PlaceKind.CITY);
		assertThat(province).isGreaterThan(city);
	}

	@Test
	void whatAnAdministratorAddedWinsOverShippedDataOfTheSameFit() {
		double added = PlaceScorer.score(1, 0.5, 0, 0, null, PlaceKind.OTHER, true, true);
		double shipped = PlaceScorer.score(1, 0.5, 0, 0, null, PlaceKind.OTHER, false, true);
		assertThat(added).isGreaterThan(shipped);
	}

	@Test
	void theNameThatLeadsTheTextCountsBeforeItsContext() {
		double leading = PlaceScorer.score(1, 0.3, 1, 1, null, PlaceKind.CITY, false, true);
		double following = PlaceScorer.score(1, 0.3, 1, 1, null, PlaceKind.CITY, false, false);
		assertThat(leading).isGreaterThan(following);
	}

	@Test
	void aContextPieceFitsANameFromTheirKeysWorkedOutBeforehandAsFromTheKeysAlone() {
		SplittableRandom random = new SplittableRandom(3);
		String[] syllables = { "liao", "ning", "ji", "lin", "jing", "shen", "yang", "chi", "na", "hei", "long", "jiang", "kang", "won", "do" };
		int fitting = 0;
		for (int n = 0; n < 20_000; n++) {
			String piece = NameFolding.fold(syllables[random.nextInt(syllables.length)] + syllables[random.nextInt(syllables.length)]);
			String name = NameFolding.fold(random.nextInt(3) == 0 ? piece.replaceFirst("i", "") : syllables[random.nextInt(syllables.length)]
					+ syllables[random.nextInt(syllables.length)]);
			boolean expected = PlaceScorer.contextFits(piece, name);
			assertThat(PlaceScorer.contextFits(piece, NameFolding.loosen(piece), name, NameFolding.loosen(name))).as("%s / %s", piece, name)
				.isEqualTo(expected);
			fitting += expected ? 1 : 0;
		}
		assertThat(fitting).as("pairs that fit: the comparison is not only between misfits").isGreaterThan(1_000);
		assertThat(PlaceScorer.contextFits("", "", "", "")).isFalse();
	}

	@Test
	void scoresStayBetweenZeroAndOne() {
		assertThat(PlaceScorer.score(1, 1, 3, 3, PlaceKind.CITY, PlaceKind.CITY, true, true)).isEqualTo(1.0);
		assertThat(PlaceScorer.score(0, 0, 3, 0, PlaceKind.ADMIN1, PlaceKind.CITY, false, false)).isEqualTo(0.0);
	}

	@Test
	void aBestCandidateJustAheadOfTheNextIsNotClearlyBest() {
		assertThat(PlaceScorer.clearlyBest(0.85, 0.84)).isFalse();
		assertThat(PlaceScorer.clearlyBest(0.85, 0.70)).isTrue();
	}

	@Test
	void aBestCandidateThatFitsPoorlyIsNotClearlyBestEvenAlone() {
		assertThat(PlaceScorer.clearlyBest(0.6, 0)).isFalse();
	}

}
