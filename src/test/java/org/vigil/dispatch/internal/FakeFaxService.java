package org.vigil.dispatch.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.HttpServer;

/**
 * A fax service's HTTP API on this machine, for the tests: a JDK HTTP server on a free loopback port
 * that keeps what each post carried and answers as the test says.
 */
final class FakeFaxService {

	/** One post: its method, query ({@code to=…}), headers by lower-case name, and body. */
	record Posted(String method, String query, Map<String, String> headers, byte[] body) {

		/** The number dialled, as the query gave it. */
		String to() {
			return query.replaceFirst("^to=", "");
		}

		String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

	/** What the service answers a post: an HTTP status and a JSON body. */
	record Answer(int status, String body) {
	}

	private final HttpServer server;

	private final String path;

	private final List<Posted> posted = new CopyOnWriteArrayList<>();

	private volatile Function<Posted, Answer> answers;

	private FakeFaxService(HttpServer server, String path, Function<Posted, Answer> answers) {
		this.server = server;
		this.path = path;
		this.answers = answers;
	}

	/** Starts the service, answering posts to {@code path} as {@code answers} says. */
	static FakeFaxService start(String path, Function<Posted, Answer> answers) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			FakeFaxService service = new FakeFaxService(server, path, answers);
			server.createContext(path, exchange -> {
				Map<String, String> headers = new HashMap<>();
				exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
				Posted post = new Posted(exchange.getRequestMethod(), String.valueOf(exchange.getRequestURI().getRawQuery()), headers,
						exchange.getRequestBody().readAllBytes());
				service.posted.add(post);
				Answer answer = service.answers.apply(post);
				byte[] reply = answer.body().getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(answer.status(), reply.length);
				exchange.getResponseBody().write(reply);
				exchange.close();
			});
			server.start();
			return service;
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	/** The address Vigil posts faxes to ({@code vigil.dispatch.fax.api.url}). */
	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	/** From now on, answers every post with this status and body. */
	void answerWith(int status, String body) {
		answers = post -> new Answer(status, body);
	}

	List<Posted> posted() {
		return posted;
	}

	/** The latest post; fails when none came. */
	Posted last() {
		if (posted.isEmpty()) {
			throw new AssertionError("Nothing was posted to the fax service");
		}
		return posted.get(posted.size() - 1);
	}

	/** Stops answering: a service that is not there. */
	void stop() {
		server.stop(0);
	}

}
