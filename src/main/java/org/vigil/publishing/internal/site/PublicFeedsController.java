package org.vigil.publishing.internal.site;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.platform.NotFoundException;

/**
 * The feeds of the public site: {@code /public/feed.atom}, {@code feed.rss}, {@code feed.json}, and
 * the same per country under {@code /public/country/cn/}.
 */
@RestController
@ConditionalOnBooleanProperty(name = "vigil.publishing.site.enabled", matchIfMissing = true)
class PublicFeedsController {

	private final Feeds feeds;

	private final SiteAddress address;

	PublicFeedsController(Feeds feeds, SiteAddress address) {
		this.feeds = feeds;
		this.address = address;
	}

	@GetMapping({ "/public/feed.atom", "/public/feed.rss", "/public/feed.json" })
	ResponseEntity<String> site(jakarta.servlet.http.HttpServletRequest request) {
		FeedFormat format = format(request.getRequestURI());
		return answer(format, feeds.write(format, null, feeds.latest(null), address.links()));
	}

	@GetMapping({ "/public/country/{code}/feed.atom", "/public/country/{code}/feed.rss", "/public/country/{code}/feed.json" })
	ResponseEntity<String> country(@PathVariable String code, jakarta.servlet.http.HttpServletRequest request) {
		String upper = SitePages.countryOfKey(code).orElseThrow(() -> new NotFoundException("Country"));
		FeedFormat format = format(request.getRequestURI());
		return answer(format, feeds.write(format, upper, feeds.latest(upper), address.links()));
	}

	private static FeedFormat format(String uri) {
		return Arrays.stream(FeedFormat.values()).filter(f -> uri.endsWith("/" + f.fileName())).findFirst()
			.orElseThrow(() -> new NotFoundException("Feed"));
	}

	private static ResponseEntity<String> answer(FeedFormat format, String body) {
		return ResponseEntity.ok().contentType(new MediaType(MediaType.parseMediaType(format.mediaType()), StandardCharsets.UTF_8)).body(body);
	}

}
