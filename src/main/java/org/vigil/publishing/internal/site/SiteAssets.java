package org.vigil.publishing.internal.site;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;

/**
 * The files every public page needs besides itself: the style sheet and the fonts it falls back to
 * for Korean and Chinese — the subsets of Noto Sans KR and SC that letters embed (SIL OFL 1.1, see
 * {@code letters/fonts/SOURCES.md}) — so that a reader whose system has no CJK font sees the glyphs,
 * not empty boxes. Served under {@code /public/} and written by the static export at the same paths.
 */
enum SiteAssets {

	STYLE_SHEET("site.css", "public-site/site.css", new MediaType("text", "css", java.nio.charset.StandardCharsets.UTF_8)),
	HANGUL("fonts/hangul.ttf", "letters/fonts/NotoSansKR-Hangul-Regular.ttf", MediaType.parseMediaType("font/ttf")),
	CHINESE("fonts/chinese.ttf", "letters/fonts/NotoSansSC-Chinese-Regular.ttf", MediaType.parseMediaType("font/ttf"));

	/** Where it lives below the site's top, as the style sheet's relative {@code url(…)} names it. */
	final String path;

	final Resource resource;

	final MediaType mediaType;

	SiteAssets(String path, String resource, MediaType mediaType) {
		this.path = path;
		this.resource = new ClassPathResource(resource);
		this.mediaType = mediaType;
	}

	/** The asset at this path below the site's top, if it is one. */
	static Optional<SiteAssets> at(String path) {
		return Arrays.stream(values()).filter(asset -> asset.path.equals(path)).findFirst();
	}

}
