package org.vigil.bench.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON API as a client with a bearer token sees it; one HTTP/1.1 connection pool for all workers.
 * On a loaded machine (a load above 20) a request can wait for the server longer than usual: the
 * timeout is the caller's, and a request that is safe to send again is sent again, up to
 * {@value #ATTEMPTS} times — one that never reached the server (the connection was refused or not
 * made in time), and a GET that timed out. A POST that timed out is never sent again: the server
 * may have created what it asked for, and a second would make a duplicate.
 */
final class ApiClient {

	static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

	static final int ATTEMPTS = 3;

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5)).build();

	private final URI base;

	private final String token;

	private final Duration timeout;

	ApiClient(URI base, String token) {
		this(base, token, DEFAULT_TIMEOUT);
	}

	ApiClient(URI base, String token, Duration timeout) {
		this.base = base;
		this.token = token;
		this.timeout = timeout;
	}

	/** GETs the path and answers whether the server said 200 OK (the body is read in full). */
	boolean get(String path) throws IOException, InterruptedException {
		return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200;
	}

	/** GETs the path and answers its entity tag ({@code ETag}), or {@code null} when it did not answer 200 OK with one. */
	String etag(String path) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		return response.statusCode() == 200 ? response.headers().firstValue("ETag").orElse(null) : null;
	}

	/** GETs the path as a reader who holds it ({@code If-None-Match}), and answers whether the server said 304 Not Modified. */
	boolean notModified(String path, String etag) throws IOException, InterruptedException {
		return send(request(path).setHeader("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.discarding())
			.statusCode() == 304;
	}

	/** GETs the path asking for a document of the given media type (a PDF), and answers whether the server said 200 OK. */
	boolean get(String path, String mediaType) throws IOException, InterruptedException {
		return send(request(path).setHeader("Accept", mediaType).GET().build(), HttpResponse.BodyHandlers.ofByteArray())
			.statusCode() == 200;
	}

	/** POSTs JSON and answers the id of what was created, or null if the server did not say 201 Created. */
	String create(String path, String json) throws IOException, InterruptedException {
		HttpResponse<String> response = send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			return null;
		}
		Matcher id = ID.matcher(response.body());
		return id.find() ? id.group(1) : null;
	}

	/** POSTs JSON and answers the id of what was created; anything but 201 Created fails with the server's answer. */
	String created(String path, String json) throws IOException, InterruptedException {
		HttpResponse<String> response = send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
		Matcher id = ID.matcher(response.body());
		if (response.statusCode() != 201 || !id.find()) {
			throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
		}
		return id.group(1);
	}

	/** GETs the path and answers the body of a 200 OK, or {@code null} for any other answer. */
	String body(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
		return response.statusCode() == 200 ? response.body() : null;
	}

	private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) throws IOException, InterruptedException {
		for (int attempt = 1;; attempt++) {
			try {
				return http.send(request, body);
			}
			catch (HttpConnectTimeoutException | ConnectException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
			catch (HttpTimeoutException ex) {
				if (!"GET".equals(request.method()) || attempt == ATTEMPTS) {
					throw ex;
				}
			}
			Thread.sleep(1_000L * attempt);
		}
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
			.header("Authorization", "Bearer " + token).header("Accept", "application/json");
	}

}
