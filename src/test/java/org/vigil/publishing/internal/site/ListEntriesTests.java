package org.vigil.publishing.internal.site;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.vigil.publishing.PublicKind;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The listings' entries, made in Java once per item version: the same HTML, to the byte, as the item template made for
 * every listing before (kept as {@code templates/public-reference/items.html}), escaping included, in each language and
 * with the served and the exported links; and an item's page, made in Java too, the same as its template made it
 * ({@code templates/public-reference/item.html}, the template at 40e7993).
 */
class ListEntriesTests extends WebIntegrationTest {

	private static final Instant PUBLISHED = Instant.parse("2026-03-02T09:00:00Z");

	@Autowired
	SitePages pages;

	@Autowired
	PageRenderer renderer;

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aListingShowsEachItemAsTheItemTemplateDidEscapingIncluded() {
		List<Item> items = List.of(
				item(UUID.randomUUID(), 1, "<script>alert('x')</script> & \"quoted\"", "Summary <i>&amp;</i> 'single'", "en", "CN", null),
				item(UUID.randomUUID(), 3, "탈북민 일곱 명의 강제송환을 중단하라", "", "ko", "KR", PUBLISHED.plusSeconds(86_400)),
				item(UUID.randomUUID(), 1, "立即停止遣返七名脱北者", "   ", "zh", "CI", null),
				item(UUID.randomUUID(), 2, "Press & release", null, "en", "CN", null));

		for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN, Locale.CHINESE)) {
			for (SiteLinks links : List.of(SiteLinks.served("/ctx"), SiteLinks.exported(0), SiteLinks.exported(2))) {
				LocaleContextHolder.setLocale(locale);

				String listed = list(renderer.render(pages.country("CN", items, 0, links), locale));

				assertThat(listed).as(locale + " " + links.root()).isEqualTo(list(reference(items, links, locale)))
					.doesNotContain("<script>");
			}
		}
	}

	@Test
	void aCorrectedItemIsListedWithItsNewVersion() {
		UUID id = UUID.randomUUID();
		SiteLinks links = SiteLinks.served("");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		renderer.render(pages.country("NP", List.of(item(id, 1, "Before the correction", "", "en", "NP", null)), 0, links), Locale.ENGLISH);

		String listed = renderer.render(pages.country("NP", List.of(item(id, 2, "After the correction", "", "en", "NP", PUBLISHED)), 0, links),
				Locale.ENGLISH);

		assertThat(listed).contains("After the correction").doesNotContain("Before the correction");
	}

	@Test
	void anEmptyListingSaysSo() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);

		String listed = renderer.render(pages.country("NP", List.of(), 0, SiteLinks.served("")), Locale.ENGLISH);

		assertThat(list(listed)).isEqualTo(list(reference(List.of(), SiteLinks.served(""), Locale.ENGLISH)));
		assertThat(listed).contains("class=\"public-empty\"");
	}

	@Test
	void anItemsPageIsWhatTheItemTemplateMadeEscapingIncluded() {
		UUID id = UUID.randomUUID();
		Item corrected = item(id, 2, "<b>Corrected</b> & 'quoted'", "A \"summary\" <i>here</i>", "en", "CN", PUBLISHED.plusSeconds(3_600));
		List<ItemVersion> versions = List.of(version(1, "First <title>", "", "One paragraph & more."),
				version(2, corrected.title(), corrected.summary(), "First <p>aragraph.\n\nSecond 'one'.\n\n\n한국어 단락."));
		Item plain = new Item(UUID.randomUUID(), "2026/kr-1-x", PublicKind.URGENT_APPEAL, 1, "탈북민", null, "본문입니다.", "ko", "030",
				"eastern-asia", "KR", List.of("강제송환", "Arbitrary <detention>"), List.of("강제송환", "arbitrary-detention"), PUBLISHED, PUBLISHED,
				null, null, null);
		List<ItemVersion> plainVersions = List.of(new ItemVersion(1, "탈북민", null, "본문입니다.", "ko", "030", "KR", plain.themes(), PUBLISHED,
				PUBLISHED));

		for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN, Locale.CHINESE)) {
			for (SiteLinks links : List.of(SiteLinks.served("/ctx"), SiteLinks.exported(2))) {
				LocaleContextHolder.setLocale(locale);
				for (int shown : List.of(1, 2)) {
					SitePages.Page page = pages.item(corrected, versions, shown, links).orElseThrow();

					assertThat(renderer.render(page, locale)).as(locale + " " + links.root() + " v" + shown)
						.isEqualTo(renderer.render(new SitePages.Page("public-reference/item", page.model(), false), locale));
				}
				SitePages.Page page = pages.item(plain, plainVersions, null, links).orElseThrow();
				assertThat(renderer.render(page, locale)).as(locale + " " + links.root())
					.isEqualTo(renderer.render(new SitePages.Page("public-reference/item", page.model(), false), locale))
					.doesNotContain("<detention>");
			}
		}
	}

	private static ItemVersion version(int version, String title, String summary, String body) {
		return new ItemVersion(version, title, summary, body, "en", "030", "CN", List.of("Refoulement"), PUBLISHED,
				PUBLISHED.plusSeconds(3_600L * (version - 1)));
	}

	private String reference(List<Item> items, SiteLinks links, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		model.put("links", links);
		model.put("items", items);
		model.put("previous", null);
		model.put("next", null);
		return renderer.render(new SitePages.Page("public-reference/items", model, false), locale);
	}

	private static String list(String html) {
		int start = html.indexOf("<ul class=\"public-list\">");
		return html.substring(start, html.indexOf("</ul>", start) + "</ul>".length());
	}

	private static Item item(UUID id, int version, String title, String summary, String language, String country, Instant corrected) {
		String slug = "2026/" + country.toLowerCase(Locale.ROOT) + "-" + id.toString().substring(0, 8) + "-a&b";
		return new Item(id, slug, version == 2 ? PublicKind.PRESS_RELEASE : PublicKind.URGENT_APPEAL, version, title, summary, "Body.",
				language, "030", "eastern-asia", country, List.of("Refoulement"), List.of("refoulement"), PUBLISHED, PUBLISHED, corrected,
				null, null);
	}

}
