package org.vigil.publishing.internal.site;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vigil.publishing.PublicItem;
import org.vigil.publishing.PublicSite;
import org.vigil.publishing.PublicText;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.vigil.publishing.internal.site.PublicTextFixtures.appeal;
import static org.vigil.publishing.internal.site.PublicTextFixtures.corrected;

/** Public pages served from what was rendered before: never older than the site, and answered 304 by their entity tag. */
class RenderedPagesTests extends WebIntegrationTest {

	@Autowired
	PublicSite site;

	@Test
	void aCorrectedItemShowsItsCorrectionUnderANewEntityTagThoughItsPageWasKept() throws Exception {
		PublicText text = appeal("Kept before its correction", "The wrong date.", "LK");
		PublicItem item = site.publish(text);
		MockHttpServletResponse before = page(get(item.path()));
		assertThat(page(get(item.path())).getContentAsString()).isEqualTo(before.getContentAsString());

		site.correct(item.slug(), corrected(text, "Kept before its correction", "The right date."));

		MockHttpServletResponse after = page(get(item.path()).header("If-None-Match", before.getHeader("ETag")));
		assertThat(after.getStatus()).isEqualTo(200);
		assertThat(after.getContentAsString()).contains("The right date.").doesNotContain("The wrong date.");
		assertThat(after.getHeader("ETag")).isNotEqualTo(before.getHeader("ETag"));
	}

	@Test
	void aListingShowsAnItemPublishedAfterItWasKept() throws Exception {
		site.publish(appeal("The first item about Fiji", "Body.", "FJ"));
		MockHttpServletResponse before = page(get("/public/country/fj"));

		site.publish(appeal("The second item about Fiji", "Body.", "FJ"));

		MockHttpServletResponse after = page(get("/public/country/fj").header("If-None-Match", before.getHeader("ETag")));
		assertThat(after.getStatus()).isEqualTo(200);
		assertThat(after.getContentAsString()).contains("The second item about Fiji");
	}

	@Test
	void aWithdrawnItemsAddressAnswersGoneThoughItsPageWasKept() throws Exception {
		PublicItem item = site.publish(appeal("Kept, then withdrawn", "Body that goes away.", "TL"));
		page(get(item.path()));

		site.withdraw(item.slug(), "Withdrawn at the family's request.");

		MockHttpServletResponse after = page(get(item.path()));
		assertThat(after.getStatus()).isEqualTo(410);
		assertThat(after.getContentAsString()).doesNotContain("Body that goes away.");
	}

	@Test
	void aListingAnswersNotModifiedToItsEntityTagWhileNothingChanged() throws Exception {
		site.publish(appeal("Listed for revalidation", "Body.", "PG"));
		MockHttpServletResponse first = page(get("/public/country/pg"));

		MockHttpServletResponse again = page(get("/public/country/pg").header("If-None-Match", first.getHeader("ETag")));

		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsString()).isEmpty();
	}

	@Test
	void aPageIsKeptForEachLanguageOfItsReaders() throws Exception {
		site.publish(appeal("Read in two languages", "Body.", "WS"));
		String english = page(get("/public/country/ws")).getContentAsString();

		String korean = page(get("/public/country/ws").cookie(new Cookie("vigil-lang", "ko"))).getContentAsString();

		assertThat(english).contains("<h1>Samoa</h1>");
		assertThat(korean).contains("<h1>사모아</h1>");
	}

	private MockHttpServletResponse page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

}
