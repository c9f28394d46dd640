package org.vigil.publishing.internal.site;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.unbescape.html.HtmlEscape;
import org.vigil.platform.web.Dates;

/**
 * What an item's page shows inside its frame — the article, its tags, its versions — made in Java rather than by
 * {@code public/item.html}: the template's three dozen expressions, each evaluated through SpEL, were about half of the
 * CPU of an item page, and the item pages are nine in ten of the static export's files. The HTML is what the template
 * wrote, to the byte (the export's files stay as they were), every value escaped as Thymeleaf escapes text and
 * attributes ({@link HtmlEscape#escapeHtml4Xml}), the words from the message bundles as the template took them.
 */
@Component
class ItemMarkup {

	private final MessageSource messages;

	private final Dates dates;

	ItemMarkup(MessageSource messages, Dates dates) {
		this.messages = messages;
		this.dates = dates;
	}

	/** The inside of the page's {@code <main>}, in the reader's language: the version shown of the item, among its versions. */
	String of(Item item, List<ItemVersion> versions, ItemVersion shown, String regionName, String countryName, SiteLinks links) {
		Locale locale = LocaleContextHolder.getLocale();
		StringBuilder html = new StringBuilder(2048);
		html.append("\n  <article class=\"public-item\"").append(lang(shown.language())).append(">\n");
		html.append("    <p class=\"public-kind\">").append(escape(message(locale, "public.kind." + item.kind()))).append("</p>\n");
		html.append("    <h1>").append(escape(shown.title())).append("</h1>\n");
		html.append("    <p class=\"public-dates\">\n");
		html.append("      <span>").append(escape(message(locale, "public.item.published", dates.date(item.firstPublished())))).append("</span>\n");
		html.append("      ");
		if (item.lastCorrected() != null) {
			html.append("<span class=\"public-corrected\">")
				.append(escape(message(locale, "public.item.corrected", dates.date(item.lastCorrected())))).append("</span>");
		}
		html.append("\n    </p>\n    ");
		if (shown.version() != item.version()) {
			html.append("<p class=\"public-notice\" role=\"status\">")
				.append(escape(message(locale, "public.item.earlier", shown.version(), dates.date(shown.publishedAt())))).append("</p>");
		}
		html.append("\n    ");
		if (shown.summary() != null && !shown.summary().isBlank()) { // as #strings.isEmpty: blank counts as empty
			html.append("<p class=\"public-summary\">").append(escape(shown.summary())).append("</p>");
		}
		html.append("\n    <div class=\"public-body\">\n      ");
		List<String> paragraphs = shown.paragraphs();
		for (int i = 0; i < paragraphs.size(); i++) {
			html.append(i == 0 ? "" : "\n      ").append("<p>").append(escape(paragraphs.get(i))).append("</p>");
		}
		html.append("\n    </div>\n  </article>\n");
		html.append("  <nav class=\"public-tags\" aria-label=\"").append(escape(message(locale, "public.item.tags"))).append("\">\n");
		html.append("    <a href=\"").append(escape(links.region(item.regionKey()))).append("\">").append(escape(regionName)).append("</a> /\n");
		html.append("    <a href=\"").append(escape(links.country(item.countryCode()))).append("\">").append(escape(countryName)).append("</a>\n    ");
		for (int i = 0; i < item.themes().size(); i++) {
			html.append("<span> · <a href=\"").append(escape(links.theme(item.themeKeys().get(i)))).append("\">")
				.append(escape(item.themes().get(i))).append("</a></span>");
		}
		html.append("\n  </nav>\n  ");
		if (versions.size() > 1) {
			html.append("<section class=\"public-versions\">\n");
			html.append("    <h2>").append(escape(message(locale, "public.item.versions"))).append("</h2>\n");
			html.append("    <ol>\n      ");
			for (int i = 0; i < versions.size(); i++) {
				ItemVersion v = versions.get(i);
				String href = v.version() == item.version() ? links.item(item) : links.version(item, v.version());
				html.append(i == 0 ? "" : "\n      ").append("<li>\n        <a href=\"").append(escape(href)).append("\">")
					.append(escape(message(locale, "public.item.version", v.version(), dates.date(v.publishedAt())))).append("</a>\n      </li>");
			}
			html.append("\n    </ol>\n  </section>");
		}
		html.append("\n");
		return html.toString();
	}

	private String message(Locale locale, String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	/** {@code th:lang} writes no attribute for no value. */
	private static String lang(String language) {
		return language == null ? "" : " lang=\"" + escape(language) + "\"";
	}

	private static String escape(String text) {
		return text == null ? "" : HtmlEscape.escapeHtml4Xml(text);
	}

}
