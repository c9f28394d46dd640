package org.vigil.publishing.internal.site;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vigil.publishing.PublicItem;
import org.vigil.publishing.PublicKind;
import org.vigil.publishing.PublicSite;
import org.vigil.publishing.PublicText;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.vigil.publishing.internal.site.PublicTextFixtures.appeal;

/** The public site's pages as a reader without an account finds them: listings, search, and how they are served. */
class PublicPagesTests extends WebIntegrationTest {

	@Autowired
	PublicSite site;

	@Test
	void theHomePageListsTheLatestItemLinkingToItsPageAndItsCountry() throws Exception {
		PublicItem item = site.publish(appeal("Latest on the home page", "Body.", "MM"));

		String home = page(get("/public")).getContentAsString();

		assertThat(home).contains("href=\"" + item.path() + "\"").contains("Latest on the home page")
			.contains("href=\"/public/country/mm\"").contains("Myanmar");
	}

	@Test
	void theCountryPageListsOnlyThatCountrysItems() throws Exception {
		site.publish(appeal("An item about Nepal", "Body.", "NP"));
		site.publish(appeal("An item about Bhutan", "Body.", "BT"));

		String nepal = page(get("/public/country/np")).getContentAsString();

		assertThat(nepal).contains("<h1>Nepal</h1>").contains("An item about Nepal").doesNotContain("An item about Bhutan");
	}

	@Test
	void theRegionAndThemePagesListTheirItems() throws Exception {
		site.publish(new PublicText(UUID.randomUUID(), PublicKind.PRESS_RELEASE, "Listed by region and theme", "", "Body.", "en",
				"143", "KZ", List.of("Arbitrary detention"), PublicTextFixtures.RELEASED));

		assertThat(page(get("/public/region/central-asia")).getContentAsString()).contains("<h1>Central Asia</h1>")
			.contains("Listed by region and theme");
		assertThat(page(get("/public/theme/arbitrary-detention")).getContentAsString()).contains("<h1>Arbitrary detention</h1>")
			.contains("Listed by region and theme");
	}

	@Test
	void aRegionsPageListsTheItemsOfTheAreasItHolds() throws Exception {
		site.publish(PublicTextFixtures.in("en", "Filed under South America", "Body.", "005", "PE", "Detention"));

		assertThat(page(get("/public/region/latin-america-and-the-caribbean")).getContentAsString())
			.contains("<h1>Latin America and the Caribbean</h1>").contains("Filed under South America");
		assertThat(page(get("/public/region/americas")).getContentAsString()).contains("Filed under South America");
		assertThat(page(get("/public/region/central-america")).getContentAsString()).doesNotContain("Filed under South America");
	}

	@Test
	void regionsAreNamedInTheReadersLanguage() throws Exception {
		PublicItem item = site.publish(PublicTextFixtures.in("en", "Named in Korean and Chinese", "Body.", "030", "MN", "Detention"));

		assertThat(page(get("/public/region/eastern-asia").cookie(new Cookie("vigil-lang", "ko"))).getContentAsString()).contains("<h1>동아시아</h1>");
		assertThat(page(get(item.path()).cookie(new Cookie("vigil-lang", "zh"))).getContentAsString()).contains(">东亚</a>");
		assertThat(page(get("/public").cookie(new Cookie("vigil-lang", "ko"))).getContentAsString()).contains("동아시아 (");
	}

	@Test
	void anUnknownCountryRegionOrThemeIsNotFound() throws Exception {
		assertThat(page(get("/public/country/xx")).getStatus()).isEqualTo(404);
		assertThat(page(get("/public/region/nowhere-at-all")).getStatus()).isEqualTo(404);
		assertThat(page(get("/public/theme/no-such-theme")).getStatus()).isEqualTo(404);
	}

	@Test
	void theSearchFindsItemsContainingEveryWordInAnyCase() throws Exception {
		site.publish(appeal("Searchable zebrafinch appeal", "Held at Quokkaville detention centre.", "LK"));
		site.publish(appeal("Another zebrafinch appeal", "Elsewhere.", "LK"));

		String found = page(get("/public/search").param("q", "ZEBRAFINCH quokkaville")).getContentAsString();

		assertThat(found).contains("Searchable zebrafinch appeal").doesNotContain("Another zebrafinch appeal");
	}

	@Test
	void theSearchFindsKoreanAndChineseTextByAnyPartOfIt() throws Exception {
		site.publish(PublicTextFixtures.in("ko", "탈북민 일곱 명의 강제송환을 중단하라", "투먼 구치소에 구금되어 있습니다.", "030", "KR", "강제송환"));
		site.publish(PublicTextFixtures.in("zh", "立即停止遣返七名脱北者", "他们被关押在图们看守所。", "030", "CN", "遣返"));

		assertThat(page(get("/public/search").param("q", "강제송환을")).getContentAsString()).contains("탈북민 일곱 명의 강제송환을 중단하라");
		assertThat(page(get("/public/search").param("q", "구치소")).getContentAsString()).contains("탈북민 일곱 명의 강제송환을 중단하라");
		assertThat(page(get("/public/search").param("q", "图们")).getContentAsString()).contains("立即停止遣返七名脱北者");
	}

	@Test
	void aSearchTooLongIsRefusedNamingTheField() throws Exception {
		MockHttpServletResponse answer = page(get("/public/search").param("q", "word ".repeat(41)));

		assertThat(answer.getStatus()).isEqualTo(400);
	}

	@Test
	void aKoreanItemsPageIsMarkedKorean() throws Exception {
		PublicItem item = site.publish(PublicTextFixtures.in("ko", "한국어 글", "본문입니다.", "030", "KR", "구금"));

		assertThat(page(get(item.path())).getContentAsString()).contains("<article class=\"public-item\" lang=\"ko\">")
			.contains("본문입니다.");
	}

	@Test
	void pagesAreCacheableWithAnETagAndAnswerNotModifiedWhenItMatches() throws Exception {
		PublicItem item = site.publish(appeal("Cached by browsers", "Body.", "BD"));

		MockHttpServletResponse first = page(get(item.path()));

		assertThat(first.getHeader("Cache-Control")).startsWith("public, max-age=");
		assertThat(first.getHeader("ETag")).isNotBlank();
		MockHttpServletResponse again = page(get(item.path()).header("If-None-Match", first.getHeader("ETag")));
		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsString()).isEmpty();
	}

	@Test
	void pagesAreServedWithStrictHeadersAndNoCookie() throws Exception {
		PublicItem item = site.publish(appeal("Strict headers", "Body.", "NP"));

		for (String path : List.of("/public", item.path(), "/public/country/np", "/public/search?q=strict", "/public/site.css")) {
			MockHttpServletResponse answer = page(get(path));
			assertThat(answer.getStatus()).as(path).isEqualTo(200);
			assertThat(answer.getHeader("Content-Security-Policy")).as(path).contains("default-src 'none'").doesNotContain("unsafe-inline");
			assertThat(answer.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
			assertThat(answer.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
			assertThat(answer.getHeader("Referrer-Policy")).as(path).isEqualTo("no-referrer");
			assertThat(answer.getHeaders("Set-Cookie")).as(path).isEmpty();
		}
	}

	@Test
	void pagesCarryNoCsrfTokenNorAnythingOfTheSignedInSite() throws Exception {
		String home = page(get("/public")).getContentAsString();

		assertThat(home).doesNotContain("_csrf").doesNotContain("/cases").doesNotContain("/css/vigil.css").doesNotContain("<script");
	}

	private MockHttpServletResponse page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

}
