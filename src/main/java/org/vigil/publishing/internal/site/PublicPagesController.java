package org.vigil.publishing.internal.site;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.vigil.platform.NotFoundException;

/**
 * The public site's pages under {@code /public}, for anyone, without sign-in. Each page is built by
 * {@link SitePages} (which the static export uses too); a withdrawn item's address answers
 * {@code 410 Gone} with its notice.
 */
@Controller
class PublicPagesController {

	private final SitePages pages;

	PublicPagesController(SitePages pages) {
		this.pages = pages;
	}

	@GetMapping("/public/{year:[0-9]{4}}/{name}")
	String item(@PathVariable String year, @PathVariable String name, @RequestParam(required = false) Integer version,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		SitePages.Page page = pages.item(year + "/" + name, version, links(request))
			.orElseThrow(() -> new NotFoundException("Public item"));
		if (page.gone()) {
			response.setStatus(HttpServletResponse.SC_GONE);
		}
		return show(page, model);
	}

	private static String show(SitePages.Page page, Model model) {
		model.addAllAttributes(page.model());
		return page.template();
	}

	private static SiteLinks links(HttpServletRequest request) {
		return SiteLinks.served(request.getContextPath());
	}

}
