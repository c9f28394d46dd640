package org.vigil.publishing.internal.site;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vigil.publishing.PublicItem;
import org.vigil.publishing.PublicSite;
import org.vigil.publishing.PublicText;
import org.vigil.support.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.publishing.internal.site.PublicTextFixtures.appeal;
import static org.vigil.publishing.internal.site.PublicTextFixtures.corrected;

/** Issue 13, item 4 (webhook): a site notified of each release, correction and withdrawal, by a real HTTP receiver on loopback. */
class SiteWebhookTests extends WebIntegrationTest {

	private static final String SECRET = "a secret the receiving site shares";

	private static final Receiver RECEIVER = Receiver.start();

	@DynamicPropertySource
	static void webhook(DynamicPropertyRegistry registry) {
		registry.add("vigil.publishing.webhook.url", () -> "http://localhost:" + RECEIVER.port() + "/hooks/vigil");
		registry.add("vigil.publishing.webhook.secret", () -> SECRET);
		registry.add("vigil.publishing.webhook.retry-every", () -> "PT1H"); // the test sends again itself
		registry.add("vigil.publishing.site.address", () -> "https://appeals.example.org/public/");
	}

	@AfterAll
	static void stopReceiver() {
		RECEIVER.server.stop(0);
	}

	@Autowired
	PublicSite site;

	@Autowired
	WebhookRetries retries;

	@BeforeEach
	void receiverTakesEverything() throws InterruptedException {
		awaitListeners();
		RECEIVER.answer.set(204);
		RECEIVER.received.clear();
	}

	@Test
	void aReleaseIsPostedWithItsAddressAndSignedWithTheSecret() throws Exception {
		PublicItem item = site.publish(appeal("Do not return the five", "They are held near Yanji.", "CN"));

		Notice notice = RECEIVER.next();

		assertThat(notice.path()).isEqualTo("/hooks/vigil");
		assertThat(notice.signature()).isEqualTo("sha256=" + hmac(notice.body()));
		JsonNode body = json.readTree(notice.body());
		assertThat(body.get("change").asString()).isEqualTo("PUBLISHED");
		assertThat(body.get("slug").asString()).isEqualTo(item.slug());
		assertThat(body.get("version").asInt()).isEqualTo(1);
		assertThat(body.get("url").asString()).isEqualTo("https://appeals.example.org/public/" + item.slug());
		assertThat(notice.body()).doesNotContain("Yanji");
	}

	@Test
	void aCorrectionAndAWithdrawalAreEachPostedWithTheVersionTheyLeave() throws Exception {
		PublicText text = appeal("To be corrected, then withdrawn", "Body.", "MN");
		PublicItem item = site.publish(text);
		RECEIVER.next();

		site.correct(item.slug(), corrected(text, "Corrected", "Body, corrected."));
		JsonNode correction = json.readTree(RECEIVER.next().body());
		site.withdraw(item.slug(), "Withdrawn at the family's request.");
		JsonNode withdrawal = json.readTree(RECEIVER.next().body());

		assertThat(correction.get("change").asString()).isEqualTo("CORRECTED");
		assertThat(correction.get("version").asInt()).isEqualTo(2);
		assertThat(withdrawal.get("change").asString()).isEqualTo("WITHDRAWN");
		assertThat(withdrawal.get("slug").asString()).isEqualTo(item.slug());
	}

	@Test
	void aNoticeTheReceiverRefusedStaysFailedAndIsSentAgainUntilTaken() throws Exception {
		RECEIVER.answer.set(503);
		PublicItem item = site.publish(appeal("Sent while the receiver is down", "Body.", "LA"));
		Notice refused = RECEIVER.next();
		awaitFailed();

		RECEIVER.answer.set(200);
		retries.resendFailed();
		Notice taken = RECEIVER.next();

		assertThat(taken.body()).isEqualTo(refused.body()).contains(item.slug());
		awaitListeners(); // the publication is complete now
	}

	private void awaitFailed() throws InterruptedException {
		long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (jdbc.queryForObject("select count(*) from event_publication where status = 'FAILED' and event_type like '%PublicItemChanged'",
				Integer.class) == 0) {
			assertThat(System.nanoTime()).as("the refused notice is marked failed").isLessThan(giveUpAt);
			Thread.sleep(20);
		}
	}

	private static String hmac(String body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
	}

	private record Notice(String path, String signature, String body) {
	}

	/** A site's webhook endpoint: keeps what it was posted, answers the status the test sets. */
	private record Receiver(HttpServer server, BlockingQueue<Notice> received, AtomicInteger answer) {

		static Receiver start() {
			try {
				HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
				Receiver receiver = new Receiver(server, new LinkedBlockingQueue<>(), new AtomicInteger(204));
				server.createContext("/", exchange -> {
					String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
					receiver.received.add(new Notice(exchange.getRequestURI().getPath(),
							exchange.getRequestHeaders().getFirst(SiteWebhook.SIGNATURE), body));
					exchange.sendResponseHeaders(receiver.answer.get(), -1);
					exchange.close();
				});
				server.start();
				return receiver;
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

		int port() {
			return server.getAddress().getPort();
		}

		Notice next() throws InterruptedException {
			Notice notice = received.poll(30, TimeUnit.SECONDS);
			assertThat(notice).as("a notice reached the receiver").isNotNull();
			return notice;
		}

	}

}
