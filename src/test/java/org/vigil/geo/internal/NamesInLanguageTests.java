package org.vigil.geo.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.Place;

import static org.assertj.core.api.Assertions.assertThat;

/** A place's name as a Chinese or Korean letter writes it, from the names the shipped gazetteer holds. */
class NamesInLanguageTests {

	private static final String YANJI = "gn:2033467";

	private static final String HELONG = "gn:2036933";

	private static final String SHENYANG = "gn:2034937";

	/** Helong in Fujian: GeoNames gives it 河龙, and nobody a Hangul name. */
	private static final String HELONG_FUJIAN = "gn:1922387";

	private final Gazetteer gazetteer = gazetteer(List.of());

	@Test
	void aChineseTextWritesThePlaceInChineseCharactersAndAKoreanOneInHangul() {
		assertThat(gazetteer.nameIn(YANJI, Locale.CHINESE)).contains("延吉");
		assertThat(gazetteer.nameIn(YANJI, Locale.KOREAN)).contains("연길");
		assertThat(gazetteer.nameIn(HELONG, Locale.forLanguageTag("zh-Hans"))).contains("和龙");
		assertThat(gazetteer.nameIn(HELONG, Locale.KOREAN)).contains("화룡");
	}

	@Test
	void theSimplifiedFormIsWrittenWhenTheGazetteerHoldsBoth() {
		assertThat(names(SHENYANG)).as("the shipped names").contains("瀋陽市", "沈阳");
		assertThat(gazetteer.nameIn(SHENYANG, Locale.CHINESE)).contains("沈阳");
		assertThat(NamesInLanguage.pick(List.of("Shenyang", "瀋陽", "沈阳"), Locale.CHINESE)).contains("沈阳");
		assertThat(NamesInLanguage.pick(List.of("Shenyang", "瀋陽"), Locale.CHINESE)).as("traditional only").contains("瀋陽");
	}

	@Test
	void aKoreanNameIsOneWordNotAGeoNamesVariantWithItsGenericWordApart() {
		assertThat(names(SHENYANG)).contains("선양 시");
		assertThat(gazetteer.nameIn(SHENYANG, Locale.KOREAN)).hasValueSatisfying(name -> assertThat(name).isIn("심양", "선양"));
	}

	@Test
	void aDivisionIsFoundAndWrittenInTheLanguageToo() {
		Place jilin = gazetteer.divisionOf(YANJI).orElseThrow();
		assertThat(jilin.name()).isEqualTo("Jilin");
		assertThat(gazetteer.nameIn(jilin.id(), Locale.CHINESE)).contains("吉林省");
		assertThat(gazetteer.nameIn(jilin.id(), Locale.KOREAN)).contains("지린성");
	}

	@Test
	void nothingIsAnsweredForAPlaceWithNoNameInTheScriptAnUnknownIdOrAnotherLanguage() {
		assertThat(gazetteer.nameIn(HELONG_FUJIAN, Locale.CHINESE)).contains("河龙");
		assertThat(gazetteer.nameIn(HELONG_FUJIAN, Locale.KOREAN)).isEmpty();
		assertThat(gazetteer.nameIn("gn:0", Locale.CHINESE)).isEmpty();
		assertThat(gazetteer.nameIn(null, Locale.CHINESE)).isEmpty();
		assertThat(gazetteer.nameIn(YANJI, Locale.ENGLISH)).isEmpty();
		assertThat(gazetteer.nameIn(YANJI, Locale.FRENCH)).isEmpty();
		assertThat(gazetteer.divisionOf("gn:0")).isEmpty();
	}

	@Test
	void aNameAnAdministratorAddedIsWrittenOnlyWhereTheShippedNamesHaveNoneInThatScript() {
		Gazetteer withAdded = gazetteer(List.of(added(HELONG_FUJIAN, "하룡"), added(YANJI, "옌지시")));
		assertThat(withAdded.nameIn(HELONG_FUJIAN, Locale.KOREAN)).contains("하룡");
		assertThat(withAdded.nameIn(YANJI, Locale.KOREAN)).contains("연길");
	}

	@Test
	void aBorderCrossingsTwoNamesJoinedByADashAreOneName() {
		assertThat(gazetteer.nameIn("bx:tumen-namyang", Locale.KOREAN)).contains("도문-남양");
		assertThat(gazetteer.nameIn("bx:tumen-namyang", Locale.CHINESE)).contains("图们口岸");
	}

	private static List<String> names(String id) {
		return ShippedGeo.data().get().places().namesOf(id);
	}

	private static AddedName added(String placeId, String name) {
		return new AddedName(UUID.randomUUID(), placeId, name, "admin", Instant.EPOCH);
	}

	/** The gazetteer on the shipped data, with the names given as if an administrator had added them. */
	private static Gazetteer gazetteer(List<AddedName> names) {
		return new GazetteerService(ShippedGeo.data(), new AddedPlaceStore(null) {

			@Override
			List<AddedPlace> places() {
				return List.of();
			}

			@Override
			List<AddedName> names() {
				return names;
			}

		});
	}

}
