package org.vigil.bench.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JSON API as a client with a bearer token sees it; one HTTP/1.1 connection pool for all workers. */
final class ApiClient {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5)).build();

	private final URI base;

	private final String token;

	ApiClient(URI base, String token) {
		this.base = base;
		this.token = token;
	}

	/** GETs the path and answers whether the server said 200 OK (the body is read in full). */
	boolean get(String path) throws IOException, InterruptedException {
		return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200;
	}

	/** GETs the path and answers its entity tag ({@code ETag}), or {@code null} when it did not answer 200 OK with one. */
	String etag(String path) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		return response.statusCode() == 200 ? response.headers().firstValue("ETag").orElse(null) : null;
	}

	/** GETs the path as a reader who holds it ({@code If-None-Match}), and answers whether the server said 304 Not Modified. */
	boolean notModified(String path, String etag) throws IOException, InterruptedException {
		return http.send(request(path).setHeader("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.discarding())
			.statusCode() == 304;
	}

	/** GETs the path asking for a document of the given media type (a PDF), and answers whether the server said 200 OK. */
	boolean get(String path, String mediaType) throws IOException, InterruptedException {
		return http.send(request(path).setHeader("Accept", mediaType).GET().build(), HttpResponse.BodyHandlers.ofByteArray())
			.statusCode() == 200;
	}

	/** POSTs JSON and answers the id of what was created, or null if the server did not say 201 Created. */
	String create(String path, String json) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			return null;
		}
		Matcher id = ID.matcher(response.body());
		return id.find() ? id.group(1) : null;
	}

	/** POSTs JSON and answers the id of what was created; anything but 201 Created fails with the server's answer. */
	String created(String path, String json) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
		Matcher id = ID.matcher(response.body());
		if (response.statusCode() != 201 || !id.find()) {
			throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
		}
		return id.group(1);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + token).header("Accept", "application/json");
	}

}
