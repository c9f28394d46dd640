package org.vigil.dispatch.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.vigil.dispatch.internal.Delivery.DeliveryDeferred;
import org.vigil.dispatch.internal.DispatchProperties.FaxApi;
import org.vigil.dispatch.internal.DispatchProperties.FaxFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a fax through a fax service's HTTP API ({@code vigil.dispatch.fax.api.*}): posts the document —
 * the PDF, or TIFF-F — and reads the service's reply, which says what became of the fax. The reply is
 * JSON such as {@code {"id": "F-1234", "status": "queued"}}: a status of delivered (or completed,
 * success) makes the attempt DELIVERED, one of failed (rejected, busy, no answer, error) FAILED with the
 * service's words, any other (queued, sent, accepted) SENT, with the service's id as the receipt. A
 * service that cannot be reached, is busy (5xx, 408, 429) or refuses the credentials leaves the fax to
 * be tried again; one that refuses the fax itself (another 4xx) fails it. The credentials go in the
 * {@code Authorization} header only, never into an error, a log or a page.
 */
@Component
class FaxService {

	private static final Pattern DELIVERED = Pattern.compile("delivered|completed|success(ful)?|done", Pattern.CASE_INSENSITIVE);

	private static final Pattern FAILED = Pattern.compile("fail(ed|ure)?|error|rejected|refused|busy|no[ _-]?answer|cancel(l)?ed",
			Pattern.CASE_INSENSITIVE);

	private final FaxApi api;

	private final JsonMapper json;

	private final HttpClient client;

	FaxService(DispatchProperties properties, JsonMapper json) {
		this.api = properties.fax().api();
		this.json = json;
		this.client = HttpClient.newBuilder().connectTimeout(api.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** What the service said of a fax it was given. */
	record Answer(AttemptStatus status, String words) {
	}

	/** Whether faxes go through the HTTP API. */
	boolean configured() {
		return api.configured();
	}

	/**
	 * Posts the fax (cover sheet and letter, as one PDF) to the number of the attempt's destination.
	 * @throws DeliveryDeferred when it could not be handed over now and is to be tried again
	 */
	Answer send(DeliveryAttempt attempt, byte[] faxPdf) {
		boolean tiff = api.format() == FaxFormat.TIFF_F;
		byte[] body = tiff ? FaxImages.tiffF(faxPdf) : faxPdf;
		String number = attempt.destination().address().strip().replaceFirst("^\\+", "00").replaceAll("[^0-9]", "");
		String url = api.url().strip();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + (url.contains("?") ? "&" : "?") + "to="
				+ URLEncoder.encode(number, StandardCharsets.UTF_8)))
			.timeout(api.timeout())
			.header("Content-Type", tiff ? "image/tiff" : "application/pdf")
			.header("Accept", "application/json")
			.header("User-Agent", "Vigil")
			.header("Idempotency-Key", attempt.messageId())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		api.authorization().ifPresent(value -> request.header("Authorization", value));
		HttpResponse<String> response;
		try {
			response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException unreachable) {
			throw new DeliveryDeferred("The fax service could not be reached (" + unreachable.getClass().getSimpleName() + ")");
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new DeliveryDeferred("Sending the fax was interrupted");
		}
		return answer(response.statusCode(), response.body());
	}

	/** The service's reply as what becomes of the attempt. */
	Answer answer(int status, String body) {
		if (status >= 500 || status == 408 || status == 429 || status == 401 || status == 403) {
			throw new DeliveryDeferred("The fax service answered HTTP " + status + (status == 401 || status == 403
					? " (it refused Vigil's credentials, vigil.dispatch.fax.api.*)" : "") + "; the fax will be tried again");
		}
		JsonNode reply = parsed(body);
		String id = text(reply, "id");
		String said = text(reply, "status");
		String message = text(reply, "error") != null ? text(reply, "error") : text(reply, "message");
		if (status < 200 || status > 299) {
			return new Answer(AttemptStatus.FAILED, words("The fax service refused the fax (HTTP " + status + ")", message));
		}
		if (said != null && FAILED.matcher(said).find()) {
			return new Answer(AttemptStatus.FAILED, words("The fax service reports " + said, message));
		}
		if (said != null && DELIVERED.matcher(said).find()) {
			return new Answer(AttemptStatus.DELIVERED, words("The fax service reports " + said + (id == null ? "" : ", fax " + id), null));
		}
		return new Answer(AttemptStatus.SENT, id == null ? null : words("Fax " + id, said == null ? null : said.toLowerCase(Locale.ROOT)));
	}

	private JsonNode parsed(String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		try {
			return json.readTree(body);
		}
		catch (JacksonException notJson) {
			return null; // a reply that is not JSON says nothing beyond its status code
		}
	}

	private static String text(JsonNode reply, String field) {
		JsonNode value = reply == null || !reply.isObject() ? null : reply.get(field);
		return value == null || value.isNull() || !value.isValueNode() ? null : value.asString();
	}

	/** The service's words as stored and shown: one line, at most 200 characters, nothing but text. */
	private static String words(String ours, String theirs) {
		String text = theirs == null || theirs.isBlank() ? ours : ours + ": " + theirs;
		text = text.replaceAll("\\p{Cntrl}+", " ").strip();
		return text.length() > 200 ? text.substring(0, 200) : text;
	}

}
