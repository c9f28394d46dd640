package org.vigil.geo.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigil.geo.PlaceKind;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceTextTests {

	@Test
	void aProvinceAfterOfIsTheContextOfTheCityBeforeIt() {
		assertThat(PlaceText.readings("Shengyang city of Lioaning province"))
			.contains(new PlaceText.Reading("Shengyang city", PlaceKind.CITY, List.of("Lioaning province"), true));
	}

	@Test
	void commasSeparateThePlaceFromItsContext() {
		assertThat(PlaceText.segments("Yanji, Jilin, China")).extracting(PlaceText.Segment::text).containsExactly("Yanji", "Jilin", "China");
	}

	@Test
	void chineseUnitsRunTogetherAreReadApartAndTheSmallestLeads() {
		List<PlaceText.Reading> readings = PlaceText.readings("吉林省和龙市");
		assertThat(readings).extracting(PlaceText.Reading::name).contains("吉林省", "和龙市");
		assertThat(readings).filteredOn(PlaceText.Reading::leading).extracting(PlaceText.Reading::name).containsExactly("和龙市");
	}

	@Test
	void aKoreanParticleAfterThePlaceIsDropped() {
		assertThat(PlaceText.segments("화룡시에서")).extracting(PlaceText.Segment::text).containsExactly("화룡시");
	}

	@Test
	void aWordOfASegmentMayBeThePlaceAndTheOtherWordsItsContext() {
		assertThat(PlaceText.readings("Shenyang Liaoning"))
			.contains(new PlaceText.Reading("Shenyang", null, List.of("Liaoning"), true));
	}

}
