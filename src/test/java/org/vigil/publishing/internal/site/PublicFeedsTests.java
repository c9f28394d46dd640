package org.vigil.publishing.internal.site;

import java.io.StringReader;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.vigil.publishing.PublicItem;
import org.vigil.publishing.PublicSite;
import org.vigil.publishing.PublicText;
import org.vigil.support.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.vigil.publishing.internal.site.PublicTextFixtures.appeal;
import static org.vigil.publishing.internal.site.PublicTextFixtures.corrected;

/** The feeds, read back as a feed reader reads them: Rome for Atom and RSS, a JSON parser for JSON Feed. */
class PublicFeedsTests extends WebIntegrationTest {

	@Autowired
	PublicSite site;

	@Test
	void theAtomFeedListsTheItemWithItsTitleAddressAndDates() throws Exception {
		PublicText text = appeal("Fed to Atom readers", "Body.", "UZ");
		PublicItem item = site.publish(text);
		PublicItem later = site.correct(item.slug(), corrected(text, "Fed to Atom readers, corrected", "Body."));

		SyndFeed feed = parse("/public/feed.atom", "application/atom+xml");

		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		SyndEntry entry = entry(feed, "http://localhost:8080" + item.path());
		assertThat(entry.getTitle()).isEqualTo("Fed to Atom readers, corrected");
		assertThat(entry.getPublishedDate()).isEqualTo(toTheSecond(item.firstPublished()));
		assertThat(entry.getUpdatedDate()).isEqualTo(toTheSecond(later.lastCorrected()));
		assertThat(entry.getCategories()).extracting("name").contains("Uzbekistan", "Refoulement");
	}

	@Test
	void theRssFeedListsTheItemWithItsTitleLinkAndDate() throws Exception {
		PublicItem item = site.publish(appeal("Fed to RSS readers", "Body.", "UZ"));

		SyndFeed feed = parse("/public/feed.rss", "application/rss+xml");

		assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
		assertThat(feed.getLink()).isEqualTo("http://localhost:8080/public");
		SyndEntry entry = entry(feed, "http://localhost:8080" + item.path());
		assertThat(entry.getTitle()).isEqualTo("Fed to RSS readers");
		assertThat(entry.getPublishedDate()).isEqualTo(toTheSecond(item.firstPublished()));
	}

	@Test
	void aCountrysFeedListsOnlyThatCountrysItems() throws Exception {
		PublicItem uzbek = site.publish(appeal("Only in the Tajik feed? No: Uzbek", "Body.", "UZ"));
		PublicItem tajik = site.publish(appeal("In the Tajik feed", "Body.", "TJ"));

		for (String format : List.of("atom", "rss")) {
			SyndFeed feed = parse("/public/country/tj/feed." + format, null);
			assertThat(feed.getTitle()).endsWith("Tajikistan");
			assertThat(feed.getEntries()).extracting(SyndEntry::getLink).contains("http://localhost:8080" + tajik.path())
				.doesNotContain("http://localhost:8080" + uzbek.path());
		}
	}

	@Test
	void theJsonFeedIsVersionOnePointOneWithTheItemsTitleAddressAndDates() throws Exception {
		PublicItem item = site.publish(PublicTextFixtures.in("zh", "立即停止遣返", "正文。", "030", "CN", "遣返"));

		MockHttpServletResponse answer = mvc.perform(get("/public/country/cn/feed.json")).andReturn().getResponse();

		assertThat(answer.getContentType()).startsWith("application/feed+json");
		JsonNode feed = json.readTree(answer.getContentAsString());
		assertThat(feed.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
		assertThat(feed.get("feed_url").asString()).isEqualTo("http://localhost:8080/public/country/cn/feed.json");
		JsonNode entry = null;
		for (JsonNode candidate : feed.get("items")) {
			if (candidate.get("url").asString().equals("http://localhost:8080" + item.path())) {
				entry = candidate;
			}
		}
		assertThat(entry).isNotNull();
		assertThat(entry.get("title").asString()).isEqualTo("立即停止遣返");
		assertThat(entry.get("language").asString()).isEqualTo("zh");
		assertThat(java.time.Instant.parse(entry.get("date_published").asString())).isEqualTo(item.firstPublished());
	}

	@Test
	void aWithdrawnItemLeavesTheFeeds() throws Exception {
		PublicItem item = site.publish(appeal("Withdrawn from the feeds", "Body.", "UZ"));
		site.withdraw(item.slug(), "Withdrawn.");

		assertThat(parse("/public/feed.atom", null).getEntries()).extracting(SyndEntry::getLink)
			.doesNotContain("http://localhost:8080" + item.path());
	}

	@Test
	void theHomeCountryAndItemPagesLinkTheFeedsTheyFollow() throws Exception {
		PublicItem item = site.publish(appeal("Linking its feeds", "Body.", "KG"));

		String home = mvc.perform(get("/public")).andReturn().getResponse().getContentAsString();
		String country = mvc.perform(get("/public/country/kg")).andReturn().getResponse().getContentAsString();
		String page = mvc.perform(get(item.path())).andReturn().getResponse().getContentAsString();

		assertThat(home).contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/public/feed.atom\"")
			.contains("type=\"application/rss+xml\" href=\"/public/feed.rss\"").contains("type=\"application/feed+json\" href=\"/public/feed.json\"")
			.doesNotContain("/public/country/kg/feed.atom");
		for (String html : List.of(country, page)) {
			assertThat(html).contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/public/country/kg/feed.atom\"")
				.contains("href=\"/public/country/kg/feed.rss\"").contains("href=\"/public/country/kg/feed.json\"")
				.contains("href=\"/public/feed.atom\"");
		}
	}

	@Test
	void anUnknownCountrysFeedIsNotFound() throws Exception {
		assertThat(mvc.perform(get("/public/country/xx/feed.atom")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	private SyndFeed parse(String path, String mediaType) throws Exception {
		MockHttpServletResponse answer = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(answer.getStatus()).isEqualTo(200);
		if (mediaType != null) {
			assertThat(answer.getContentType()).startsWith(mediaType);
		}
		return new SyndFeedInput().build(new StringReader(answer.getContentAsString()));
	}

	/** Atom and RSS dates go to the second. */
	private static Date toTheSecond(java.time.Instant at) {
		return Date.from(at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
	}

	private static SyndEntry entry(SyndFeed feed, String link) {
		return feed.getEntries().stream().filter(e -> link.equals(e.getLink())).findFirst()
			.orElseThrow(() -> new AssertionError("no entry links to " + link + " in " + feed.getEntries().stream().map(SyndEntry::getLink).toList()));
	}

}
