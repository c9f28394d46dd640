package org.vigil.publishing.internal.site;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.vigil.publishing.PublicItem;
import org.vigil.publishing.PublicSite;
import org.vigil.support.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.vigil.publishing.internal.site.PublicTextFixtures.appeal;

/** The public JSON list of items, as a journalist's script reads it without a token. */
class PublicApiTests extends WebIntegrationTest {

	@Autowired
	PublicSite site;

	@Test
	void itListsACountrysItemsWithTheirAddressesWithoutAToken() throws Exception {
		PublicItem item = site.publish(appeal("Listed in the public JSON", "Body.", "MV"));

		JsonNode page = json.readTree(answer("/public/api/items?country=MV&size=5").getContentAsString());

		assertThat(urls(page)).contains("http://localhost:8080" + item.path());
		assertThat(page.get("size").asInt()).isEqualTo(5);
		for (JsonNode entry : page.get("items")) {
			assertThat(entry.get("countryCode").asString()).isEqualTo("MV");
		}
	}

	@Test
	void itListsARegionsItems() throws Exception {
		PublicItem item = site.publish(PublicTextFixtures.in("en", "Listed under its region", "Body.", "034", "MV", "Detention"));

		JsonNode page = json.readTree(answer("/public/api/items?region=southern-asia").getContentAsString());

		assertThat(urls(page)).contains("http://localhost:8080" + item.path());
	}

	@Test
	void aCountryThatIsNotACountryCodeIsRefusedNamingTheField() throws Exception {
		MockHttpServletResponse answer = answer("/public/api/items?country=XX");

		assertThat(answer.getStatus()).isEqualTo(400);
		assertThat(answer.getContentType()).startsWith("application/problem+json");
		assertThat(answer.getContentAsString()).contains("country");
	}

	@Test
	void aPageTooLargeIsRefused() throws Exception {
		assertThat(answer("/public/api/items?size=201").getStatus()).isEqualTo(400);
		assertThat(answer("/public/api/items?page=-1").getStatus()).isEqualTo(400);
	}

	@Test
	void itSetsNoCookie() throws Exception {
		assertThat(answer("/public/api/items").getHeaders("Set-Cookie")).isEmpty();
	}

	private MockHttpServletResponse answer(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse();
	}

	private static List<String> urls(JsonNode page) {
		List<String> urls = new ArrayList<>();
		page.get("items").forEach(entry -> urls.add(entry.get("url").asString()));
		return urls;
	}

}
