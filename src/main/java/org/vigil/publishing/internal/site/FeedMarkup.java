package org.vigil.publishing.internal.site;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * The links to a page's feeds, as the page's head ({@code <link rel="alternate">}) and footer show them, made once in
 * Java rather than by the templates: they are most of an item page's expressions (three or six feeds, each with its
 * type, address and title, twice), which the static export evaluated for every one of tens of thousands of pages. Every
 * value is escaped for HTML here, as the templates escape theirs; the HTML is the same as the templates wrote, to the byte (an
 * export after this change leaves every file as it was).
 */
record FeedMarkup(String head, String footer) {

	static FeedMarkup of(List<FeedLink> feeds) {
		StringBuilder head = new StringBuilder();
		StringBuilder footer = new StringBuilder();
		for (int i = 0; i < feeds.size(); i++) {
			FeedLink feed = feeds.get(i);
			String type = HtmlUtils.htmlEscape(feed.type());
			String href = HtmlUtils.htmlEscape(feed.href());
			String title = HtmlUtils.htmlEscape(feed.title());
			head.append("<link rel=\"alternate\" type=\"").append(type).append("\" href=\"").append(href)
				.append("\" title=\"").append(title).append("\">");
			footer.append("<span><a href=\"").append(href).append("\" type=\"").append(type).append("\">").append(title).append("</a>")
				.append(i == feeds.size() - 1 ? "" : "<span> · </span>").append("</span>");
		}
		return new FeedMarkup(head.toString(), footer.toString());
	}

}
