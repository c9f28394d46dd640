package org.vigil.publishing.internal.site;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/**
 * The public pages as last rendered, kept so that the press traffic on a few pages costs a lookup, not a
 * query and a rendering: at most {@code vigil.publishing.site.cached-pages} of them (the least recently
 * read go first), each for at most {@code max-age}, and all given up when the site's {@link SiteRevision}
 * moves: within {@link SiteRevision#CHECKED_EVERY} of any item published, corrected or withdrawn, on this
 * node or on another one on the same database. They hold only what the public site shows anyone. Each has
 * its entity tag: an item's page follows the item's version, a listing the site's revision, so that a
 * reader who holds a page is answered {@code 304 Not Modified} before anything is rendered.
 */
@Component
class RenderedPages {

	/** A page as rendered: its status (200, or 410 for a withdrawn item), entity tag and HTML. */
	record Rendered(int status, String etag, String html, long madeAt) {
	}

	private final SiteRevision revision;

	private final int capacity;

	private final long maxAgeNanos;

	/** What changes with each build of Vigil: a new template shows in every page. */
	private final String build;

	/** The pages, least recently read first; guarded by {@code this}. */
	private final Map<String, Rendered> pages;

	/** The site's revision that the pages kept show; guarded by {@code this}. */
	private long keptAt = Long.MIN_VALUE;

	RenderedPages(SiteRevision revision, SiteProperties properties, ObjectProvider<BuildProperties> build) {
		this.revision = revision;
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

	/** The page kept under the key, unless the site moved since it was rendered or it is older than the site's max-age. */
	Optional<Rendered> get(String key) {
		long now = revision.current();
		synchronized (this) {
			follow(now);
			Rendered page = pages.get(key);
			if (page != null && System.nanoTime() - page.madeAt() > maxAgeNanos) {
				pages.remove(key);
				return Optional.empty();
			}
			return Optional.ofNullable(page);
		}
	}

	/** Where the site stands: pass it to {@link #keep} with a page rendered after it, and to {@link #listingTag}. */
	long revision() {
		return revision.current();
	}

	/** Keeps the page, unless the site moved since {@code revisionBefore} (then it may show the site as it was). */
	Rendered keep(String key, long revisionBefore, int status, String etag, String html) {
		Rendered page = new Rendered(status, etag, html, System.nanoTime());
		long now = revision.current();
		synchronized (this) {
			follow(now);
			if (capacity > 0 && maxAgeNanos > 0 && revisionBefore == keptAt) {
				pages.put(key, page);
			}
		}
		return page;
	}

	/**
	 * Gives up the pages kept when the site moved past the revision they show. The revision only grows; a request that
	 * read it a moment before another may hold a lower one, which leaves the pages to the newer.
	 */
	private void follow(long now) {
		if (now > keptAt) {
			pages.clear();
			keptAt = now;
		}
	}

	/** The entity tag of an item's page, in a language: it changes with the item's version and its withdrawal. */
	String itemTag(Item item, String language) {
		return "\"i" + item.version() + (item.withdrawn() ? "w" : "") + "-" + language + "-" + build + "\"";
	}

	/**
	 * The entity tag of a listing at the site's revision, in a language: it changes whenever any item is published,
	 * corrected or withdrawn, and is the same on every node of the same build.
	 */
	String listingTag(long revision, String language) {
		return "\"s" + Long.toString(revision, 36) + "-" + language + "-" + build + "\"";
	}

}
