package org.vigil.publishing.internal.site;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The links to a page's feeds, made in Java: escaped as the templates escape, and as the templates wrote them. */
class FeedMarkupTests {

	private static final FeedLink ATOM = new FeedLink("application/atom+xml", "../feed.atom", "Atom feed");

	@Test
	void aTitleOrAddressIsEscapedInTheHeadAndTheFooter() {
		FeedMarkup markup = FeedMarkup.of(List.of(new FeedLink("application/atom+xml", "feed.atom?a=1&b=\"2\"", "<script>alert(1)</script>")));

		assertThat(markup.head() + markup.footer()).doesNotContain("<script>").doesNotContain("b=\"2\"")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("feed.atom?a=1&amp;b=&quot;2&quot;");
	}

	@Test
	void theFeedsAreLinkedInTheHeadAndListedInTheFooterSeparatedByDots() {
		FeedMarkup markup = FeedMarkup.of(List.of(ATOM, new FeedLink("application/feed+json", "../feed.json", "JSON Feed")));

		assertThat(markup.head()).isEqualTo("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"../feed.atom\" title=\"Atom feed\">"
				+ "<link rel=\"alternate\" type=\"application/feed+json\" href=\"../feed.json\" title=\"JSON Feed\">");
		assertThat(markup.footer()).isEqualTo("<span><a href=\"../feed.atom\" type=\"application/atom+xml\">Atom feed</a><span> · </span></span>"
				+ "<span><a href=\"../feed.json\" type=\"application/feed+json\">JSON Feed</a></span>");
	}

	@Test
	void aPageWithoutFeedsLinksNone() {
		assertThat(FeedMarkup.of(List.of())).isEqualTo(new FeedMarkup("", ""));
	}

}
