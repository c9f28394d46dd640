package org.vigil.publishing.internal.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.vigil.publishing.internal.regions.Regions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole public site as static files, ready to upload to a web server elsewhere: the same pages
 * as served (from the same templates), with links relative to each file, the feeds, and
 * {@code index.json} listing every item. Item {@code 2026/cn-1-…} is {@code 2026/cn-1-…/index.html},
 * its earlier versions {@code v1.html} … beside it; listings are {@code country/cn/index.html},
 * {@code page-2.html} …. There is no search in the export (a static site cannot search). Pages are
 * rendered on every core at once, and a file that already holds what it would be written with is left as
 * it is (an upload that copies changed files only copies what changed).
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

	private final PageRenderer renderer;

	private final JsonMapper json;

	private final Regions regions;

	StaticExport(Items items, SitePages pages, Feeds feeds, PageRenderer renderer, JsonMapper json, Regions regions) {
		this.items = items;
		this.regions = regions;
		this.pages = pages;
		this.feeds = feeds;
		this.renderer = renderer;
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
		List<Map<String, Object>> index = new ArrayList<>();
		int files;
		try (Rendering rendering = new Rendering(locale, Runtime.getRuntime().availableProcessors())) {
			Listings listings = new Listings(folder, locale, rendering);
			listings.add("", (found, page) -> Optional.of(pages.home(found, page, SiteLinks.exported(0), navigation)), null);
			Item last = null;
			for (List<Item> batch = items.after(null, BATCH); !batch.isEmpty(); batch = items.after(last, BATCH)) {
				Map<UUID, List<ItemVersion>> versions = items.versions(batch.stream().map(Item::id).toList());
				for (Item item : batch) {
					List<ItemVersion> itsVersions = versions.getOrDefault(item.id(), List.of());
					rendering.submit(() -> itemPages(folder, item, itsVersions, locale));
					index.add(indexEntry(item, feedLinks));
					listings.list(item);
				}
				last = batch.get(batch.size() - 1);
			}
			listings.finish();
			files = rendering.finish();
		}
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

	/**
	 * Renders and writes pages on several threads, with a bounded number waiting (so that only a few pages' worth of items
	 * is held), each in the export's language; answers how many files were written, and throws the first failure.
	 */
	private static final class Rendering implements AutoCloseable {

		/** Some work that renders and writes pages, answering how many. */
		interface Work {

			int run() throws IOException;

		}

		private final Locale locale;

		private final ExecutorService workers;

		private final Semaphore room;

		private final AtomicInteger written = new AtomicInteger();

		private final AtomicReference<Throwable> failure = new AtomicReference<>();

		Rendering(Locale locale, int threads) {
			this.locale = locale;
			this.workers = Executors.newFixedThreadPool(threads, work -> {
				Thread thread = new Thread(work, "static-export");
				thread.setDaemon(true);
				return thread;
			});
			this.room = new Semaphore(threads * 8);
		}

		void submit(Work work) throws IOException {
			rethrow();
			room.acquireUninterruptibly();
			workers.execute(() -> {
				LocaleContextHolder.setLocale(locale);
				try {
					written.addAndGet(work.run());
				}
				catch (Throwable ex) {
					failure.compareAndSet(null, ex);
				}
				finally {
					LocaleContextHolder.resetLocaleContext();
					room.release();
				}
			});
		}

		/** Waits for every page submitted; answers how many files were written. */
		int finish() throws IOException {
			workers.shutdown();
			try {
				if (!workers.awaitTermination(1, TimeUnit.DAYS)) {
					throw new IllegalStateException("The export's rendering did not end.");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("The export was interrupted.", ex);
			}
			rethrow();
			return written.get();
		}

		private void rethrow() throws IOException {
			Throwable failed = failure.get();
			if (failed instanceof IOException io) {
				throw io;
			}
			if (failed instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (failed != null) {
				throw new IllegalStateException(failed);
			}
		}

		@Override
		public void close() {
			workers.shutdownNow();
		}

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

		private final Rendering rendering;

		private final Map<String, Listing> byPath = new LinkedHashMap<>();

		Listings(Path folder, Locale locale, Rendering rendering) {
			this.folder = folder;
			this.locale = locale;
			this.rendering = rendering;
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
				List<Item> shownItems = found;
				int shownNumber = number;
				rendering.submit(() -> {
					Optional<SitePages.Page> shown = page.of(shownItems, shownNumber);
					if (shown.isEmpty()) {
						return 0;
					}
					String name = shownNumber == 0 ? "index.html" : "page-" + (shownNumber + 1) + ".html";
					file(folder, path.isEmpty() ? name : path + "/" + name, render(shown.get(), locale));
					return 1;
				});
			}

		}

		/** Adds a listing (its items to come) at the path; with an item, that item is its first. */
		void add(String path, ListingPage page, Item first) throws IOException {
			Listing listing = byPath.computeIfAbsent(path, p -> new Listing(p, page));
			if (first != null) {
				listing.add(first);
			}
		}

		/** Puts the item on the home page's listing and on those of its country, its area and the areas holding it, and its themes. */
		void list(Item item) throws IOException {
			byPath.get("").add(item);
			String code = item.countryCode();
			add(SiteLinks.countryPath(code), (found, page) -> Optional.of(pages.country(code, found, page, SiteLinks.exported(2))), item);
			for (String region : regions.keysHolding(item.region())) {
				add(SiteLinks.regionPath(region), (found, page) -> pages.region(region, found, page, SiteLinks.exported(2)), item);
			}
			for (String theme : item.themeKeys()) {
				add("theme/" + theme, (found, page) -> pages.theme(theme, found, page, SiteLinks.exported(2)), item);
			}
		}

		/** Writes the last page of every listing. */
		void finish() throws IOException {
			for (Listing listing : byPath.values()) {
				listing.write();
			}
		}

	}

	private static int depth(String path) {
		return (int) path.chars().filter(c -> c == '/').count();
	}

	private String render(SitePages.Page page, Locale locale) {
		return renderer.render(page, locale);
	}

	private Map<String, Object> indexEntry(Item item, SiteLinks links) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("slug", item.slug());
		entry.put("url", links.item(item));
		entry.put("kind", item.kind().name());
		entry.put("version", item.version());
		entry.put("title", item.title());
		entry.put("summary", item.summary());
		entry.put("language", item.language());
		entry.put("region", item.region());
		entry.put("regionKey", item.regionKey());
		entry.put("regionName", regions.name(item.region(), Locale.ENGLISH));
		entry.put("countryCode", item.countryCode());
		entry.put("themes", item.themes());
		entry.put("firstPublished", item.firstPublished().toString());
		entry.put("lastCorrected", item.lastCorrected() == null ? null : item.lastCorrected().toString());
		return entry;
	}

	/** Writes the file, unless it holds that content already. */
	private static void file(Path folder, String relative, String content) throws IOException {
		Path target = inside(folder, relative);
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		if (Files.isRegularFile(target) && Files.size(target) == bytes.length && Arrays.equals(Files.readAllBytes(target), bytes)) {
			return;
		}
		Files.createDirectories(target.getParent());
		Files.write(target, bytes);
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
