package org.vigil.geo;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.vigil.support.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PlacesApiTests extends WebIntegrationTest {

	private JsonNode call(String url, int expected) throws Exception {
		TestUser user = user(newTeam());
		return read(mvc.perform(api(get(url), user)).andExpect(status().is(expected)).andReturn());
	}

	@Test
	void aMisspeltCityWithItsProvinceResolvesToTheCityInThatProvinceFirst() throws Exception {
		JsonNode answer = call("/api/places/resolve?q=Shengyang city of Lioaning province", 200);
		JsonNode best = answer.get(0);
		assertThat(best.get("id").asString()).isEqualTo("gn:2034937");
		assertThat(best.get("name").asString()).isEqualTo("Shenyang");
		assertThat(best.get("country").asString()).isEqualTo("CN");
		assertThat(best.get("admin1").asString()).isEqualTo("Liaoning");
		assertThat(best.get("kind").asString()).isEqualTo("city");
		assertThat(best.get("lat").asDouble()).isCloseTo(41.79, org.assertj.core.data.Offset.offset(0.01));
		assertThat(best.get("score").asDouble()).isBetween(0.0, 1.0);
		assertThat(best.get("clearlyBest").asBoolean()).isTrue();
	}

	@Test
	void chineseAndKoreanScriptResolveToTheSameCity() throws Exception {
		assertThat(call("/api/places/resolve?q=延吉", 200).get(0).get("id").asString()).isEqualTo("gn:2033467");
		assertThat(call("/api/places/resolve?q=연길", 200).get(0).get("id").asString()).isEqualTo("gn:2033467");
		assertThat(call("/api/places/resolve?q=화룡", 200).get(0).get("id").asString()).isEqualTo("gn:2036933");
	}

	@Test
	void aNameOfManyPlacesIsNotClearlyBestAndOffersSeveral() throws Exception {
		JsonNode answer = call("/api/places/resolve?q=Springfield", 200);
		assertThat(answer.size()).isGreaterThan(2);
		assertThat(answer.get(0).get("clearlyBest").asBoolean()).isFalse();
		assertThat(answer.get(0).get("score").asDouble()).isGreaterThanOrEqualTo(answer.get(1).get("score").asDouble());
	}

	@Test
	void aCountryHintNarrowsTheAnswerToThatCountry() throws Exception {
		JsonNode answer = call("/api/places/resolve?q=Andong&country=CN", 200);
		assertThat(answer.size()).isPositive();
		answer.forEach(c -> assertThat(c.get("country").asString()).isEqualTo("CN"));
	}

	@Test
	void textWithControlCharactersIsRefusedNamingTheField() throws Exception {
		TestUser user = user(newTeam());
		JsonNode problem = read(mvc.perform(api(get("/api/places/resolve").param("q", "Yanji\u0007"), user))
			.andExpect(status().isBadRequest()).andReturn());
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("q");
		// Refused by the text rule every request meets (platform.validation.AcceptedText), before the gazetteer.
		assertThat(problem.get("refusal").asString()).isEqualTo("CONTROL_CHARACTER");
	}

	@Test
	void textLongerThanTheGazetteerReadsIsRefusedNamingTheField() throws Exception {
		JsonNode problem = call("/api/places/resolve?q=" + "a".repeat(Gazetteer.MAX_TEXT_LENGTH + 1), 400);
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("q");
	}

	@Test
	void aMissingTextIsRefusedNamingTheField() throws Exception {
		assertThat(call("/api/places/resolve", 400).get("errors").get(0).get("field").asString()).isEqualTo("q");
	}

	@Test
	void aCountryHintThatIsNoCountryCodeIsRefused() throws Exception {
		assertThat(call("/api/places/resolve?q=Yanji&country=XX", 400).get("errors").get(0).get("field").asString()).isEqualTo("country");
	}

	@Test
	void aPlaceIsReadByItsIdWithItsNames() throws Exception {
		JsonNode place = call("/api/places/gn:2033467", 200);
		assertThat(place.get("name").asString()).isEqualTo("Yanji");
		assertThat(place.get("names").toString()).contains("延吉", "연길");
	}

	@Test
	void anUnknownPlaceIsNotFound() throws Exception {
		call("/api/places/gn:1", 404);
	}

	@Test
	void theDistanceFromHelongToNorthKoreaComesWithTheNearestCrossing() throws Exception {
		JsonNode answer = call("/api/geo/distance-to-country?lat=42.53974&lon=128.99722&country=KP", 200);
		assertThat(answer.get("km").asDouble()).isBetween(10.0, 40.0);
		assertThat(answer.get("inside").asBoolean()).isFalse();
		assertThat(answer.get("nearestCrossing").get("id").asString()).isEqualTo("bx:nanping-musan");
	}

	@Test
	void aPointInsideTheCountryIsNoKilometresFromIt() throws Exception {
		JsonNode answer = call("/api/geo/distance-to-country?lat=39.03&lon=125.75&country=KP", 200);
		assertThat(answer.get("km").asDouble()).isZero();
		assertThat(answer.get("inside").asBoolean()).isTrue();
	}

	@Test
	void aLatitudeOutOfRangeIsRefusedNamingTheField() throws Exception {
		JsonNode problem = call("/api/geo/distance-to-country?lat=91&lon=128&country=KP", 400);
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("lat");
	}

	@Test
	void aLongitudeThatIsNoNumberIsRefusedNamingTheField() throws Exception {
		JsonNode problem = call("/api/geo/distance-to-country?lat=42&lon=east&country=KP", 400);
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("lon");
	}

	@Test
	void aDistanceNeedsACountry() throws Exception {
		assertThat(call("/api/geo/distance-to-country?lat=42&lon=128", 400).get("errors").get(0).get("field").asString())
			.isEqualTo("country");
	}

	@Test
	void theCountryAtAPointIsAnswered() throws Exception {
		assertThat(call("/api/geo/country-at?lat=42.9&lon=129.5", 200).get("country").asString()).isEqualTo("CN");
	}

	@Test
	void theCrossingsIntoNorthKoreaIncludeTumenNamyang() throws Exception {
		assertThat(call("/api/geo/crossings?country=KP", 200).toString()).contains("bx:tumen-namyang", "bx:dandong-sinuiju");
	}

	@Test
	void theBasemapIsServedFromVigilItselfAsGeoJson() throws Exception {
		TestUser user = user(newTeam());
		var response = mvc.perform(api(get("/api/geo/basemap"), user)).andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, org.hamcrest.Matchers.startsWith("application/geo+json")))
			.andReturn().getResponse();
		JsonNode map = json.readTree(response.getContentAsByteArray());
		assertThat(map.get("type").asString()).isEqualTo("FeatureCollection");
		assertThat(map.get("features").toString()).contains("\"iso2\":\"KP\"");
	}

	@Test
	void theBasemapIsSentCompressedToABrowserThatAcceptsIt() throws Exception {
		TestUser user = user(newTeam());
		mvc.perform(api(get("/api/geo/basemap"), user).header(HttpHeaders.ACCEPT_ENCODING, "gzip, deflate"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_ENCODING, "gzip"));
	}

	@Test
	void theOutlineOfTheCountryOfFearedReturnIsAGeoJsonFeature() throws Exception {
		JsonNode outline = call("/api/geo/countries/KP/outline", 200);
		assertThat(outline.get("properties").get("iso2").asString()).isEqualTo("KP");
		assertThat(outline.get("geometry").get("type").asString()).isEqualTo("MultiPolygon");
	}

	@Test
	void theOutlineOfAnUnknownCountryIsNotFound() throws Exception {
		call("/api/geo/countries/ZZ/outline", 404);
	}

}
