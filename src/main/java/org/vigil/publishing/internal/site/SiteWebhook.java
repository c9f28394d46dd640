package org.vigil.publishing.internal.site;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells the site at {@code vigil.publishing.webhook.url} of each change to the public site, once it is
 * committed: a JSON {@code POST} of what changed, which item, its version, when, and its address. The
 * change goes through the event publication registry: a receiver that is down or answers anything but
 * 2xx leaves the publication failed, and it is sent again every {@code retry-every}, on the next start,
 * or from {@code /admin/events} — never lost. A receiver may therefore hear one change twice; the
 * slug, change and version together name it.
 */
@Component
class SiteWebhook {

	/** The header carrying {@code sha256=} and the hex HMAC-SHA256 of the body under the secret. */
	static final String SIGNATURE = "X-Vigil-Signature";

	private final WebhookProperties properties;

	private final SiteAddress address;

	private final JsonMapper json;

	private final HttpClient client;

	SiteWebhook(WebhookProperties properties, SiteAddress address, JsonMapper json) {
		this.properties = properties;
		this.address = address;
		this.json = json;
		this.client = HttpClient.newBuilder().connectTimeout(properties.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	@ApplicationModuleListener
	void on(PublicItemChanged changed) throws IOException, InterruptedException {
		if (!properties.configured()) {
			return;
		}
		byte[] body = json.writeValueAsBytes(notice(changed));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(properties.url())).timeout(properties.timeout())
			.header("Content-Type", "application/json").header("User-Agent", "Vigil")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (!properties.secret().isEmpty()) {
			request.header(SIGNATURE, "sha256=" + signature(properties.secret(), body));
		}
		int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		if (status < 200 || status > 299) {
			throw new IOException("The publishing webhook answered " + status + "; the notice of " + changed.slug() + " will be sent again");
		}
	}

	private Map<String, Object> notice(PublicItemChanged changed) {
		Map<String, Object> notice = new LinkedHashMap<>();
		notice.put("change", changed.change().name());
		notice.put("slug", changed.slug());
		notice.put("version", changed.version());
		notice.put("at", changed.at().toString());
		notice.put("url", address.root() + changed.slug());
		return notice;
	}

	/** The hex HMAC-SHA256 of the body under the secret, as a receiver computes it to check the notice. */
	static String signature(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is missing from this Java", ex);
		}
	}

}
