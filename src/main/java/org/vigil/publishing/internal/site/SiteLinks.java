package org.vigil.publishing.internal.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The addresses the public pages link to. Served, a link is absolute under {@code /public}
 * ({@code /public/country/cn}); in the static export it is relative to the page's own file and
 * names the file ({@code ../country/cn/index.html}), so that the exported site works from any
 * folder of any web server, or opened from the disk.
 */
public final class SiteLinks {

	private final String root;

	private final boolean files;

	private SiteLinks(String root, boolean files) {
		this.root = root;
		this.files = files;
	}

	/** The links of the served site, under the application's context path. */
	static SiteLinks served(String contextPath) {
		return new SiteLinks(contextPath + "/public/", false);
	}

	/** The links of the served site with its absolute address ({@code https://…/public/}): for feeds. */
	static SiteLinks absolute(String root) {
		return new SiteLinks(root, false);
	}

	/** The links of the static export as its feeds give them: under the address it will be uploaded to, or relative to its top folder. */
	static SiteLinks exportedAt(String root) {
		return new SiteLinks(root, true);
	}

	/** The links of an exported page that lies {@code depth} folders below the site's top folder. */
	static SiteLinks exported(int depth) {
		return new SiteLinks("../".repeat(depth), true);
	}

	/** What every link starts with: the site's address when served, the way up to the top folder in the export. */
	String root() {
		return root;
	}

	/** Whether these are the links of the static export (which has no search). */
	public boolean exported() {
		return files;
	}

	public String home() {
		return files ? root + "index.html" : root.substring(0, root.length() - 1);
	}

	public String item(Item item) {
		return page(item.slug());
	}

	/** An earlier version of the item. */
	public String version(Item item, int version) {
		return files ? root + item.slug() + "/v" + version + ".html" : root + item.slug() + "?version=" + version;
	}

	public String country(String countryCode) {
		return listing(countryPath(countryCode), 0);
	}

	public String region(String key) {
		return listing(regionPath(key), 0);
	}

	public String theme(String key) {
		return listing(themePath(key), 0);
	}

	/** Page {@code page} (from 0) of a listing such as {@code country/cn}; the home page's listing is {@code ""}. */
	public String listing(String path, int page) {
		if (files) {
			return root + (path.isEmpty() ? "" : path + "/") + (page == 0 ? "index.html" : "page-" + (page + 1) + ".html");
		}
		String base = path.isEmpty() ? home() : root + path;
		return page == 0 ? base : base + "?page=" + page;
	}

	/** A page of search results (served only). */
	public String search(String query, int page) {
		String base = search() + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
		return page == 0 ? base : base + "&page=" + page;
	}

	static String countryPath(String countryCode) {
		return "country/" + countryCode.toLowerCase(Locale.ROOT);
	}

	static String regionPath(String key) {
		return "region/" + segment(key);
	}

	static String themePath(String key) {
		return "theme/" + segment(key);
	}

	/** A file of the site: a feed ({@code feed.atom}, {@code country/cn/feed.rss}), the style sheet. */
	public String file(String name) {
		return root + name;
	}

	public String search() {
		return root + "search";
	}

	private String page(String path) {
		return files ? root + path + "/index.html" : root + path;
	}

	/** A key in a path: Latin keys are as they are, others (Korean, Chinese names) percent-encoded. */
	static String segment(String key) {
		return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
