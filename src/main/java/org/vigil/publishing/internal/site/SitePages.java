package org.vigil.publishing.internal.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.vigil.platform.Refusal;
import org.vigil.publishing.internal.regions.Region;
import org.vigil.publishing.internal.regions.Regions;

/**
 * What each public page shows: its template and model, for the served site and the static export
 * alike (only the {@link SiteLinks} differ). Listings are newest first, a page of
 * {@code vigil.publishing.site.page-size} items at a time.
 */
@Component
class SitePages {

	/** A page to render: its template, what it shows, and whether it stands for something gone (410). */
	record Page(String template, Map<String, Object> model, boolean gone) {
	}

	/** The longest search the site takes, and the most words in it. */
	static final int MAX_QUERY = 200;

	static final int MAX_WORDS = 8;

	private final Items items;

	private final MessageSource messages;

	private final int pageSize;

	private final Regions regions;

	private final SiteRevision revision;

	private final ListEntries entries;

	private final ItemMarkup markup;

	/** The navigation's counts as last made, and the site's revision they were made at; {@code null}: to be made. */
	private volatile Counted counts;

	private record Counted(long revision, Navigation navigation) {
	}

	SitePages(Items items, MessageSource messages, SiteProperties properties, Regions regions, SiteRevision revision,
			ListEntries entries, ItemMarkup markup) {
		this.items = items;
		this.entries = entries;
		this.markup = markup;
		this.revision = revision;
		this.regions = regions;
		this.messages = messages;
		this.pageSize = properties.pageSize();
	}

	int pageSize() {
		return pageSize;
	}

	/** The home page: the latest items, and the regions, countries and themes there are items under. */
	Page home(int page, SiteLinks links) {
		return home(items.latest(page * pageSize, pageSize + 1), page, links, navigation());
	}

	/** The regions, countries and themes the home page lists, each with its items counted. */
	record Navigation(List<Facet> regions, List<Facet> countries, List<Facet> themes) {
	}

	/**
	 * The regions, countries (both named in the reader's language) and themes with their items counted. The counts read every
	 * listed item, so they are kept while the site's {@link SiteRevision} stays where it was when they were made: until an
	 * item is published, corrected or withdrawn, on this node or another.
	 */
	Navigation navigation() {
		long now = revision.current();
		Counted kept = counts;
		if (kept == null || kept.revision() < now) {
			// made after the revision was read, so at least as new as it: given up when the revision moves past it
			kept = new Counted(now, new Navigation(items.regions(), items.countries(), items.themes()));
			counts = kept;
		}
		Navigation counted = kept.navigation();
		Locale locale = LocaleContextHolder.getLocale();
		return new Navigation(counted.regions().stream().map(r -> new Facet(r.key(), regions.name(r.name(), locale), r.items())).toList(),
				counted.countries().stream().map(c -> new Facet(c.key(), countryName(c.key()), c.items()))
			.toList(), counted.themes());
	}

	/**
	 * A page of the home page's listing whose items were found already ({@code pageSize + 1} when a next page follows): the
	 * static export finds them in one pass over every item.
	 */
	Page home(List<Item> found, int page, SiteLinks links, Navigation navigation) {
		Map<String, Object> model = listing(links, "", page, found, message("public.home.title"), feeds(links, null));
		model.put("regions", navigation.regions());
		model.put("countries", navigation.countries());
		model.put("themes", navigation.themes());
		return new Page("public/home", model, false);
	}

	Optional<Page> country(String code, int page, SiteLinks links) {
		Optional<String> known = countryOfKey(code);
		if (known.isEmpty()) {
			return Optional.empty();
		}
		String upper = known.get();
		List<Item> found = items.ofCountry(upper, page * pageSize, pageSize + 1);
		if (found.isEmpty() && page > 0) {
			return Optional.empty();
		}
		return Optional.of(country(upper, found, page, links));
	}

	/** A page of the country's listing (code {@code CN}) whose items were found already. */
	Page country(String countryCode, List<Item> found, int page, SiteLinks links) {
		return new Page("public/list", listing(links, SiteLinks.countryPath(countryCode), page, found, countryName(countryCode),
				feeds(links, countryCode)), false);
	}

	/** A page of the area's listing (UN M49, {@code eastern-asia}): its items and those of the areas it holds. */
	Optional<Page> region(String key, int page, SiteLinks links) {
		Optional<Region> area = regions.ofKey(key);
		if (area.isEmpty()) {
			return Optional.empty();
		}
		List<Item> found = items.ofRegions(regions.keysWithin(area.get()), page * pageSize, pageSize + 1);
		if (found.isEmpty() && page > 0) {
			return Optional.empty();
		}
		return region(key, found, page, links);
	}

	/** A page of the area's listing whose items were found already; nothing for a key that is no area. */
	Optional<Page> region(String key, List<Item> found, int page, SiteLinks links) {
		return regions.ofKey(key).map(area -> new Page("public/list", listing(links, SiteLinks.regionPath(key), page, found,
				area.name(LocaleContextHolder.getLocale()), feeds(links, null)), false));
	}

	Optional<Page> theme(String key, int page, SiteLinks links) {
		return theme(key, items.ofTheme(key, page * pageSize, pageSize + 1), page, links);
	}

	/** A page of the theme's listing whose items were found already; nothing when there are none. */
	Optional<Page> theme(String key, List<Item> found, int page, SiteLinks links) {
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Item first = found.get(0);
		String name = first.themes().get(first.themeKeys().indexOf(key));
		return Optional.of(new Page("public/list", listing(links, SiteLinks.themePath(key), page, found, name, feeds(links, null)), false));
	}

	/** The words of a search as the site looks for them; a refusal when it is longer than the site takes. */
	static List<String> words(String query) {
		if (query.length() > MAX_QUERY) {
			throw Refusal.onField(PublicSiteRule.PUBLIC_FIELD_TOO_LONG, "q", "q", MAX_QUERY).toException();
		}
		List<String> words = Arrays.stream(query.strip().split("\\s+")).filter(w -> !w.isEmpty()).distinct().toList();
		if (words.size() > MAX_WORDS) {
			throw Refusal.onField(PublicSiteRule.PUBLIC_TOO_MANY_WORDS, "q", MAX_WORDS).toException();
		}
		return words;
	}

	/** The items containing every word of the query, newest first. */
	Page search(String query, int page, SiteLinks links) {
		String q = query == null ? "" : query;
		List<Item> found = items.search(words(q), page * pageSize, pageSize + 1);
		Map<String, Object> model = base(links, feeds(links, null));
		model.put("query", q.strip());
		model.put("title", message("public.search.title"));
		shown(model, found, links);
		model.put("previous", page > 0 ? links.search(q.strip(), page - 1) : null);
		model.put("next", found.size() > pageSize ? links.search(q.strip(), page + 1) : null);
		return new Page("public/search", model, false);
	}

	/** The item's page, or the earlier version asked for; a withdrawn item's notice; nothing for an unknown item or version. */
	Optional<Page> item(String slug, Integer version, SiteLinks links) {
		return items.find(slug).flatMap(item -> item(item, version, links));
	}

	/** The page of an item found already, or of the earlier version asked for; a withdrawn item's notice. */
	Optional<Page> item(Item item, Integer version, SiteLinks links) {
		if (item.withdrawn()) {
			Map<String, Object> model = base(links, List.of());
			model.put("item", item);
			return Optional.of(new Page("public/withdrawn", model, true));
		}
		return item(item, items.versions(item.id()), version, links);
	}

	/** The page of one item whose versions are known, or of the earlier version asked for. */
	Optional<Page> item(Item item, List<ItemVersion> versions, Integer version, SiteLinks links) {
		int wanted = version == null ? item.version() : version;
		Optional<ItemVersion> shown = versions.stream().filter(v -> v.version() == wanted).findFirst();
		if (shown.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> model = base(links, feeds(links, item.countryCode()));
		model.put("item", item);
		model.put("versions", versions);
		model.put("shown", shown.get());
		String countryName = countryName(item.countryCode());
		String regionName = regions.name(item.region(), LocaleContextHolder.getLocale());
		model.put("countryName", countryName);
		model.put("regionName", regionName);
		model.put("markup", markup.of(item, versions, shown.get(), regionName, countryName, links));
		return Optional.of(new Page("public/item", model, false));
	}

	/**
	 * The feeds a page links to: those of its country when it follows one, then the site's.
	 * @param countryCode the country, or {@code null}
	 */
	List<FeedLink> feeds(SiteLinks links, String countryCode) {
		List<FeedLink> feeds = new ArrayList<>();
		if (countryCode != null) {
			String prefix = SiteLinks.countryPath(countryCode) + "/";
			String country = countryName(countryCode);
			for (FeedFormat format : FeedFormat.values()) {
				feeds.add(new FeedLink(format.mediaType(), links.file(prefix + format.fileName()),
						message("public.feed.country." + format.name(), country)));
			}
		}
		for (FeedFormat format : FeedFormat.values()) {
			feeds.add(new FeedLink(format.mediaType(), links.file(format.fileName()), message("public.feed." + format.name())));
		}
		return feeds;
	}

	private Map<String, Object> listing(SiteLinks links, String path, int page, List<Item> found, String title, List<FeedLink> feeds) {
		Map<String, Object> model = base(links, feeds);
		model.put("title", title);
		shown(model, found, links);
		model.put("previous", page > 0 ? links.listing(path, page - 1) : null);
		model.put("next", found.size() > pageSize ? links.listing(path, page + 1) : null);
		return model;
	}

	/** The items a listing shows (a page of those found) and their entries. */
	private void shown(Map<String, Object> model, List<Item> found, SiteLinks links) {
		List<Item> shown = found.size() > pageSize ? found.subList(0, pageSize) : found;
		model.put("items", shown);
		model.put("entries", entries.of(shown, links));
	}

	private static Map<String, Object> base(SiteLinks links, List<FeedLink> feeds) {
		Map<String, Object> model = new HashMap<>();
		model.put("links", links);
		model.put("feeds", FeedMarkup.of(feeds));
		return model;
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/** The country code of a country's key in addresses ({@code cn}: {@code CN}), if it is one. */
	static Optional<String> countryOfKey(String key) {
		String upper = key.toUpperCase(Locale.ROOT);
		return key.equals(key.toLowerCase(Locale.ROOT)) && Arrays.asList(Locale.getISOCountries()).contains(upper) ? Optional.of(upper)
				: Optional.empty();
	}

	static String countryName(String countryCode) {
		return new Locale("", countryCode.toUpperCase(Locale.ROOT)).getDisplayCountry(LocaleContextHolder.getLocale());
	}

}
