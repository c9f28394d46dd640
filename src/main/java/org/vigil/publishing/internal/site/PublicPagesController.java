package org.vigil.publishing.internal.site;

import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.validation.PageLimits;

/**
 * The public site's pages under {@code /public}, for anyone, without sign-in: the latest items, the
 * items of a country, a region or a theme, the search, and each item's page. Each page is built by
 * {@link SitePages} (which the static export uses too); a withdrawn item's address answers
 * {@code 410 Gone} with its notice. Every page but the search is served from {@link RenderedPages}
 * when it was rendered already, and answers {@code 304 Not Modified} to a reader who holds it before
 * anything is read or rendered.
 */
@Controller
@ConditionalOnBooleanProperty(name = "vigil.publishing.site.enabled", matchIfMissing = true)
class PublicPagesController {

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);

	private final SitePages pages;

	private final Items items;

	private final RenderedPages rendered;

	private final PageRenderer renderer;

	PublicPagesController(SitePages pages, Items items, RenderedPages rendered, PageRenderer renderer) {
		this.pages = pages;
		this.items = items;
		this.rendered = rendered;
		this.renderer = renderer;
	}

	@GetMapping({ "/public", "/public/" })
	ResponseEntity<String> home(@RequestParam(defaultValue = "0") @Min(0) @Max(PageLimits.MAX_PAGE) int page, HttpServletRequest request,
			HttpServletResponse response) {
		return listing(request, response, () -> Optional.of(pages.home(page, links(request))));
	}

	@GetMapping("/public/country/{code}")
	ResponseEntity<String> country(@PathVariable String code, @RequestParam(defaultValue = "0") @Min(0) @Max(PageLimits.MAX_PAGE) int page,
			HttpServletRequest request, HttpServletResponse response) {
		return listing(request, response, () -> pages.country(code, page, links(request)));
	}

	@GetMapping("/public/region/{key}")
	ResponseEntity<String> region(@PathVariable String key, @RequestParam(defaultValue = "0") @Min(0) @Max(PageLimits.MAX_PAGE) int page,
			HttpServletRequest request, HttpServletResponse response) {
		return listing(request, response, () -> pages.region(key, page, links(request)));
	}

	@GetMapping("/public/theme/{key}")
	ResponseEntity<String> theme(@PathVariable String key, @RequestParam(defaultValue = "0") @Min(0) @Max(PageLimits.MAX_PAGE) int page,
			HttpServletRequest request, HttpServletResponse response) {
		return listing(request, response, () -> pages.theme(key, page, links(request)));
	}

	@GetMapping("/public/search")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") @Min(0) @Max(PageLimits.MAX_PAGE) int page,
			HttpServletRequest request, Model model) {
		model.addAllAttributes(pages.search(q, page, links(request)).model());
		return "public/search";
	}

	@GetMapping("/public/{year:[0-9]+}/{name}")
	ResponseEntity<String> item(@PathVariable String year, @PathVariable String name,
			@RequestParam(required = false) @Min(1) @Max(Integer.MAX_VALUE) Integer version, HttpServletRequest request,
			HttpServletResponse response) {
		String key = key(request);
		Optional<ResponseEntity<String>> kept = kept(key, request, response);
		if (kept.isPresent()) {
			return kept.get();
		}
		long revision = rendered.revision();
		Item item = items.find(year + "/" + name).orElseThrow(() -> new NotFoundException("Public page"));
		return answer(key, revision, rendered.itemTag(item, language()), request, response,
				() -> pages.item(item, version, links(request)));
	}
	@GetMapping("/public/site.css")
	ResponseEntity<Resource> styleSheet() {
		return asset(SiteAssets.STYLE_SHEET);
	}

	@GetMapping("/public/fonts/{file}")
	ResponseEntity<Resource> font(@PathVariable String file) {
		return asset(SiteAssets.at("fonts/" + file).orElseThrow(() -> new NotFoundException("Public font")));
	}

	private static ResponseEntity<Resource> asset(SiteAssets asset) {
		return ResponseEntity.ok().contentType(asset.mediaType).body(asset.resource);
	}

	/** A listing: its entity tag is the site's revision. */
	private ResponseEntity<String> listing(HttpServletRequest request, HttpServletResponse response, Supplier<Optional<SitePages.Page>> page) {
		String key = key(request);
		Optional<ResponseEntity<String>> kept = kept(key, request, response);
		if (kept.isPresent()) {
			return kept.get();
		}
		long revision = rendered.revision();
		return answer(key, revision, rendered.listingTag(revision, language()), request, response, page);
	}

	/** The page as kept, or 304 when the reader holds it; nothing when it is not kept. */
	private Optional<ResponseEntity<String>> kept(String key, HttpServletRequest request, HttpServletResponse response) {
		return rendered.get(key).map(page -> notModified(page.etag(), request, response)
			.orElseGet(() -> ResponseEntity.status(page.status()).contentType(HTML).eTag(page.etag()).body(page.html())));
	}

	/** 304 when the reader holds the page of this tag; else the page rendered (and kept), or 404 when there is none. */
	private ResponseEntity<String> answer(String key, long revision, String etag, HttpServletRequest request, HttpServletResponse response,
			Supplier<Optional<SitePages.Page>> page) {
		return notModified(etag, request, response).orElseGet(() -> {
			SitePages.Page shown = page.get().orElseThrow(() -> new NotFoundException("Public page"));
			int status = shown.gone() ? HttpStatus.GONE.value() : HttpStatus.OK.value();
			RenderedPages.Rendered made = rendered.keep(key, revision, status, etag, renderer.render(shown, LocaleContextHolder.getLocale()));
			return ResponseEntity.status(made.status()).contentType(HTML).eTag(made.etag()).body(made.html());
		});
	}

	private static Optional<ResponseEntity<String>> notModified(String etag, HttpServletRequest request, HttpServletResponse response) {
		if (new ServletWebRequest(request, response).checkNotModified(etag)) {
			return Optional.of(ResponseEntity.status(HttpStatus.NOT_MODIFIED).header(HttpHeaders.ETAG, etag).build());
		}
		return Optional.empty();
	}

	/** What a page is kept under: its address with its query, and the reader's language (pages follow it). */
	private static String key(HttpServletRequest request) {
		ShallowEtagHeaderFilter.disableContentCaching(request); // the page carries its own entity tag, checked here
		StringBuilder key = new StringBuilder(language()).append(' ').append(request.getRequestURI());
		new TreeMap<>(request.getParameterMap()).forEach((name, values) -> key.append(' ').append(name).append('=').append(String.join(",", values)));
		return key.toString();
	}

	private static String language() {
		return LocaleContextHolder.getLocale().toLanguageTag();
	}

	private static SiteLinks links(HttpServletRequest request) {
		return SiteLinks.served(request.getContextPath());
	}

}
