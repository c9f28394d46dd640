package org.vigil.publishing.internal.site;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.vigil.platform.validation.PageLimits;

/**
 * The public site's settings.
 *
 * @param enabled whether {@code /public} is served at all ({@code VIGIL_PUBLIC_SITE_ENABLED}); off, every
 *        address under it answers 404 (released texts are still kept, for the static export)
 * @param maxAge how long browsers and caches may keep a public page without asking again
 * @param pageSize how many items a listing page shows
 * @param address the public site's own address as readers reach it, e.g. {@code https://appeals.example.org/public/}
 *        ({@code VIGIL_PUBLIC_SITE_ADDRESS}), which feeds link to; blank: {@code vigil.public-url} and {@code /public/}
 * @param feedItems how many of the latest items a feed lists
 * @param port a port of its own for the public site ({@code VIGIL_PUBLIC_SITE_PORT}), on Vigil's own
 *        address, answering nothing but {@code /public}; 0 (the default): none, the site is served on
 *        Vigil's port only
 * @param cachedPages how many rendered public pages are kept in memory (each for at most {@code max-age}, all dropped
 *        when an item changes); 0: none
 */
@ConfigurationProperties("vigil.publishing.site")
record SiteProperties(@DefaultValue("true") boolean enabled, @DefaultValue("5m") Duration maxAge,
		@DefaultValue("50") int pageSize, @DefaultValue("") String address, @DefaultValue("50") int feedItems,
		@DefaultValue("0") int port, @DefaultValue("1000") int cachedPages) {

	SiteProperties {
		if (maxAge.isNegative() || pageSize < 1 || pageSize > PageLimits.MAX_SIZE || feedItems < 1 || feedItems > PageLimits.MAX_SIZE) {
			throw new IllegalArgumentException("vigil.publishing.site: max-age must not be negative, page-size and feed-items must be 1 to " + PageLimits.MAX_SIZE + ".");
		}
		if (cachedPages < 0 || cachedPages > 100_000) {
			throw new IllegalArgumentException("vigil.publishing.site.cached-pages: 0 (none) to 100000 (was " + cachedPages + ").");
		}
		if (port < 0 || port > 65_535) {
			throw new IllegalArgumentException("vigil.publishing.site.port: a TCP port, 1 to 65535, or 0 for none (was " + port + ").");
		}
	}

}
