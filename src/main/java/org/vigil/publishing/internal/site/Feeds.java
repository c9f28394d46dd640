package org.vigil.publishing.internal.site;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The site's feeds: Atom 1.0 and RSS 2.0 (written by Rome) and JSON Feed 1.1 (Jackson), of the latest
 * items overall or of one country. Each entry gives the item's title, summary, address, first
 * publication and last correction, its country and themes as categories.
 */
@Component
class Feeds {

	private final Items items;

	private final MessageSource messages;

	private final JsonMapper json;

	private final int size;

	Feeds(Items items, MessageSource messages, JsonMapper json, SiteProperties properties) {
		this.items = items;
		this.messages = messages;
		this.json = json;
		this.size = properties.feedItems();
	}

	/** The latest items a feed lists: overall, or of the country when one is given. */
	List<Item> latest(String countryCode) {
		return countryCode == null ? items.latest(0, size) : items.ofCountry(countryCode, 0, size);
	}

	/**
	 * The feed in the format, of the items given (newest first).
	 * @param countryCode the country it follows, or {@code null} for the whole site
	 * @param links where its links lead: absolute when served
	 */
	String write(FeedFormat format, String countryCode, List<Item> latest, SiteLinks links) {
		Locale locale = LocaleContextHolder.getLocale();
		String site = messages.getMessage("public.site", null, locale);
		String title = countryCode == null ? site : site + " — " + SitePages.countryName(countryCode);
		String home = countryCode == null ? links.home() : links.country(countryCode);
		String self = links.file((countryCode == null ? "" : SiteLinks.countryPath(countryCode) + "/") + format.fileName());
		return format == FeedFormat.JSON ? jsonFeed(title, home, self, latest, links, locale)
				: syndicated(format, title, home, self, latest, links, locale);
	}

	private String syndicated(FeedFormat format, String title, String home, String self, List<Item> latest, SiteLinks links, Locale locale) {
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType(format == FeedFormat.ATOM ? "atom_1.0" : "rss_2.0");
		feed.setTitle(title);
		feed.setDescription(messages.getMessage("public.footer", null, locale));
		feed.setLink(home);
		feed.setUri(self);
		feed.setLanguage(locale.toLanguageTag());
		SyndLink selfLink = new SyndLinkImpl();
		selfLink.setRel("self");
		selfLink.setHref(self);
		selfLink.setType(format.mediaType());
		SyndLink alternate = new SyndLinkImpl();
		alternate.setRel("alternate");
		alternate.setHref(home);
		alternate.setType("text/html");
		feed.setLinks(List.of(alternate, selfLink));
		feed.setPublishedDate(latest.isEmpty() ? new Date(0) : Date.from(latest.stream().map(Item::updated).max(java.util.Comparator.naturalOrder()).get()));
		List<SyndEntry> entries = new ArrayList<>();
		for (Item item : latest) {
			SyndEntry entry = new SyndEntryImpl();
			entry.setTitle(item.title());
			entry.setLink(links.item(item));
			entry.setUri(links.item(item));
			entry.setPublishedDate(Date.from(item.firstPublished()));
			entry.setUpdatedDate(Date.from(item.updated()));
			SyndContent summary = new SyndContentImpl();
			summary.setType("text/plain");
			summary.setValue(item.summary().isEmpty() ? item.paragraphs().stream().findFirst().orElse("") : item.summary());
			entry.setDescription(summary);
			List<SyndCategory> categories = new ArrayList<>();
			categories.add(category(item.countryName()));
			item.themes().forEach(theme -> categories.add(category(theme)));
			entry.setCategories(categories);
			entries.add(entry);
		}
		feed.setEntries(entries);
		try {
			return new SyndFeedOutput().outputString(feed);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("The " + format + " feed could not be written", ex);
		}
	}

	private static SyndCategory category(String name) {
		SyndCategory category = new SyndCategoryImpl();
		category.setName(name);
		return category;
	}

	/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
	private String jsonFeed(String title, String home, String self, List<Item> latest, SiteLinks links, Locale locale) {
		Map<String, Object> feed = new LinkedHashMap<>();
		feed.put("version", "https://jsonfeed.org/version/1.1");
		feed.put("title", title);
		feed.put("home_page_url", home);
		feed.put("feed_url", self);
		feed.put("description", messages.getMessage("public.footer", null, locale));
		feed.put("language", locale.toLanguageTag());
		List<Map<String, Object>> entries = new ArrayList<>();
		for (Item item : latest) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", links.item(item));
			entry.put("url", links.item(item));
			entry.put("title", item.title());
			if (!item.summary().isEmpty()) {
				entry.put("summary", item.summary());
			}
			entry.put("content_text", item.body());
			entry.put("date_published", item.firstPublished().toString());
			entry.put("date_modified", item.updated().toString());
			entry.put("language", item.language());
			List<String> tags = new ArrayList<>();
			tags.add(item.countryName());
			tags.addAll(item.themes());
			entry.put("tags", tags);
			entries.add(entry);
		}
		feed.put("items", entries);
		return json.writeValueAsString(feed);
	}

}
