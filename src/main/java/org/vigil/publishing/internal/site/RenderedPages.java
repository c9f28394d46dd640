package org.vigil.publishing.internal.site;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The public pages as last rendered, kept so that the press traffic on a few pages costs a lookup, not a
 * query and a rendering: at most {@code vigil.publishing.site.cached-pages} of them (the least recently
 * read go first), each for at most {@code max-age}, and all dropped when any item is published, corrected
 * or withdrawn. They hold only what the public site shows anyone. Each has its entity tag: an item's page
 * follows the item's version, a listing the latest change of the whole site, so that a reader who holds a
 * page is answered {@code 304 Not Modified} before anything is rendered.
 */
@Component
class RenderedPages {

	/** A page as rendered: its status (200, or 410 for a withdrawn item), entity tag and HTML. */
	record Rendered(int status, String etag, String html, long madeAt) {
	}

	private final Items items;

	private final int capacity;

	private final long maxAgeNanos;

	/** What changes with each build of Vigil: a new template shows in every page. */
	private final String build;

	/** The pages, least recently read first; guarded by {@code this}. */
	private final Map<String, Rendered> pages;

	/** Counts the changes to the site: a page made before the latest is not kept. */
	private final AtomicLong changes = new AtomicLong();

	/** The latest change of the site as last read, until an item changes; {@code null}: to be read. */
	private volatile String siteStamp;

	RenderedPages(Items items, SiteProperties properties, ObjectProvider<BuildProperties> build) {
		this.items = items;
		this.capacity = properties.cachedPages();
		this.maxAgeNanos = properties.maxAge().toNanos();
		Instant built = Optional.ofNullable(build.getIfAvailable()).map(BuildProperties::getTime).orElseGet(Instant::now);
		this.build = Long.toString(built.getEpochSecond(), 36);
		this.pages = new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Rendered> eldest) {
				return size() > capacity;
			}
		};
	}

	/** The page kept under the key, unless it is older than the site's max-age. */
	synchronized Optional<Rendered> get(String key) {
		Rendered page = pages.get(key);
		if (page != null && System.nanoTime() - page.madeAt() > maxAgeNanos) {
			pages.remove(key);
			return Optional.empty();
		}
		return Optional.ofNullable(page);
	}

	/** Where the site stands: pass it to {@link #keep} with a page rendered after it. */
	long changes() {
		return changes.get();
	}

	/** Keeps the page, unless an item changed since {@code changesBefore} (then it may show the site as it was). */
	synchronized Rendered keep(String key, long changesBefore, int status, String etag, String html) {
		Rendered page = new Rendered(status, etag, html, System.nanoTime());
		if (capacity > 0 && maxAgeNanos > 0 && changes.get() == changesBefore) {
			pages.put(key, page);
		}
		return page;
	}

	/** The entity tag of an item's page, in a language: it changes with the item's version and its withdrawal. */
	String itemTag(Item item, String language) {
		return "\"i" + item.version() + (item.withdrawn() ? "w" : "") + "-" + language + "-" + build + "\"";
	}

	/** The entity tag of a listing, in a language: it changes whenever any item is published, corrected or withdrawn. */
	String listingTag(String language) {
		String stamp = siteStamp;
		if (stamp == null) {
			long before = changes.get();
			stamp = items.latestChange().map(at -> Long.toString(at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000, 36)).orElse("0");
			if (changes.get() == before) {
				siteStamp = stamp;
			}
		}
		return "\"s" + stamp + "-" + language + "-" + build + "\"";
	}

	/** An item was published, corrected or withdrawn: every page may show it, so none is kept any longer. */
	@TransactionalEventListener(fallbackExecution = true)
	synchronized void on(PublicItemChanged changed) {
		changes.incrementAndGet();
		siteStamp = null;
		pages.clear();
	}

}
