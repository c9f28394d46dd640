package org.vigil.publishing.internal.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole public site as static files, ready to upload to a web server elsewhere: the same pages
 * as served (from the same templates), with links relative to each file, the feeds, and
 * {@code index.json} listing every item. Item {@code 2026/cn-1-…} is {@code 2026/cn-1-…/index.html},
 * its earlier versions {@code v1.html} … beside it; listings are {@code country/cn/index.html},
 * {@code page-2.html} …. There is no search in the export (a static site cannot search).
 */
@Component
class StaticExport {

	/** How many items are read (and their versions) at a time. */
	private static final int BATCH = 500;

	/** What an export wrote. */
	record Written(int items, int files) {
	}

	private final Items items;

	private final SitePages pages;

	private final Feeds feeds;

	private final ITemplateEngine templates;

	private final ApplicationContext context;

	private final JsonMapper json;

	StaticExport(Items items, SitePages pages, Feeds feeds, ITemplateEngine templates, ApplicationContext context, JsonMapper json) {
		this.items = items;
		this.pages = pages;
		this.feeds = feeds;
		this.templates = templates;
		this.context = context;
		this.json = json;
	}

	/**
	 * Writes the site into the folder (made when missing), in the language given.
	 * @param address the address the files will be uploaded to (ends with {@code /}), which the feeds link to
	 */
	Written export(Path folder, Locale locale, String address) throws IOException {
		Locale before = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(locale);
		try {
			return write(folder.toAbsolutePath().normalize(), locale, address);
		}
		finally {
			LocaleContextHolder.setLocale(before);
		}
	}

	private Written write(Path folder, Locale locale, String address) throws IOException {
		Files.createDirectories(folder);
		SiteLinks feedLinks = SiteLinks.exportedAt(address);
		SitePages.Navigation navigation = pages.navigation();
		Listings listings = new Listings(folder, locale);
		listings.add("", (found, page) -> Optional.of(pages.home(found, page, SiteLinks.exported(0), navigation)), null);
		List<Map<String, Object>> index = new ArrayList<>();
		int files = 0;
		Item last = null;
		for (List<Item> batch = items.after(null, BATCH); !batch.isEmpty(); batch = items.after(last, BATCH)) {
			Map<UUID, List<ItemVersion>> versions = items.versions(batch.stream().map(Item::id).toList());
			for (Item item : batch) {
				files += itemPages(folder, item, versions.getOrDefault(item.id(), List.of()), locale);
				index.add(indexEntry(item, feedLinks));
				listings.list(item);
			}
			last = batch.get(batch.size() - 1);
		}
		files += listings.finish();
		for (Facet country : items.countries()) {
			String code = country.key();
			for (FeedFormat format : FeedFormat.values()) {
				file(folder, SiteLinks.countryPath(code) + "/" + format.fileName(), feeds.write(format, code, feeds.latest(code), feedLinks));
				files++;
			}
		}
		for (FeedFormat format : FeedFormat.values()) {
			file(folder, format.fileName(), feeds.write(format, null, feeds.latest(null), feedLinks));
			files++;
		}
		file(folder, "index.json", json.writeValueAsString(Map.of("items", index)));
		for (SiteAssets asset : SiteAssets.values()) {
			try (InputStream content = asset.resource.getInputStream()) {
				Path file = inside(folder, asset.path);
				Files.createDirectories(file.getParent());
				Files.write(file, content.readAllBytes());
			}
		}
		return new Written(index.size(), files + 1 + SiteAssets.values().length);
	}

	/** Writes the item's page and those of its earlier versions; answers how many. */
	private int itemPages(Path folder, Item item, List<ItemVersion> versions, Locale locale) throws IOException {
		SiteLinks links = SiteLinks.exported(depth(item.slug()) + 1);
		int written = 0;
		for (ItemVersion version : versions) {
			boolean current = version.version() == item.version();
			Optional<SitePages.Page> page = pages.item(item, versions, version.version(), links);
			if (page.isPresent()) {
				file(folder, item.slug() + "/" + (current ? "index.html" : "v" + version.version() + ".html"), render(page.get(), locale));
				written++;
			}
		}
		return written;
	}

	/** A listing page made of the items found for it: {@code pageSize + 1} of them when a next page follows. */
	private interface ListingPage {

		Optional<SitePages.Page> of(List<Item> found, int page);

	}

	/**
	 * Every listing of the site (home, countries, regions, themes) filled in the one pass over the items, newest first as
	 * the listings are: a listing writes a page as soon as it holds one more item than a page shows (so it knows a next one
	 * follows), and keeps that item for its next page. Only a page's worth of items per listing is ever held.
	 */
	private final class Listings {

		private final Path folder;

		private final Locale locale;

		private final Map<String, Listing> byPath = new LinkedHashMap<>();

		private int written;

		Listings(Path folder, Locale locale) {
			this.folder = folder;
			this.locale = locale;
		}

		private final class Listing {

			final String path;

			final ListingPage page;

			List<Item> found = new ArrayList<>();

			int number;

			Listing(String path, ListingPage page) {
				this.path = path;
				this.page = page;
			}

			void add(Item item) throws IOException {
				found.add(item);
				if (found.size() > pages.pageSize()) {
					write();
					found = new ArrayList<>(List.of(item));
					number++;
				}
			}

			void write() throws IOException {
				Optional<SitePages.Page> shown = page.of(found, number);
				if (shown.isPresent()) {
					String name = number == 0 ? "index.html" : "page-" + (number + 1) + ".html";
					file(folder, path.isEmpty() ? name : path + "/" + name, render(shown.get(), locale));
					written++;
				}
			}

		}

		/** Adds a listing (its items to come) at the path; with an item, that item is its first. */
		void add(String path, ListingPage page, Item first) throws IOException {
			Listing listing = byPath.computeIfAbsent(path, p -> new Listing(p, page));
			if (first != null) {
				listing.add(first);
			}
		}

		/** Puts the item on the home page's listing and on those of its country, region and themes. */
		void list(Item item) throws IOException {
			byPath.get("").add(item);
			String code = item.countryCode();
			add(SiteLinks.countryPath(code), (found, page) -> Optional.of(pages.country(code, found, page, SiteLinks.exported(2))), item);
			String region = item.regionKey();
			add("region/" + region, (found, page) -> pages.region(region, found, page, SiteLinks.exported(2)), item);
			for (String theme : item.themeKeys()) {
				add("theme/" + theme, (found, page) -> pages.theme(theme, found, page, SiteLinks.exported(2)), item);
			}
		}

		/** Writes the last page of every listing; answers how many pages were written in all. */
		int finish() throws IOException {
			for (Listing listing : byPath.values()) {
				listing.write();
			}
			return written;
		}

	}

	private static int depth(String path) {
		return (int) path.chars().filter(c -> c == '/').count();
	}

	private String render(SitePages.Page page, Locale locale) {
		Context model = new Context(locale, page.model());
		model.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(context, null));
		return templates.process(page.template(), model);
	}

	private static Map<String, Object> indexEntry(Item item, SiteLinks links) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("slug", item.slug());
		entry.put("url", links.item(item));
		entry.put("kind", item.kind().name());
		entry.put("version", item.version());
		entry.put("title", item.title());
		entry.put("summary", item.summary());
		entry.put("language", item.language());
		entry.put("region", item.region());
		entry.put("countryCode", item.countryCode());
		entry.put("themes", item.themes());
		entry.put("firstPublished", item.firstPublished().toString());
		entry.put("lastCorrected", item.lastCorrected() == null ? null : item.lastCorrected().toString());
		return entry;
	}

	private static void file(Path folder, String relative, String content) throws IOException {
		Path target = inside(folder, relative);
		Files.createDirectories(target.getParent());
		Files.writeString(target, content, StandardCharsets.UTF_8);
	}

	/** The file's place in the folder; never outside it, whatever a key holds. */
	private static Path inside(Path folder, String relative) {
		Path target = folder.resolve(relative).normalize();
		if (!target.startsWith(folder)) {
			throw new IllegalStateException("An exported file would lie outside the folder: " + relative);
		}
		return target;
	}

}
