package org.vigil.publishing.internal.site;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.vigil.platform.VigilProperties;

/**
 * The public site's absolute address, which feeds and the webhook give: the setting
 * {@code vigil.publishing.site.address}, else {@code vigil.public-url} with {@code /public/}, else
 * this machine's. It never comes from a request's {@code Host} header, which a cached feed would then
 * repeat to everyone.
 */
@Component
class SiteAddress {

	private final String root;

	SiteAddress(SiteProperties properties, VigilProperties vigil, @Value("${server.port:8080}") String port) {
		String configured = properties.address().strip();
		if (StringUtils.hasText(configured)) {
			this.root = configured.endsWith("/") ? configured : configured + "/";
		}
		else {
			String server = StringUtils.hasText(vigil.publicUrl()) ? vigil.publicUrl().strip().replaceAll("/+$", "") : "http://localhost:" + port;
			this.root = server + "/public/";
		}
	}

	/** The site's top address, ending with {@code /}. */
	String root() {
		return root;
	}

	/** The served site's links, absolute. */
	SiteLinks links() {
		return SiteLinks.absolute(root);
	}

}
