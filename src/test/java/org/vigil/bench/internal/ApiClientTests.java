package org.vigil.bench.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The generator's client on a server slower than its timeout, as on a machine loaded past 20: a GET
 * is asked again, a POST is never sent twice (the server may have created what it asked for). The
 * server is a real one on loopback that keeps its first answer back until the client has given up.
 */
class ApiClientTests {

	private static final Duration TIMEOUT = Duration.ofMillis(500);

	private final AtomicInteger gets = new AtomicInteger();

	private final AtomicInteger posts = new AtomicInteger();

	private final CountDownLatch release = new CountDownLatch(1);

	private HttpServer server;

	private ApiClient api;

	@BeforeEach
	void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.setExecutor(Executors.newCachedThreadPool());
		server.createContext("/api/places/resolve", exchange -> {
			if (gets.incrementAndGet() == 1) {
				holdBack();
			}
			answer(exchange, 200, "[]");
		});
		server.createContext("/api/cases", exchange -> {
			posts.incrementAndGet();
			holdBack();
			answer(exchange, 201, "{\"id\": \"6f1c1f43-3c5e-4a3e-9a43-1d6a3c2f0b11\"}");
		});
		server.start();
		api = new ApiClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "vgl_test", TIMEOUT);
	}

	@AfterEach
	void stop() {
		release.countDown();
		server.stop(0);
	}

	@Test
	void aGetThatTimedOutIsAskedAgain() throws Exception {
		assertThat(api.body("/api/places/resolve?q=Yanji&country=CN")).isEqualTo("[]");
		assertThat(gets).hasValue(2);
	}

	@Test
	void aPostThatTimedOutIsNotSentTwice() {
		assertThatThrownBy(() -> api.created("/api/cases", "{}")).isInstanceOf(HttpTimeoutException.class);
		assertThat(posts).hasValue(1);
	}

	@Test
	void aLongerTimeoutWaitsForASlowServer() throws Exception {
		ApiClient patient = new ApiClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "vgl_test", Duration.ofMinutes(1));
		Executors.newSingleThreadScheduledExecutor().schedule(release::countDown, 1, TimeUnit.SECONDS);
		assertThat(patient.created("/api/cases", "{}")).isEqualTo("6f1c1f43-3c5e-4a3e-9a43-1d6a3c2f0b11");
		assertThat(posts).hasValue(1);
	}

	/** Keeps the answer back until the test ends or releases it: longer than the client's timeout. */
	private void holdBack() {
		try {
			release.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

}
