package org.vigil.geo;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.accounts.Role;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The places pages: looking up, the data's attribution, and administrators adding places and variants. */
class PlacePagesTests extends WebIntegrationTest {

	private String page(MockHttpSession session, String url) throws Exception {
		return mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private String firstCandidate(String text) throws Exception {
		TestUser reader = user(newTeam());
		return read(mvc.perform(api(get("/api/places/resolve").param("q", text), reader)).andReturn()).get(0).get("id").asString();
	}

	@Test
	void aResearcherLooksUpAPlaceAndSeesItsCandidates() throws Exception {
		String html = mvc.perform(get("/places").param("q", "Yangji, Jilin").session(signIn(user(newTeam())))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Yanji", "gn:2033467", "Jilin");
	}

	@Test
	void theLookupShowsItsRefusalOnTheField() throws Exception {
		String html = page(signIn(user(newTeam())), "/places?q=Yanji&country=XX");
		assertThat(html).contains("ISO 3166-1 alpha-2");
	}

	@Test
	void theAboutPageCreditsGeoNamesAndNaturalEarth() throws Exception {
		String html = page(signIn(user(newTeam())), "/places/about");
		assertThat(html).contains("GeoNames", "CC BY", "Natural Earth");
	}

	@Test
	void theAboutPageIsInKoreanForAKoreanReader() throws Exception {
		String html = page(signIn(user(newTeam())), "/places/about?lang=ko");
		assertThat(html).contains("장소 데이터에 대하여");
	}

	@Test
	void anAdministratorAddsAPlaceThatResolvesFirstAndIsAudited() throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR);
		MockHttpSession session = signIn(admin);
		String name = "Tumen Border Defence Detention Centre " + java.util.UUID.randomUUID().toString().substring(0, 4);
		mvc.perform(post("/admin/places").session(session).with(csrf()).param("name", name).param("kind", "other").param("country", "CN")
				.param("within", "ne:CN-JL").param("lat", "42.97").param("lon", "129.83").param("note", "reported by a partner"))
			.andExpect(redirectedUrl("/admin/places"));
		assertThat(page(session, "/admin/places")).contains(name);
		assertThat(firstCandidate(name)).startsWith("db:");
		assertThat(jdbc.queryForObject("select count(*) from audit_entries where action = 'place.added' and actor = ?", Integer.class,
				admin.username())).isEqualTo(1);
	}

	@Test
	void aPlaceAddedToReplaceAShippedOneHidesIt() throws Exception {
		MockHttpSession session = signIn(user(newTeam(), Role.ADMINISTRATOR));
		mvc.perform(post("/admin/places").session(session).with(csrf()).param("name", "Kaishantun").param("kind", "city").param("country", "CN")
				.param("lat", "42.70").param("lon", "129.76").param("replaces", "gn:2036339"))
			.andExpect(redirectedUrl("/admin/places"));
		assertThat(firstCandidate("Kaishantun")).startsWith("db:");
		TestUser reader = user(newTeam());
		assertThat(read(mvc.perform(api(get("/api/places/resolve").param("q", "Kaishantun"), reader)).andReturn()).toString())
			.doesNotContain("gn:2036339");
	}

	@Test
	void aNameVariantAddedToAShippedPlaceMakesItMatch() throws Exception {
		MockHttpSession session = signIn(user(newTeam(), Role.ADMINISTRATOR));
		mvc.perform(post("/admin/places/names").session(session).with(csrf()).param("placeId", "gn:2036933").param("name", "Hwaryong-ssi"))
			.andExpect(redirectedUrl("/admin/places"));
		assertThat(firstCandidate("Hwaryong-ssi")).isEqualTo("gn:2036933");
	}

	@Test
	void aPlaceWithoutCoordinatesIsRefusedOnTheFieldAndNothingIsKept() throws Exception {
		MockHttpSession session = signIn(user(newTeam(), Role.ADMINISTRATOR));
		String html = mvc.perform(post("/admin/places").session(session).with(csrf()).param("name", "Nowhere in particular")
				.param("kind", "city").param("country", "CN").param("lat", "north").param("lon", "129"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("must be a number from -90 to 90");
		assertThat(jdbc.queryForObject("select count(*) from geo_places where name = 'Nowhere in particular'", Integer.class)).isZero();
	}

	@Test
	void aVariantForAnUnknownPlaceIsRefused() throws Exception {
		MockHttpSession session = signIn(user(newTeam(), Role.ADMINISTRATOR));
		String html = mvc.perform(post("/admin/places/names").session(session).with(csrf()).param("placeId", "gn:1").param("name", "X town"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("names no place Vigil knows");
	}

	@Test
	void removingAPlaceChangedSinceItWasLoadedIsRefusedAndKeepsIt() throws Exception {
		MockHttpSession session = signIn(user(newTeam(), Role.ADMINISTRATOR));
		String name = "Stale place " + java.util.UUID.randomUUID().toString().substring(0, 4);
		mvc.perform(post("/admin/places").session(session).with(csrf()).param("name", name).param("kind", "other").param("country", "CN")
				.param("lat", "42").param("lon", "129")).andExpect(redirectedUrl("/admin/places"));
		String id = jdbc.queryForObject("select id::text from geo_places where name = ?", String.class, name);
		mvc.perform(post("/admin/places/" + id + "/remove").session(session).with(csrf()).param("version", "7"))
			.andExpect(redirectedUrl("/admin/places"));
		assertThat(jdbc.queryForObject("select count(*) from geo_places where id = ?::uuid", Integer.class, id)).isEqualTo(1);
		mvc.perform(post("/admin/places/" + id + "/remove").session(session).with(csrf()).param("version", "0"))
			.andExpect(redirectedUrl("/admin/places"));
		assertThat(jdbc.queryForObject("select count(*) from geo_places where id = ?::uuid", Integer.class, id)).isZero();
	}

	@Test
	void aResearcherMayNotOpenThePlacesAdministration() throws Exception {
		mvc.perform(get("/admin/places").session(signIn(user(newTeam())))).andExpect(status().isForbidden());
	}

}
