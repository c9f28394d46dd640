package org.vigil.geo.internal;

import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import org.vigil.geo.Borders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Distances to a country's territory against figures known independently of Natural Earth, each
 * with its source. Town positions are GeoNames points (the ids are given); the 1:10m boundary is
 * good to about a kilometre, so each figure is checked within a few kilometres.
 */
class BordersTests {

	private final Borders borders = ShippedGeo.borders();

	private double km(double lat, double lon, String country) {
		return borders.distanceKm(lat, lon, country).orElseThrow();
	}

	private static double geodesicKm(double lat1, double lon1, double lat2, double lon2) {
		return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2).s12 / 1000;
	}

	@Test
	void aPointInsideTheCountryIsNoDistanceFromIt() {
		// Pyongyang, GeoNames 1871859: the capital of North Korea.
		assertThat(km(39.03385, 125.75432, "KP")).isZero();
	}

	@Test
	void dandongFacesNorthKoreaAcrossTheYalu() {
		// Dandong, GeoNames 2037886, lies on the Yalu opposite Sinuiju; the Sino-Korean Friendship
		// Bridge between them is 946 m long (Wikipedia, "Sino-Korean Friendship Bridge").
		assertThat(km(40.12917, 124.39472, "KP")).isBetween(0.1, 3.0);
	}

	@Test
	void tumenFacesNorthKoreaAcrossTheTumen() {
		// Tumen, GeoNames 2034340: from its riverfront promenade one looks across the Tumen River into
		// North Korea (Wikipedia, "Tumen River").
		assertThat(km(42.96611, 129.8425, "KP")).isBetween(0.1, 3.0);
	}

	@Test
	void helongIsCloserToNorthKoreaThanTheCrossingAtNanpingIsFromIt() {
		// Nanping, GeoNames 2035643, is a border village of Helong on the Tumen, opposite Musan
		// (NK Economic Watch, "Chinese border village takes steps against North Korean refugees",
		// 2011): the border is at most as far from Helong (GeoNames 2036933) as Nanping is.
		double helong = km(42.53974, 128.99722, "KP");
		double toNanping = geodesicKm(42.53974, 128.99722, 42.26292, 129.20444);
		assertThat(helong).isPositive().isLessThanOrEqualTo(toNanping + 1);
		System.out.printf("Helong to North Korea: %.1f km (Nanping %.1f km)%n", helong, toNanping);
	}

	@Test
	void yanjiIsCloserToNorthKoreaThanTumenOnTheBorderIsFromIt() {
		// Yanji, GeoNames 2033467; Tumen, GeoNames 2034340, is on the border river (see above).
		double yanji = km(42.9075, 129.50778, "KP");
		assertThat(yanji).isPositive().isLessThanOrEqualTo(geodesicKm(42.9075, 129.50778, 42.96611, 129.8425) + 1);
		System.out.printf("Yanji to North Korea: %.1f km%n", yanji);
	}

	@Test
	void doverIsTheWidthOfTheStraitFromFrance() {
		// The Strait of Dover is about 33 km wide at its narrowest, between Dover and Cap Gris-Nez
		// (Encyclopaedia Britannica, "Strait of Dover"); Dover, GeoNames 2651048.
		assertThat(km(51.12598, 1.31257, "FR")).isCloseTo(33.5, within(3.0));
	}

	@Test
	void tarifaIsTheNarrowestWidthOfTheStraitOfGibraltarFromMorocco() {
		// The Strait of Gibraltar is 14.3 km wide at its narrowest, between Punta de Tarifa (Punta
		// Marroquí, 36.0006 N 5.6094 W) and Point Cires in Morocco (Wikipedia, "Strait of Gibraltar").
		assertThat(km(36.0006, -5.6094, "MA")).isCloseTo(14.3, within(2.5));
	}

	@Test
	void keyWestIsNinetyMilesFromCuba() {
		// "90 miles to Cuba" (145 km), the Southernmost Point buoy in Key West, GeoNames 4160812.
		assertThat(km(24.55524, -81.78163, "CU")).isCloseTo(145, within(12.0));
	}

	@Test
	void theDiomedesAreAFewKilometresApartAcrossTheDateLine() {
		// Little Diomede (United States) and Big Diomede (Russia) are about 3.8 km apart (Wikipedia,
		// "Diomede Islands"); the village of Diomede on Little Diomede's west coast, 65.7583 N 168.9519 W.
		assertThat(km(65.7583, -168.9519, "RU")).isCloseTo(3.8, within(2.0));
	}

	@Test
	void aPointOnAnotherContinentIsAlmostAsFarFromNorthKoreaAsItsWesternmostCity() {
		// Paris, GeoNames 2988507, to Sinuiju, GeoNames 2040893, on North Korea's western edge: the
		// nearest point of the country is no farther, and not much nearer.
		double toSinuiju = geodesicKm(48.85341, 2.3488, 40.10056, 124.39806);
		assertThat(km(48.85341, 2.3488, "KP")).isBetween(toSinuiju - 150, toSinuiju);
	}

	@Test
	void theCountryAtAPointIsTheOneWhoseTerritoryHoldsIt() {
		assertThat(borders.countryAt(42.9075, 129.50778)).contains("CN");
		assertThat(borders.countryAt(39.03385, 125.75432)).contains("KP");
		assertThat(borders.countryAt(66.3, -172.5)).contains("RU"); // Chukotka, east of the date line
		assertThat(borders.countryAt(38.0, 131.0)).isEmpty(); // the Sea of Japan
	}

	@Test
	void theNearestCrossingIntoNorthKoreaFromHelongIsNanpingMusan() {
		assertThat(borders.nearestCrossing(42.53974, 128.99722, "KP")).hasValueSatisfying(c -> {
			assertThat(c.crossing().id()).isEqualTo("bx:nanping-musan");
			assertThat(c.km()).isPositive();
		});
	}

	@Test
	void aCountryWithoutABoundaryHasNoDistance() {
		assertThat(borders.distanceKm(40, 120, "ZZ")).isEmpty();
		assertThat(borders.knows("KP")).isTrue();
	}

	@Test
	void coordinatesOutOfRangeHaveNoDistance() {
		assertThat(borders.distanceKm(91, 0, "KP")).isEmpty();
		assertThat(borders.distanceKm(Double.NaN, 0, "KP")).isEmpty();
	}

}
