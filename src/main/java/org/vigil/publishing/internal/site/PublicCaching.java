package org.vigil.publishing.internal.site;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The public site's answers are cacheable: {@code Cache-Control: public, max-age=…}, an {@code ETag}
 * drawn from the body, and {@code 304 Not Modified} when the browser or a cache already holds it
 * ({@code If-None-Match}). Pages follow the reader's language, so they vary with it.
 */
class PublicCaching extends ShallowEtagHeaderFilter {

	private final String cacheControl;

	PublicCaching(SiteProperties properties) {
		this.cacheControl = "public, max-age=" + properties.maxAge().toSeconds();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
		super.doFilterInternal(request, response, chain);
	}

}
