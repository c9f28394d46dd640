package org.vigil.publishing.internal.site;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.unbescape.html.HtmlEscape;
import org.vigil.platform.web.Dates;

/**
 * An item's entry in the listings (home, country, region, theme, search), made in Java once per item version, language,
 * time zone and kind of links, and reused by every listing the item is in: the template evaluated each entry's dozen
 * expressions again for every listing and every page, which was most of the static export's rendering. The HTML is what
 * the template wrote, to the byte (the export's files stay as they were), every value escaped as Thymeleaf escapes text
 * and attributes ({@link HtmlEscape#escapeHtml4Xml}).
 */
@Component
class ListEntries {

	/** How many entries are kept; all are given up when more would be (an export's pass reuses an entry soon after it made it). */
	static final int KEPT = 20_000;

	private final MessageSource messages;

	private final Dates dates;

	private final Map<Key, String> kept = new ConcurrentHashMap<>();

	/** What an entry's HTML depends on besides the item's version: the reader's language and time zone, and where links lead. */
	private record Key(UUID item, int version, Locale locale, ZoneId zone, String root, boolean files) {
	}

	ListEntries(MessageSource messages, Dates dates) {
		this.messages = messages;
		this.dates = dates;
	}

	/**
	 * The entries of the items, in the reader's language (that of {@link LocaleContextHolder}), with these links: one
	 * {@code <li>} each, between them the line break and indent that Thymeleaf repeated between the iterations of the template.
	 */
	String of(List<Item> items, SiteLinks links) {
		Locale locale = LocaleContextHolder.getLocale();
		ZoneId zone = dates.zone();
		return items.stream().map(item -> entry(item, links, locale, zone)).collect(Collectors.joining("\n  "));
	}

	private String entry(Item item, SiteLinks links, Locale locale, ZoneId zone) {
		Key key = new Key(item.id(), item.version(), locale, zone, links.root(), links.exported());
		String entry = kept.get(key);
		if (entry == null) {
			entry = make(item, links, locale);
			if (kept.size() >= KEPT) {
				kept.clear();
			}
			kept.put(key, entry);
		}
		return entry;
	}

	/** The markup of {@code fragments/public :: items} for one item, as Thymeleaf wrote it. */
	private String make(Item item, SiteLinks links, Locale locale) {
		String language = escape(locale.getLanguage());
		StringBuilder html = new StringBuilder(512);
		html.append("<li lang=\"").append(escape(item.language())).append("\">\n");
		html.append("    <p class=\"public-meta\"><span lang=\"").append(language).append("\">")
			.append(escape(messages.getMessage("public.kind." + item.kind(), null, locale))).append("</span> ·\n");
		html.append("      <span>").append(escape(dates.date(item.firstPublished()))).append("</span> ·\n");
		html.append("      <a href=\"").append(escape(links.country(item.countryCode()))).append("\" lang=\"").append(language).append("\">").append(escape(item.countryName())).append("</a></p>\n");
		html.append("    <h2><a href=\"").append(escape(links.item(item))).append("\">").append(escape(item.title())).append("</a></h2>\n");
		html.append("    ");
		if (item.summary() != null && !item.summary().isBlank()) { // as #strings.isEmpty: blank counts as empty
			html.append("<p>").append(escape(item.summary())).append("</p>");
		}
		html.append("\n  </li>");
		return html.toString();
	}

	private static String escape(String text) {
		return text == null ? "" : HtmlEscape.escapeHtml4Xml(text);
	}

}
