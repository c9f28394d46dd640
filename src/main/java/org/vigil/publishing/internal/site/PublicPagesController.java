package org.vigil.publishing.internal.site;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.validation.PageLimits;

/**
 * The public site's pages under {@code /public}, for anyone, without sign-in: the latest items, the
 * items of a country, a region or a theme, the search, and each item's page. Each page is built by
 * {@link SitePages} (which the static export uses too); a withdrawn item's address answers
 * {@code 410 Gone} with its notice.
 */
@Controller
@ConditionalOnBooleanProperty(name = "vigil.publishing.site.enabled", matchIfMissing = true)
class PublicPagesController {

	private final SitePages pages;

	PublicPagesController(SitePages pages) {
		this.pages = pages;
	}

	@GetMapping({ "/public", "/public/" })
	String home(@RequestParam(defaultValue = "0") @Min(0) @Max(PageLimits.MAX_PAGE) int page, HttpServletRequest request, Model model) {
		return show(pages.home(page, links(request)), model);
	}

	@GetMapping("/public/country/{code}")
	String country(@PathVariable String code, @RequestParam(defaultValue = "0") @Min(0) @Max(PageLimits.MAX_PAGE) int page,
			HttpServletRequest request, Model model) {
		return show(found(pages.country(code, page, links(request))), model);
	}

	@GetMapping("/public/region/{key}")
	String region(@PathVariable String key, @RequestParam(defaultValue = "0") @Min(0) @Max(PageLimits.MAX_PAGE) int page,
			HttpServletRequest request, Model model) {
		return show(found(pages.region(key, page, links(request))), model);
	}

	@GetMapping("/public/theme/{key}")
	String theme(@PathVariable String key, @RequestParam(defaultValue = "0") @Min(0) @Max(PageLimits.MAX_PAGE) int page,
			HttpServletRequest request, Model model) {
		return show(found(pages.theme(key, page, links(request))), model);
	}

	@GetMapping("/public/search")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") @Min(0) @Max(PageLimits.MAX_PAGE) int page,
			HttpServletRequest request, Model model) {
		return show(pages.search(q, page, links(request)), model);
	}

	@GetMapping("/public/{year:[0-9]+}/{name}")
	String item(@PathVariable String year, @PathVariable String name,
			@RequestParam(required = false) @Min(1) @Max(Integer.MAX_VALUE) Integer version, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		SitePages.Page page = found(pages.item(year + "/" + name, version, links(request)));
		if (page.gone()) {
			response.setStatus(HttpServletResponse.SC_GONE);
		}
		return show(page, model);
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

	private static SitePages.Page found(Optional<SitePages.Page> page) {
		return page.orElseThrow(() -> new NotFoundException("Public page"));
	}

	private static String show(SitePages.Page page, Model model) {
		model.addAllAttributes(page.model());
		return page.template();
	}

	private static SiteLinks links(HttpServletRequest request) {
		return SiteLinks.served(request.getContextPath());
	}

}
