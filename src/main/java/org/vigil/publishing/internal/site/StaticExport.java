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
import java.util.function.IntFunction;

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
		int[] files = { 0 };
		int[] count = { 0 };
		List<Map<String, Object>> index = new ArrayList<>();
		SiteLinks feedLinks = SiteLinks.exportedAt(address);
		List<IOException> failed = new ArrayList<>();
		items.each(item -> {
			try {
				List<ItemVersion> versions = items.versions(item.id());
				SiteLinks links = SiteLinks.exported(depth(item.slug()) + 1);
				for (ItemVersion version : versions) {
					boolean current = version.version() == item.version();
					Optional<SitePages.Page> page = pages.item(item, versions, version.version(), links);
					if (page.isPresent()) {
						file(folder, item.slug() + "/" + (current ? "index.html" : "v" + version.version() + ".html"), render(page.get(), locale));
						files[0]++;
					}
				}
				index.add(indexEntry(item, feedLinks));
				count[0]++;
			}
			catch (IOException ex) {
				failed.add(ex);
			}
		});
		if (!failed.isEmpty()) {
			throw failed.get(0);
		}
		files[0] += listing(folder, "", page -> Optional.of(pages.home(page, SiteLinks.exported(0))), locale);
		for (Facet country : items.countries()) {
			String path = SiteLinks.countryPath(country.key());
			files[0] += listing(folder, path, page -> pages.country(country.key().toLowerCase(Locale.ROOT), page, SiteLinks.exported(2)), locale);
			String code = country.key();
			for (FeedFormat format : FeedFormat.values()) {
				file(folder, path + "/" + format.fileName(), feeds.write(format, code, feeds.latest(code), feedLinks));
				files[0]++;
			}
		}
		for (Facet region : items.regions()) {
			files[0] += listing(folder, "region/" + region.key(), page -> pages.region(region.key(), page, SiteLinks.exported(2)), locale);
		}
		for (Facet theme : items.themes()) {
			files[0] += listing(folder, "theme/" + theme.key(), page -> pages.theme(theme.key(), page, SiteLinks.exported(2)), locale);
		}
		for (FeedFormat format : FeedFormat.values()) {
			file(folder, format.fileName(), feeds.write(format, null, feeds.latest(null), feedLinks));
			files[0]++;
		}
		file(folder, "index.json", json.writeValueAsString(Map.of("items", index)));
		for (SiteAssets asset : SiteAssets.values()) {
			try (InputStream content = asset.resource.getInputStream()) {
				Path file = inside(folder, asset.path);
				Files.createDirectories(file.getParent());
				Files.write(file, content.readAllBytes());
			}
		}
		return new Written(count[0], files[0] + 1 + SiteAssets.values().length);
	}

	/** Writes every page of a listing ({@code path/index.html}, {@code path/page-2.html} …); answers how many. */
	private int listing(Path folder, String path, IntFunction<Optional<SitePages.Page>> page, Locale locale) throws IOException {
		int written = 0;
		for (int number = 0;; number++) {
			Optional<SitePages.Page> shown = page.apply(number);
			if (shown.isEmpty()) {
				return written;
			}
			String name = number == 0 ? "index.html" : "page-" + (number + 1) + ".html";
			file(folder, path.isEmpty() ? name : path + "/" + name, render(shown.get(), locale));
			written++;
			if (shown.get().model().get("next") == null) {
				return written;
			}
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
