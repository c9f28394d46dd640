package org.vigil.publishing.internal.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * The webhook that tells another site of each release, correction and withdrawal.
 *
 * @param url where the notice is posted ({@code VIGIL_PUBLISHING_WEBHOOK_URL}): an {@code https} address, or
 *        {@code http} to this machine only (a receiver on loopback); blank, no site is notified
 * @param secret the key the body is signed with, HMAC-SHA256 in the header {@code X-Vigil-Signature}
 *        ({@code VIGIL_PUBLISHING_WEBHOOK_SECRET}); blank, the notice is not signed
 * @param timeout how long one attempt may take before it counts as failed
 * @param retryEvery how often notices the receiver did not take are sent again
 */
@ConfigurationProperties("vigil.publishing.webhook")
record WebhookProperties(@DefaultValue("") String url, @DefaultValue("") String secret, @DefaultValue("10s") Duration timeout,
		@DefaultValue("5m") Duration retryEvery) {

	private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

	WebhookProperties {
		url = url.strip();
		if (StringUtils.hasText(url) && !acceptable(url)) {
			// The address is not repeated: it may carry the receiver's own token.
			throw new IllegalArgumentException("vigil.publishing.webhook.url must be an https:// address, or http:// to localhost.");
		}
		if (timeout.isNegative() || timeout.isZero() || retryEvery.isNegative() || retryEvery.isZero()) {
			throw new IllegalArgumentException("vigil.publishing.webhook: timeout and retry-every must be longer than nothing.");
		}
	}

	/** Whether a site is to be notified at all. */
	boolean configured() {
		return StringUtils.hasText(url);
	}

	private static boolean acceptable(String url) {
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
			return !host.isEmpty() && uri.getUserInfo() == null
					&& ("https".equals(scheme) || "http".equals(scheme) && LOOPBACK.contains(host));
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
